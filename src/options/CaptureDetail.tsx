import { useEffect, useState } from 'preact/hooks';
import { integrityFailures, type IntegrityReport } from '../capture/check-integrity';
import { captureParts } from '../bundle/capture-parts';
import type { ArtifactRef, CaptureRecord, NoteRecord } from '../shared/types';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';
import { ClaimedFactsTable, ObservedFactsTable } from './FactsTables';
import { FullPageView } from './FullPageView';
import { ArchiveView, MediaView } from './MediaView';
import { AttachmentView } from './AttachmentView';
import { CaptureAccounts } from './CaptureAccounts';
import { MoveCapture } from './MoveCapture';
import { ThreadView } from './ThreadView';
import { captureLabel, formatBytes, formatDateTime } from './format';
import { RemovalPanel, useUnder18 } from './RemovalPanel';
import { detectPlatform } from '../platforms/index';
import { t } from '../shared/i18n';
import { tParts } from '../ui/t-parts';

export function CaptureDetail({ api, id }: { api: OptionsApi; id: string }) {
  const [capture, setCapture] = useState<CaptureRecord | null | undefined>(undefined);
  useEffect(() => void api.getCapture(id).then((found) => setCapture(found ?? null)), [id]);

  if (capture === undefined) return <p class="muted">{t('common_loading')}</p>;
  if (capture === null)
    return (
      <p class="error" role="alert">
        {t('evidence_detail_not_found')}
      </p>
    );
  const parts = captureParts(capture.artifacts);
  const screenshot = parts.screenshot?.stored !== false ? parts.screenshot : undefined;
  return (
    <article class="capture-detail" data-capture-id={capture.id}>
      <p>
        <a href={`#case/${capture.caseId}`}>{t('evidence_detail_all_captures')}</a>
      </p>
      <h2>{captureLabel(capture)}</h2>
      <p class="muted">
        {tParts('evidence_detail_saved', {
          time: <time dateTime={capture.observed.capturedAt}>{formatDateTime(capture.observed.capturedAt)}</time>,
          seq: capture.seq,
        })}
      </p>
      {screenshot ? <FullScreenshot api={api} artifactId={screenshot.id} /> : <p class="muted">{t('evidence_detail_no_image')}</p>}
      <FullPageView api={api} segments={parts.segments} tiles={parts.tiles} coverage={capture.observed.coverage} />
      <ArchiveView api={api} archives={parts.archives} />
      <MediaView api={api} media={parts.media} notes={capture.observed.mediaNotes} />
      <ThreadView api={api} threads={parts.threads} />
      <AttachmentView api={api} capture={capture} />
      <CaptureAccounts api={api} capture={capture} />
      <RequestRemoval api={api} capture={capture} />
      <ObservedFactsTable observed={capture.observed} />
      <ClaimedFactsTable claimed={capture.claimed} error={capture.claimedError} observed={capture.observed} />
      <HashesSection capture={capture} api={api} />
      <NotesSection capture={capture} api={api} />
      <MoveCapture api={api} capture={capture} />
    </article>
  );
}

function RequestRemoval({ api, capture }: { api: OptionsApi; capture: CaptureRecord }) {
  const [open, setOpen] = useState(false);
  const under18 = useUnder18(api);
  const url = capture.observed.tabUrl;
  const target = { caseId: capture.caseId, urls: [url], captureIds: [capture.id], detection: capture.claimed?.platform ?? detectPlatform(url) };
  return (
    <section aria-label={t('evidence_detail_removal_label')}>
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('removal_request_button')}
      </button>
      {open && <RemovalPanel api={api} target={target} under18={under18} />}
    </section>
  );
}

function FullScreenshot({ api, artifactId }: { api: OptionsApi; artifactId: string }) {
  const src = useObjectUrl(() => api.artifact(artifactId), [artifactId]);
  return (
    <section class="screenshot" aria-label={t('evidence_detail_screenshot_label')}>
      <VeiledImage src={src} alt={t('evidence_detail_screenshot_alt')} />
    </section>
  );
}

function HashesSection({ capture, api }: { capture: CaptureRecord; api: OptionsApi }) {
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const failures = report ? integrityFailures(report) : [];
  const tiles = capture.artifacts.filter((artifact) => artifact.kind === 'tile');
  async function check() {
    try {
      setCheckError(null);
      setReport(await api.checkIntegrity(capture));
    } catch (failure) {
      setReport(null);
      setCheckError(t('evidence_detail_check_failed', { reason: (failure as Error).message }));
    }
  }
  return (
    <section aria-labelledby="hashes-heading">
      <h3 id="hashes-heading">{t('evidence_detail_fingerprints_heading')}</h3>
      <dl class="facts">
        <dt>{t('evidence_detail_record')}</dt>
        <dd class="hash" data-testid="record-hash">
          {capture.recordHash}
        </dd>
        <dt>{t('evidence_detail_previous')}</dt>
        <dd class="hash">{capture.prevHash ?? t('evidence_detail_no_previous')}</dd>
        {capture.artifacts.filter((artifact) => artifact.kind !== 'tile').map(fingerprint)}
      </dl>
      {tiles.length > 0 && (
        <details>
          <summary>{t('evidence_detail_tiles', { count: tiles.length })}</summary>
          <dl class="facts">{tiles.map(fingerprint)}</dl>
        </details>
      )}
      <button type="button" onClick={check}>
        {t('evidence_detail_check_now')}
      </button>
      {report && (
        <p role="status" class={failures.length ? 'error' : 'ok'} data-testid="integrity-result">
          {failures.length
            ? t('evidence_detail_mismatch', { label: captureLabel(capture), seq: capture.seq, failures: failures.join(', ') })
            : t(report.artifacts.length === 1 ? 'evidence_detail_match_one' : 'evidence_detail_match_many', { count: report.artifacts.length })}
        </p>
      )}
      {checkError && (
        <p role="alert" class="error" data-testid="integrity-result">
          {checkError}
        </p>
      )}
    </section>
  );
}

function fingerprint(artifact: ArtifactRef) {
  return [
    <dt key={`${artifact.id}-name`}>
      {t(artifact.stored === false ? 'evidence_detail_artifact_not_kept' : 'evidence_detail_artifact', {
        name: artifact.name,
        type: artifact.mediaType,
        size: formatBytes(artifact.size),
      })}
    </dt>,
    <dd key={artifact.id} class="hash" data-testid="artifact-hash">
      {artifact.sha256}
    </dd>,
  ];
}

function NotesSection({ capture, api }: { capture: CaptureRecord; api: OptionsApi }) {
  const [notes, setNotes] = useState<NoteRecord[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = () => api.notes(capture.id).then(setNotes);
  useEffect(() => void reload(), [capture.id]);

  async function add(event: Event) {
    event.preventDefault();
    try {
      await api.addNote(capture.id, draft);
      setDraft('');
      setError(null);
      await reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  return (
    <section aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t('evidence_detail_notes_heading')}</h3>
      <p class="muted">{t('evidence_detail_notes_explained')}</p>
      <ul class="notes">
        {notes.map((note) => (
          <li key={note.id}>
            <time class="muted">{formatDateTime(note.createdAt)}</time> {note.text}
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          {t('evidence_detail_add_note')}
          <textarea value={draft} onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)} rows={3} />
        </label>
        <button type="submit">{t('evidence_detail_save_note')}</button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
