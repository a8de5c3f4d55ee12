import { useState } from 'preact/hooks';
import type { BundleCopy } from '../bundle';
import type { CaseRecord } from '../shared/types';
import type { BundleProgress, OptionsApi } from './api';
import { formatBytes } from './format';

type Status =
  | { state: 'idle' }
  | { state: 'working'; progress?: BundleProgress }
  | { state: 'done'; fileName: string; size: number; keyFingerprint: string }
  | { state: 'failed'; message: string };

export function ExportPanel({ api, caseRecord, selected }: { api: OptionsApi; caseRecord: CaseRecord; selected: ReadonlySet<string> }) {
  const [copy, setCopy] = useState<BundleCopy>('legal');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const onlySelected = selected.size > 0;

  async function run() {
    setStatus({ state: 'working' });
    try {
      const result = await api.exportBundle({
        caseId: caseRecord.id,
        ...(onlySelected && { captureIds: selected }),
        copy,
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
      <h2 id="export-heading">Export</h2>
      <fieldset>
        <legend>Which copy</legend>
        <label>
          <input type="radio" name="copy" checked={copy === 'legal'} onChange={() => setCopy('legal')} /> Legal copy — every original file, for a lawyer or the
          police
        </label>
        <label>
          <input type="radio" name="copy" checked={copy === 'platform'} onChange={() => setCopy('platform')} /> Platform copy — images pixelated, your notes
          left out
        </label>
      </fieldset>
      <p class="muted">{onlySelected ? `${selected.size} selected capture(s)` : `The whole case: ${caseRecord.captureCount} capture(s)`}</p>
      <button type="button" class="primary" onClick={run} disabled={status.state === 'working' || caseRecord.captureCount === 0}>
        Export evidence bundle
      </button>
      {status.state === 'working' && (
        <p role="status">
          <progress max={progress?.capturesTotal ?? 1} value={progress?.capturesDone ?? 0} /> Preparing…{' '}
          {progress ? `${progress.capturesDone} of ${progress.capturesTotal}` : ''}
        </p>
      )}
      {status.state === 'done' && (
        <>
          <p role="status" class="ok" data-testid="export-done">
            Saved {status.fileName} ({formatBytes(status.size)}) to your downloads. Keep it somewhere safe.
          </p>
          <p class="muted small">
            Signed with this browser's key. Its fingerprint, for anyone who checks the bundle: <code data-testid="export-key">{status.keyFingerprint}</code>
          </p>
        </>
      )}
      {status.state === 'failed' && (
        <p role="alert" class="error">
          The bundle could not be made: {status.message}
        </p>
      )}
    </section>
  );
}
