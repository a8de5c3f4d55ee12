import { useRef, useState } from 'preact/hooks';
import type { OptionsApi } from './api';
import { t } from '../shared/i18n';

type Status = { state: 'idle' } | { state: 'checking' } | { state: 'done'; count: number; title: string; files: number } | { state: 'failed'; message: string };

export function ImportPanel({ api, onImported }: { api: OptionsApi; onImported: (caseId: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  async function onFile(file: File | undefined) {
    if (!file) return;
    setStatus({ state: 'checking' });
    try {
      const imported = await api.importBundle(file);
      setStatus({ state: 'done', count: imported.captures.length, title: imported.caseRecord.title, files: imported.summary.fileCount });
      onImported(imported.caseRecord.id);
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error).message });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section class="panel import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('evidence_import_heading')}</h2>
      <p class="muted">{t('evidence_import_explained')}</p>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        data-testid="import-input"
        onChange={(event) => onFile((event.target as HTMLInputElement).files?.[0])}
      />
      <button type="button" onClick={() => input.current?.click()} disabled={status.state === 'checking'}>
        {t('evidence_import_button')}
      </button>
      {status.state === 'checking' && <p role="status">{t('evidence_import_checking')}</p>}
      {status.state === 'done' && (
        <p role="status" class="ok" data-testid="import-done">
          {t(status.count === 1 ? 'evidence_import_done_one' : 'evidence_import_done_many', { count: status.count, title: status.title })}{' '}
          {t('evidence_import_all_matched', { count: status.files })}
        </p>
      )}
      {status.state === 'failed' && (
        <p role="alert" class="error" data-testid="import-error">
          {status.message}
        </p>
      )}
    </section>
  );
}
