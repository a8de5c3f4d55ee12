import { useEffect, useState } from 'preact/hooks';
import { describeAccount, parseThread, type ThreadView as Thread } from '../bundle/thread-file';
import type { ArtifactRef } from '../shared/types';
import type { OptionsApi } from './api';
import { t } from '../shared/i18n';

function OneThread({ api, artifact }: { api: OptionsApi; artifact: ArtifactRef }) {
  const [thread, setThread] = useState<Thread | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void api
      .artifact(artifact.id)
      .then(async (blob) => parseThread(new Uint8Array(await blob.arrayBuffer())))
      .catch(() => null)
      .then((parsed) => cancelled || setThread(parsed));
    return () => {
      cancelled = true;
    };
  }, [artifact.id]);
  if (thread === undefined) return <p class="muted">{t('evidence_detail_thread_loading')}</p>;
  if (thread === null) return <p class="muted">{t('evidence_detail_thread_unreadable')}</p>;
  const account = describeAccount(thread.otherAccount);
  return (
    <div data-testid="thread">
      <p class="muted">
        {[thread.platform, account && t('evidence_detail_thread_with', { account })].filter(Boolean).join(' ')} ·{' '}
        {t('evidence_detail_thread_count', { count: thread.messages.length })}
        {thread.complete === false && ' · '}
        {thread.complete === false &&
          (thread.stoppedBecause ? t('evidence_detail_thread_incomplete_why', { reason: thread.stoppedBecause }) : t('evidence_detail_thread_incomplete'))}
      </p>
      <ol class="thread">
        {thread.messages.map((message, index) => (
          <li key={index} class={message.outgoing ? 'outgoing' : ''} data-testid="message">
            <p class="message-head">
              <strong>{message.sender || t('evidence_detail_thread_no_name')}</strong>
              {message.claimedTime && <span class="muted"> · {message.claimedTime}</span>}
            </p>
            <p class="message-text">{message.text}</p>
            {message.media.map((url) => (
              <p key={url} class="url muted">
                {url}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The conversation as the page showed it: readable, and labelled as the page's claims. */
export function ThreadView({ api, threads }: { api: OptionsApi; threads: ArtifactRef[] }) {
  if (!threads.length) return null;
  return (
    <section aria-labelledby="thread-heading" class="claimed">
      <h3 id="thread-heading">{t('evidence_detail_thread_heading')}</h3>
      <p class="muted">{t('evidence_detail_thread_explained')}</p>
      {threads.map((artifact) => (
        <OneThread key={artifact.id} api={api} artifact={artifact} />
      ))}
    </section>
  );
}
