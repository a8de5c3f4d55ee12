import { useState } from 'preact/hooks';
import type { BundleCopy } from '../bundle';
import { type Language, languageOf } from '../locales';
import type { CaseRecord } from '../shared/types';
import type { BundleProgress, OptionsApi } from './api';
import { formatBytes } from './format';
import { t, uiLanguage } from '../shared/i18n';
import { tParts } from '../ui/t-parts';
import { LanguageSelect } from './LanguageSelect';

type Status =
  | { state: 'idle' }
  | { state: 'working'; progress?: BundleProgress }
  | { state: 'done'; fileName: string; size: number; keyFingerprint: string }
  | { state: 'failed'; message: string };

export function ExportPanel({ api, caseRecord, selected }: { api: OptionsApi; caseRecord: CaseRecord; selected: ReadonlySet<string> }) {
  const [copy, setCopy] = useState<BundleCopy>('legal');
  const [language, setLanguage] = useState<Language>(() => languageOf(uiLanguage()));
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const onlySelected = selected.size > 0;

  async function run() {
    setStatus({ state: 'working' });
    try {
      const result = await api.exportBundle({
        caseId: caseRecord.id,
        ...(onlySelected && { captureIds: selected }),
        copy,
        language,
        onProgress: (progress) => setStatus({ state: 'working', progress }),
      });
      setStatus({ state: 'done', ...result });
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error).message });
    }
  }

  const progress = status.state === 'working' ? status.progress : undefined;
  return (
    <section class="panel export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('evidence_export_heading')}</h2>
      <fieldset>
        <legend>{t('evidence_export_which_copy')}</legend>
        <label>
          <input type="radio" name="copy" checked={copy === 'legal'} onChange={() => setCopy('legal')} /> {t('evidence_export_legal')}
        </label>
        <label>
          <input type="radio" name="copy" checked={copy === 'platform'} onChange={() => setCopy('platform')} /> {t('evidence_export_platform')}
        </label>
      </fieldset>
      <LanguageSelect id="report-language" label={t('report_language_label')} value={language} onChange={setLanguage} />
      <p class="muted">
        {onlySelected ? t('evidence_export_selected', { count: selected.size }) : t('evidence_export_whole_case', { count: caseRecord.captureCount })}
      </p>
      <button type="button" class="primary" onClick={run} disabled={status.state === 'working' || caseRecord.captureCount === 0}>
        {t('evidence_export_button')}
      </button>
      {status.state === 'working' && (
        <p role="status">
          <progress max={progress?.capturesTotal ?? 1} value={progress?.capturesDone ?? 0} /> {t('evidence_export_preparing')}{' '}
          {progress ? t('evidence_export_progress', { done: progress.capturesDone, total: progress.capturesTotal }) : ''}
        </p>
      )}
      {status.state === 'done' && (
        <>
          <p role="status" class="ok" data-testid="export-done">
            {t('evidence_export_saved', { fileName: status.fileName, size: formatBytes(status.size) })}
          </p>
          <p class="muted small">{tParts('evidence_export_signed', { fingerprint: <code data-testid="export-key">{status.keyFingerprint}</code> })}</p>
        </>
      )}
      {status.state === 'failed' && (
        <p role="alert" class="error">
          {t('evidence_export_failed', { reason: status.message })}
        </p>
      )}
    </section>
  );
}
