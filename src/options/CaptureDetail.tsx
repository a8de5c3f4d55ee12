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
import { ThreadView } from './ThreadView';
import { captureLabel, formatBytes, formatDateTime } from './format';
import { RemovalPanel, useUnder18 } from './RemovalPanel';
import { detectPlatform } from '../platforms/index';

export function CaptureDetail({ api, id }: { api: OptionsApi; id: string }) {
  const [capture, setCapture] = useState<CaptureRecord | null | undefined>(undefined);
  useEffect(() => void api.getCapture(id).then((found) => setCapture(found ?? null)), [id]);

  if (capture === undefined) return <p class="muted">Loading…</p>;
  if (capture === null)
    return (
      <p class="error" role="alert">
        This capture could not be found.
      </p>
    );
  const parts = captureParts(capture.artifacts);
  const screenshot = parts.screenshot?.stored !== false ? parts.screenshot : undefined;
  return (
    <article class="capture-detail" data-capture-id={capture.id}>
      <p>
        <a href={`#case/${capture.caseId}`}>← All captures</a>
      </p>
      <h2>{captureLabel(capture)}</h2>
      <p class="muted">
        Saved <time dateTime={capture.observed.capturedAt}>{formatDateTime(capture.observed.capturedAt)}</time> · capture #{capture.seq} in its case
      </p>
      {screenshot ? (
        <FullScreenshot api={api} artifactId={screenshot.id} />
      ) : (
        <p class="muted">No image was kept for this capture (under-18 mode): only its fingerprint.</p>
      )}
      <FullPageView api={api} segments={parts.segments} tiles={parts.tiles} coverage={capture.observed.coverage} />
      <ArchiveView api={api} archives={parts.archives} />
      <MediaView api={api} media={parts.media} notes={capture.observed.mediaNotes} />
      <ThreadView api={api} threads={parts.threads} />
      <RequestRemoval api={api} capture={capture} />
      <ObservedFactsTable observed={capture.observed} />
      <ClaimedFactsTable claimed={capture.claimed} error={capture.claimedError} observed={capture.observed} />
      <HashesSection capture={capture} api={api} />
      <NotesSection capture={capture} api={api} />
    </article>
  );
}

function RequestRemoval({ api, capture }: { api: OptionsApi; capture: CaptureRecord }) {
  const [open, setOpen] = useState(false);
  const under18 = useUnder18(api);
  const url = capture.observed.tabUrl;
  const target = { caseId: capture.caseId, urls: [url], captureIds: [capture.id], detection: capture.claimed?.platform ?? detectPlatform(url) };
  return (
    <section aria-label="Removal">
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
        Request removal
      </button>
      {open && <RemovalPanel api={api} target={target} under18={under18} />}
    </section>
  );
}

function FullScreenshot({ api, artifactId }: { api: OptionsApi; artifactId: string }) {
  const src = useObjectUrl(() => api.artifact(artifactId), [artifactId]);
  return (
    <section class="screenshot" aria-label="Screenshot">
      <VeiledImage src={src} alt="Full screenshot of the captured page" />
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
      setCheckError(`The fingerprints could not be checked: ${(failure as Error).message}`);
    }
  }
  return (
    <section aria-labelledby="hashes-heading">
      <h3 id="hashes-heading">Fingerprints (SHA-256)</h3>
      <dl class="facts">
        <dt>This capture record</dt>
        <dd class="hash" data-testid="record-hash">
          {capture.recordHash}
        </dd>
        <dt>Previous capture in the case</dt>
        <dd class="hash">{capture.prevHash ?? 'none — this is the first capture'}</dd>
        {capture.artifacts.filter((artifact) => artifact.kind !== 'tile').map(fingerprint)}
      </dl>
      {tiles.length > 0 && (
        <details>
          <summary>The {tiles.length} tiles, as the browser returned them</summary>
          <dl class="facts">{tiles.map(fingerprint)}</dl>
        </details>
      )}
      <button type="button" onClick={check}>
        Check fingerprints now
      </button>
      {report && (
        <p role="status" class={failures.length ? 'error' : 'ok'} data-testid="integrity-result">
          {failures.length
            ? `${captureLabel(capture)} (capture #${capture.seq}) does not match its fingerprints: ${failures.join(', ')}. This copy may have been changed since it was saved.`
            : `All fingerprints match: the record and ${report.artifacts.length === 1 ? 'its 1 stored file' : `its ${report.artifacts.length} stored files`}. Nothing has changed since this was saved.`}
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
      {artifact.name} ({artifact.mediaType}, {formatBytes(artifact.size)}
      {artifact.stored === false ? ', not kept' : ''})
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
      <h3 id="notes-heading">Notes</h3>
      <p class="muted">Notes are kept beside the capture. The capture itself never changes.</p>
      <ul class="notes">
        {notes.map((note) => (
          <li key={note.id}>
            <time class="muted">{formatDateTime(note.createdAt)}</time> {note.text}
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          Add a note
          <textarea value={draft} onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)} rows={3} />
        </label>
        <button type="submit">Save note</button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
