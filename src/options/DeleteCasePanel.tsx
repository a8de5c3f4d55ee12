import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';
import type { CaseContents } from './cases-api';

interface Props {
  api: OptionsApi;
  caseRecord: CaseRecord;
  onCancel: () => void;
  onDeleted: () => void;
}

/** Says plainly what will go, offers an export first, and asks for the case's name before deleting. */
export function DeleteCasePanel({ api, caseRecord, onCancel, onDeleted }: Props) {
  const [contents, setContents] = useState<CaseContents | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  useEffect(() => void api.caseContents(caseRecord.id).then(setContents), [caseRecord.id]);

  async function attempt(action: () => Promise<string | null>) {
    setBusy(true);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ text: done, failed: false });
    } catch (failure) {
      setMessage({ text: t('cases_failed', { message: (failure as Error).message }), failed: true });
    } finally {
      setBusy(false);
    }
  }
  const exportFirst = () =>
    attempt(async () => {
      setExporting(true);
      try {
        return t('cases_delete_exported', { fileName: (await api.exportBundle({ caseId: caseRecord.id, copy: 'legal' })).fileName });
      } finally {
        setExporting(false);
      }
    });
  const remove = () =>
    attempt(async () => {
      await api.deleteCase(caseRecord.id, typed);
      onDeleted();
      return null;
    });
  const matches = typed.trim() === caseRecord.title.trim();
  return (
    <section class="panel delete-case" aria-labelledby="delete-case-heading">
      <h3 id="delete-case-heading">{t('cases_delete_heading', { name: caseRecord.title })}</h3>
      <p>{t('cases_delete_intro')}</p>
      {contents ? <p data-testid="delete-counts">{t('cases_delete_counts', { ...contents })}</p> : <p class="muted">{t('common_loading')}</p>}
      <p>{t('cases_delete_export_first')}</p>
      <button type="button" disabled={busy || !contents?.captures} onClick={() => void exportFirst()}>
        {t('cases_delete_export')}
      </button>
      {exporting && <p role="status">{t('cases_delete_exporting')}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) void remove();
        }}
      >
        <label>
          {t('cases_delete_confirm_label', { name: caseRecord.title })}{' '}
          <input type="text" name="confirm-title" value={typed} autoComplete="off" onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>{' '}
        <button type="submit" disabled={busy || !matches}>
          {t('cases_delete_confirm')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cases_cancel')}
        </button>
      </form>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} class={message.failed ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
