import { useState } from 'preact/hooks';
import { MAX_ATTACHMENT_BYTES } from '../capture/attachment-record';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';

type Status = { state: 'idle' } | { state: 'adding'; name: string } | { state: 'added'; name: string } | { state: 'failed'; message: string };

/** "Add a file": a police report, a court order, a letter; it joins the case's chain like a capture. */
export function AddAttachment({ api, caseRecord, onAdded }: { api: OptionsApi; caseRecord: CaseRecord; onAdded: () => void }) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const max = Math.round(MAX_ATTACHMENT_BYTES / 1024 / 1024);

  async function add(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ state: 'adding', name: file.name });
    try {
      await api.addAttachment(caseRecord.id, file);
      setStatus({ state: 'added', name: file.name });
      onAdded();
    } catch (failure) {
      setStatus({ state: 'failed', message: (failure as Error).message });
    } finally {
      input.value = '';
    }
  }

  return (
    <section class="panel add-attachment" aria-labelledby="add-attachment-heading">
      <h2 id="add-attachment-heading">{t('attachments_heading')}</h2>
      <p class="muted">{t('attachments_intro', { max })}</p>
      <label>
        {t('attachments_choose')}{' '}
        <input type="file" name="attachment" disabled={status.state === 'adding'} onChange={(event) => void add(event.currentTarget)} />
      </label>
      {status.state === 'adding' && <p role="status">{t('attachments_adding', { name: status.name })}</p>}
      {status.state === 'added' && (
        <p role="status" class="ok" data-testid="attachment-added">
          {t('attachments_added', { name: status.name })}
        </p>
      )}
      {status.state === 'failed' && (
        <p role="alert" class="error">
          {t('attachments_failed', { message: status.message })}
        </p>
      )}
    </section>
  );
}
