import type { RemovalRequestRecord, RouteRef, TrackerEvent, TrackerStatus } from '../shared/takedown-types';
import type { CaptureRecord } from '../shared/types';
import { trackedUrl } from './tracked-url';

/** One dated step in a URL's history, whichever record it comes from. */
export interface TrackerEntry {
  status: TrackerStatus;
  at: string;
  recordedAt: string;
  source: 'capture' | 'request' | 'event';
  captureId?: string;
  requestId?: string;
  eventId?: string;
  route?: RouteRef;
  reference?: string;
  note?: string;
}

export interface TrackedUrl {
  url: string;
  status: TrackerStatus;
  /** When the current status began. */
  since: string;
  /** Oldest first; the last entry is the current status. */
  history: TrackerEntry[];
}

export interface TrackerInput {
  captures: readonly Pick<CaptureRecord, 'id' | 'trigger' | 'observed'>[];
  requests: readonly RemovalRequestRecord[];
  events: readonly TrackerEvent[];
}

/**
 * Each URL's status and dated history in one case. "captured" comes from the captures of that
 * address and "requested" from the requests; every other change is a TrackerEvent. Later steps
 * win by when they happened, then by when Preserve recorded them, so a status given with an
 * earlier date never hides a newer one.
 */
export function trackUrls({ captures, requests, events }: TrackerInput): TrackedUrl[] {
  const byUrl = new Map<string, TrackerEntry[]>();
  const add = (address: string, entry: TrackerEntry) => {
    const url = trackedUrl(address);
    if (!url) return;
    byUrl.set(url, [...(byUrl.get(url) ?? []), entry]);
  };
  for (const capture of captures) {
    // The page after a request is evidence of the request, not content to take down.
    if (capture.trigger === 'request-confirmation') continue;
    add(capture.observed.tabUrl, {
      status: 'captured',
      at: capture.observed.capturedAt,
      recordedAt: capture.observed.capturedAt,
      source: 'capture',
      captureId: capture.id,
    });
  }
  const requestsById = new Map(requests.map((request) => [request.id, request]));
  // "I sent it" also writes a `requested` event per URL; the request then appears once, as that event.
  const recordedAsEvent = new Set(events.filter((e) => e.requestId && e.status === 'requested').map((e) => `${e.requestId} ${trackedUrl(e.url)}`));
  for (const request of requests) {
    for (const address of request.urls) {
      if (recordedAsEvent.has(`${request.id} ${trackedUrl(address)}`)) continue;
      add(address, {
        status: 'requested',
        at: request.sentAt,
        recordedAt: request.recordedAt,
        source: 'request',
        requestId: request.id,
        ...requestDetails(request),
      });
    }
  }
  for (const event of events) {
    const request = event.requestId ? requestsById.get(event.requestId) : undefined;
    add(event.url, {
      status: event.status,
      at: event.at,
      recordedAt: event.recordedAt,
      source: 'event',
      eventId: event.id,
      ...(event.requestId && { requestId: event.requestId }),
      ...(request && requestDetails(request)),
      ...(event.note && { note: event.note }),
    });
  }
  const tracked: TrackedUrl[] = [];
  for (const [url, entries] of byUrl) {
    const history = entries.sort(byTime);
    const current = history[history.length - 1]!;
    tracked.push({ url, status: current.status, since: current.at, history });
  }
  // The most recent change first: what moved lately is what the person looks for.
  return tracked.sort((a, b) => instant(b.since) - instant(a.since) || a.url.localeCompare(b.url));
}

function requestDetails(request: RemovalRequestRecord): Pick<TrackerEntry, 'route' | 'reference'> {
  return { route: request.route, ...(request.reference && { reference: request.reference }) };
}

function byTime(a: TrackerEntry, b: TrackerEntry): number {
  return instant(a.at) - instant(b.at) || instant(a.recordedAt) - instant(b.recordedAt);
}

/** Dates are compared as instants: "2026-11-30" and "2026-11-30T00:00:00.000Z" are the same moment. */
function instant(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}
