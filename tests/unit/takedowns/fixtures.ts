import { removalRoutes } from '../../../src/platforms/routes';
import type { RemovalRequestRecord, RouteRef, TrackerEvent, TrackerStatus } from '../../../src/shared/takedown-types';
import type { CaptureRecord, CaptureTrigger } from '../../../src/shared/types';

/** The platform's route at `index`, as a request refers to it. */
export function routeRef(platformId: string, index: number): RouteRef {
  const route = removalRoutes(platformId)[index];
  if (!route) throw new Error(`${platformId} has no route ${index}`);
  return { platformId, kind: route.kind, label: route.label, ...(route.url && { url: route.url }), ...(route.email && { email: route.email }) };
}

export function capture(id: string, tabUrl: string, capturedAt: string, trigger: CaptureTrigger = 'popup'): Pick<CaptureRecord, 'id' | 'trigger' | 'observed'> {
  return { id, trigger, observed: { tabUrl, capturedAt } as CaptureRecord['observed'] };
}

export function request(id: string, urls: string[], route: RouteRef, sentAt: string, extra: Partial<RemovalRequestRecord> = {}): RemovalRequestRecord {
  return { id, caseId: 'case-1', urls, captureIds: [], route, method: 'form', sentAt, recordedAt: sentAt, ...extra };
}

export function event(id: string, url: string, status: TrackerStatus, at: string, recordedAt = at, extra: Partial<TrackerEvent> = {}): TrackerEvent {
  return { id, caseId: 'case-1', url, status, at, recordedAt, ...extra };
}
