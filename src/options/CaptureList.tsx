import { useEffect, useState } from 'preact/hooks';
import type { CaptureRecord, CaseRecord } from '../shared/types';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';
import { captureContents, captureLabel, formatDateTime } from './format';

const PAGE_SIZE = 50;

interface Props {
  api: OptionsApi;
  caseRecord: CaseRecord;
  selected: ReadonlySet<string>;
  onToggle: (captureId: string) => void;
}

export function CaptureList({ api, caseRecord, selected, onToggle }: Props) {
  const [captures, setCaptures] = useState<CaptureRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load(offset: number) {
    try {
      const page = await api.listCaptures(caseRecord.id, PAGE_SIZE, offset);
      setCaptures((previous) => [...(offset ? (previous ?? []) : []), ...page]);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  useEffect(() => void load(0), [caseRecord.id]);

  if (error)
    return (
      <p class="error" role="alert">
        Your captures could not be read: {error}
      </p>
    );
  if (!captures) return <p class="muted">Loading your captures…</p>;
  if (!captures.length) {
    return <p class="empty">No captures yet. On a page you want to keep, click the Preserve button and choose “Save evidence”.</p>;
  }
  return (
    <section aria-label="Captures">
      <h2>
        Captures <span class="muted">({caseRecord.captureCount})</span>
      </h2>
      <ol class="capture-list">
        {captures.map((capture) => (
          <CaptureRow key={capture.id} capture={capture} api={api} checked={selected.has(capture.id)} onToggle={() => onToggle(capture.id)} />
        ))}
      </ol>
      {captures.length < caseRecord.captureCount && (
        <button type="button" onClick={() => load(captures.length)}>
          Show more
        </button>
      )}
    </section>
  );
}

function CaptureRow({ capture, api, checked, onToggle }: { capture: CaptureRecord; api: OptionsApi; checked: boolean; onToggle: () => void }) {
  const thumbnail = useObjectUrl(() => api.thumbnail(capture), [capture.id]);
  const contents = captureContents(capture);
  return (
    <li class="capture-row" data-capture-id={capture.id}>
      <div class="thumb">
        {capture.artifacts[0]?.stored === false ? (
          <p class="muted small">No image kept</p>
        ) : (
          <VeiledImage src={thumbnail} alt="Thumbnail of the captured page" />
        )}
      </div>
      <div class="row-facts">
        <a href={`#capture/${capture.id}`} class="open">
          {captureLabel(capture)}
        </a>
        <p class="url">{capture.observed.tabUrl}</p>
        <p class="muted">
          <time dateTime={capture.observed.capturedAt}>{formatDateTime(capture.observed.capturedAt)}</time>
          {' · '}#{capture.seq}
          {capture.imported && ' · imported'}
        </p>
        {contents && (
          <p class="muted" data-testid="capture-contents">
            With {contents}
          </p>
        )}
        <label class="select">
          <input type="checkbox" checked={checked} onChange={onToggle} /> Select for export
        </label>
      </div>
    </li>
  );
}
