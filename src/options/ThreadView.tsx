import { useEffect, useState } from 'preact/hooks';
import { describeAccount, parseThread, type ThreadView as Thread } from '../bundle/thread-file';
import type { ArtifactRef } from '../shared/types';
import type { OptionsApi } from './api';

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
  if (thread === undefined) return <p class="muted">Loading the messages…</p>;
  if (thread === null) return <p class="muted">The messages could not be read by this version of Preserve; the file is kept as it was.</p>;
  const account = describeAccount(thread.otherAccount);
  return (
    <div data-testid="thread">
      <p class="muted">
        {[thread.platform, account && `with ${account}`].filter(Boolean).join(' ')} · {thread.messages.length} messages
        {thread.complete === false && ` · not the whole range asked for${thread.stoppedBecause ? `: ${thread.stoppedBecause}` : ''}`}
      </p>
      <ol class="thread">
        {thread.messages.map((message, index) => (
          <li key={index} class={message.outgoing ? 'outgoing' : ''} data-testid="message">
            <p class="message-head">
              <strong>{message.sender || '(no name shown)'}</strong>
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
      <h3 id="thread-heading">The conversation</h3>
      <p class="muted">As the page showed it: names, times and text are what the app displayed, not checked facts.</p>
      {threads.map((artifact) => (
        <OneThread key={artifact.id} api={api} artifact={artifact} />
      ))}
    </section>
  );
}
