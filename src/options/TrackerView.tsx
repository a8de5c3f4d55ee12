import { useEffect, useState } from 'preact/hooks';
import { detectPlatform } from '../platforms/index';
import type { RequestMethod, TrackerStatus } from '../shared/takedown-types';
import type { CaptureDigest } from '../shared/capture-digest';
import type { CaseRecord } from '../shared/types';
import { type OverdueRequest, overdueRequests } from '../takedowns/overdue';
import { planRoutes } from '../takedowns/route-plan';
import { type TrackedUrl, trackUrls } from '../takedowns/tracker';
import { trackedUrl } from '../takedowns/tracked-url';
import { t } from '../shared/i18n';
import type { OptionsApi } from './api';
import { localDate } from '../ui/fill-values';
import { formatDateTime } from './format';
import { RemovalPanel, type RemovalTarget, useUnder18 } from './RemovalPanel';
import { instantOf, METHOD_WORDS, STATUSES, statusWord } from './tracker-words';

interface Loaded {
  tracked: TrackedUrl[];
  overdue: OverdueRequest[];
  captures: CaptureDigest[];
}

/** Addresses drawn at a time: a case can hold thousands, each with its own history. */
const PAGE = 50;

/** Every address in the case with its status and dated history; removal requests start here for the whole case. */
export function TrackerView({ api, caseRecord }: { api: OptionsApi; caseRecord: CaseRecord }) {
  const under18 = useUnder18(api);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const reload = async () => {
    try {
      const { captures, requests, events } = await api.caseTracker(caseRecord.id);
      const tracked = trackUrls({ captures, requests, events });
      setLoaded({ tracked, overdue: overdueRequests(requests, tracked, new Date(), t), captures });
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  useEffect(() => void reload(), [caseRecord.id]);

  return (
    <section class="tracker" aria-labelledby="tracker-heading" data-testid="tracker">
      <h2 id="tracker-heading">{t('removal_tracker_heading')}</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p class="muted">{t('common_loading')}</p>}
      {loaded && !loaded.tracked.length && <p class="muted">{t('removal_tracker_empty')}</p>}
      {loaded?.overdue.map((late) => (
        <p key={late.requestId} class="small overdue" data-testid="overdue">
          {late.message}
        </p>
      ))}
      {loaded && (
        <ul class="tracked-list">
          {loaded.tracked.slice(0, shown).map((entry) => (
            <TrackedRow
              key={entry.url}
              api={api}
              caseId={caseRecord.id}
              entry={entry}
              captures={loaded.captures}
              under18={under18}
              readOnly={Boolean(caseRecord.imported)}
              onChanged={reload}
            />
          ))}
        </ul>
      )}
      {loaded && loaded.tracked.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('evidence_show_more')}
        </button>
      )}
    </section>
  );
}

function targetFor(caseId: string, url: string, captures: readonly CaptureDigest[]): RemovalTarget {
  const own = captures.filter((capture) => trackedUrl(capture.observed.tabUrl) === url);
  const detection = own.find((capture) => capture.claimed?.platform)?.claimed?.platform ?? detectPlatform(url);
  // Other captured addresses on the same platform can go in the same request.
  const siblings = detection
    ? captures
        .filter(
          (capture) =>
            capture.trigger !== 'request-confirmation' &&
            (capture.claimed?.platform ?? detectPlatform(capture.observed.tabUrl))?.platform.id === detection.platform.id,
        )
        .map((capture) => trackedUrl(capture.observed.tabUrl))
        .filter((other): other is string => !!other && other !== url)
    : [];
  return { caseId, urls: [url, ...new Set(siblings)], captureIds: own.map((capture) => capture.id), detection };
}

