import { translate, type Language } from '../locales';
import { detectPlatform } from '../platforms/index';
import type { LinkCheckRecord, MonitorRecord } from '../shared/matching-types';
import type { TrackerEvent } from '../shared/takedown-types';
import type { IncidentEntry } from '../shared/workspace-types';
import { REASON_KEYS } from './link-words';

/** The incident-log entry a removal or reappearance adds, worded when it was seen. */
export function incidentFromLinkCheck(
  monitor: Pick<MonitorRecord, 'url' | 'captureId'>,
  check: LinkCheckRecord,
  transition: 'removed' | 'reappeared',
  language: Language,
  id: string,
): IncidentEntry {
  const platform = detectPlatform(monitor.url)?.platform.id;
  return {
    id,
    caseId: check.caseId,
    occurredAt: check.checkedAt,
    recordedAt: check.checkedAt,
    summary: translate(language, transition === 'removed' ? 'monitor_incident_removed' : 'monitor_incident_reappeared', { site: siteOf(monitor.url) }),
    ...(check.reason && { details: translate(language, REASON_KEYS[check.reason]) }),
    captureIds: monitor.captureId ? [monitor.captureId] : [],
    context: monitor.url,
    ...(platform && { platform }),
    // A reappearance is open again: there is something to do.
    status: transition === 'removed' ? 'removed' : 'open',
    source: 'monitor',
    sourceId: check.id,
  };
}

/** The tracker's dated status change for the same moment. */
export function trackerEventFromLinkCheck(check: LinkCheckRecord, transition: 'removed' | 'reappeared', language: Language, id: string): TrackerEvent {
  return {
    id,
    caseId: check.caseId,
    url: check.url,
    status: transition,
    at: check.checkedAt,
    recordedAt: check.checkedAt,
    ...(check.reason && { note: translate(language, 'monitor_tracker_note', { reason: translate(language, REASON_KEYS[check.reason]) }) }),
  };
}

function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
