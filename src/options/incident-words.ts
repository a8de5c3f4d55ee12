import type { MessageKey } from '../shared/i18n';
import type { CaptureRecord, IncidentRecord } from '../shared/types';

export const STATUS_KEYS: Record<IncidentRecord['status'], MessageKey> = {
  open: 'incidents_status_open',
  reported: 'incidents_status_reported',
  removed: 'incidents_status_removed',
  closed: 'incidents_status_closed',
};

export const SOURCE_KEYS: Record<IncidentRecord['source'], MessageKey> = {
  person: 'incidents_source_person',
  capture: 'incidents_source_capture',
  request: 'incidents_source_request',
  monitor: 'incidents_source_monitor',
};

/** A capture as the picker and the links name it: its title as the tab showed it, or its address. */
export function captureLabel(capture: CaptureRecord): string {
  const title = capture.observed.tabTitle || capture.observed.tabUrl;
  return title.length > 90 ? `${title.slice(0, 89)}…` : title;
}
