import type { CaptureIncident, PendingCapture } from '../db/commit-capture';
import { languageOf } from '../locales';
import { uiLanguage } from '../shared/i18n';
import type { RemovalRequestRecord } from '../shared/takedown-types';
import type { IncidentEntry } from '../shared/workspace-types';
import { incidentFromCapture, incidentFromRequest } from '../workspace/incident-auto';

/*
 * The log entries Preserve writes itself, worded in the browser's language at the moment they
 * happen (they are the person's log from then on, and may be edited like any other entry).
 */

export function captureIncident(capture: PendingCapture): CaptureIncident | null {
  return incidentFromCapture(capture, languageOf(uiLanguage()), crypto.randomUUID(), new Date());
}

export function requestIncident(request: RemovalRequestRecord): IncidentEntry {
  return incidentFromRequest(request, languageOf(uiLanguage()), crypto.randomUUID(), new Date());
}