function TrackedRow({
  api,
  caseId,
  entry,
  captures,
  under18,
  readOnly,
  onChanged,
}: {
  api: OptionsApi;
  caseId: string;
  entry: TrackedUrl;
  captures: readonly CaptureDigest[];
  under18: boolean;
  /** An imported case: its history is shown, and nothing is offered that would add to it. */
  readOnly: boolean;
  onChanged: () => Promise<void>;
}) {
  const [open, setOpen] = useState<'removal' | 'status' | 'record' | null>(null);
  const latest = entry.history[entry.history.length - 1];
  const toggle = (what: typeof open) => setOpen(open === what ? null : what);
  const target = open ? targetFor(caseId, entry.url, captures) : null;
  return (
    <li class="tracked" data-testid="tracked-url" data-status={entry.status}>
      <p class="url">{entry.url}</p>
      <p>
        <strong data-testid="tracked-status">{statusWord(entry.status)}</strong>{' '}
        <span class="muted">{t('removal_since', { date: formatDateTime(entry.since) })}</span>
        {entry.status === 'requested' && latest?.route && (
          <span data-testid="tracked-request">
            {' '}
            · {latest.route.label}
            {latest.reference ? ` · ${t('removal_reference', { reference: latest.reference })}` : ''}
          </span>
        )}
      </p>
      {!readOnly && (
        <div class="row-actions">
          <button type="button" onClick={() => toggle('removal')} aria-expanded={open === 'removal'}>
            {t('removal_request_button')}
          </button>
          <button type="button" class="link" onClick={() => toggle('status')} aria-expanded={open === 'status'}>
            {t('removal_record_change')}
          </button>
          <button type="button" class="link" onClick={() => toggle('record')} aria-expanded={open === 'record'}>
            {t('removal_record_other_way')}
          </button>
        </div>
      )}
      {open === 'removal' && target && <RemovalPanel api={api} target={target} under18={under18} />}
      {open === 'status' && <StatusForm api={api} caseId={caseId} url={entry.url} onDone={() => void onChanged().then(() => setOpen(null))} />}
      {open === 'record' && target && <RecordForm api={api} target={target} under18={under18} onDone={() => void onChanged().then(() => setOpen(null))} />}
      <details>
        <summary class="small">{t('removal_history', { count: entry.history.length })}</summary>
        <ol class="history small">
          {entry.history.map((step, i) => (
            <li key={`${step.at}-${i}`}>
              <time dateTime={step.at}>{formatDateTime(step.at)}</time> {statusWord(step.status)}
              {step.route ? ` · ${step.route.label}` : ''}
              {step.reference ? ` · ${t('removal_reference', { reference: step.reference })}` : ''}
              {step.note ? ` · ${step.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function useDay() {
  const today = localDate(new Date());
  const [day, setDay] = useState(today);
  return { day, setDay, at: () => instantOf(day, new Date(), today) };
}

function StatusForm({ api, caseId, url, onDone }: { api: OptionsApi; caseId: string; url: string; onDone: () => void }) {
  const [status, setStatus] = useState<TrackerStatus>('removed');
  const [note, setNote] = useState('');
  const { day, setDay, at } = useDay();
  const [error, setError] = useState<string | null>(null);
  async function submit(event: Event) {
    event.preventDefault();
    try {
      await api.setStatus({ caseId, url, status, at: at(), ...(note.trim() && { note: note.trim() }) });
      onDone();
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  return (
    <form class="inline-form" onSubmit={submit} data-testid="status-form">
      <label>
        {t('removal_what_happened')}{' '}
        <select value={status} onChange={(event) => setStatus((event.target as HTMLSelectElement).value as TrackerStatus)}>
          {STATUSES.filter((s) => s !== 'requested' && s !== 'captured').map((s) => (
            <option key={s} value={s}>
              {statusWord(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('removal_on_date')} <input type="date" value={day} onInput={(event) => setDay((event.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('removal_note_optional')} <input type="text" value={note} onInput={(event) => setNote((event.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t('common_save')}</button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function RecordForm({ api, target, under18, onDone }: { api: OptionsApi; target: RemovalTarget; under18: boolean; onDone: () => void }) {
  const routes = planRoutes({ platform: target.detection?.platform ?? null, kind: target.detection?.kind ?? 'other', under18 }, t).filter(
    (route) => route.step !== 'guide',
  );
  const [routeIndex, setRouteIndex] = useState(0);
  const [method, setMethod] = useState<RequestMethod>('email');
  const [reference, setReference] = useState('');
  const { day, setDay, at } = useDay();
  const [error, setError] = useState<string | null>(null);
  async function submit(event: Event) {
    event.preventDefault();
    const route = routes[routeIndex];
    if (!route) return;
    try {
      await api.recordRequest({
        caseId: target.caseId,
        urls: target.urls.slice(0, 1),
        captureIds: target.captureIds,
        route: route.ref,
        method,
        sentAt: at(),
        ...(reference.trim() && { reference: reference.trim() }),
      });
      onDone();
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  return (
    <form class="inline-form" onSubmit={submit} data-testid="record-form">
      <label>
        {t('removal_route')}{' '}
        <select value={routeIndex} onChange={(event) => setRouteIndex(Number((event.target as HTMLSelectElement).value))}>
          {routes.map((route, i) => (
            <option key={`${route.label}-${i}`} value={i}>
              {route.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('removal_sent')}{' '}
        <select value={method} onChange={(event) => setMethod((event.target as HTMLSelectElement).value as RequestMethod)}>
          {METHOD_WORDS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('removal_on_date')} <input type="date" value={day} onInput={(event) => setDay((event.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('removal_reference_optional')} <input type="text" value={reference} onInput={(event) => setReference((event.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t('removal_record_request')}</button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
