import { translate, type Language, type MessageKey } from '../locales';
import { platforms } from '../platforms';
import type { RemovalRequestRecord } from '../shared/takedown-types';
import type { CaptureRecord } from '../shared/types';
import type { IncidentEntry } from '../shared/workspace-types';

/** An automatic entry before it has a case: a capture's case is decided inside its commit transaction. */
export type IncidentDraft = Omit<IncidentEntry, 'caseId'>;

/** What a capture knows about itself before it is committed (a pending capture has all of it). */
export type CaptureFactsForLog = Pick<CaptureRecord, 'id' | 'trigger' | 'claimed'> & { observed: Pick<CaptureRecord['observed'], 'capturedAt' | 'tabUrl'> };

/*
 * Imported captures and added files are not things that happened online, and the confirmation
 * page of a removal request is logged once, by the request's own entry (which links it).
 */
const NOT_LOGGED = new Set<CaptureRecord['trigger']>(['import', 'attachment', 'request-confirmation']);

const KIND_KEYS = {
  post: ['incidents_auto_capture_post', 'incidents_auto_capture_post_by'],
  media: ['incidents_auto_capture_media', 'incidents_auto_capture_media_by'],
  profile: ['incidents_auto_capture_profile', 'incidents_auto_capture_profile_of'],
  shortlink: ['incidents_auto_capture_page', 'incidents_auto_capture_page'],
  other: ['incidents_auto_capture_page', 'incidents_auto_capture_page'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** The entry a new capture adds to its case's log, or null for captures that add none. */
export function incidentFromCapture(capture: CaptureFactsForLog, language: Language, id: string, now: Date): IncidentDraft | null {
  if (NOT_LOGGED.has(capture.trigger)) return null;
  const detection = capture.claimed?.platform ?? null;
  const post = capture.claimed?.post;
  let summary: string;
  if (detection) {
    const who = post?.author?.handle ?? detection.author ?? post?.author?.name;
    const [plain, withAuthor] = KIND_KEYS[detection.kind];
    const author = who ? shownHandle(detection.platform.id, who) : undefined;
    summary = translate(language, author ? withAuthor : plain, { platform: detection.platform.name, ...(author && { author }) });
  } else {
    summary = translate(language, 'incidents_auto_capture_site', { site: siteOf(capture.observed.tabUrl) });
  }
  return {
    id,
    occurredAt: capture.observed.capturedAt,
    recordedAt: now.toISOString(),
    summary,
    captureIds: [capture.id],
    context: capture.observed.tabUrl,
    ...(detection && { platform: detection.platform.id }),
    status: 'open',
    source: 'capture',
    sourceId: capture.id,
  };
}

/** The entry a removal request adds: it was reported, on the day it was sent. */
export function incidentFromRequest(request: RemovalRequestRecord, language: Language, id: string, now: Date): IncidentEntry {
  const platformId = request.route.platformId;
  const name = platformId ? (platformName(platformId) ?? platformId) : undefined;
  const summary = name
    ? translate(language, 'incidents_auto_request', { platform: name, route: request.route.label })
    : translate(language, 'incidents_auto_request_elsewhere', { route: request.route.label });
  const captureIds = [...new Set([...request.captureIds, ...(request.confirmationCaptureId ? [request.confirmationCaptureId] : [])])];
  return {
    id,
    caseId: request.caseId,
    occurredAt: request.sentAt,
    recordedAt: now.toISOString(),
    summary,
    ...(request.reference && { details: translate(language, 'incidents_auto_request_reference', { reference: request.reference }) }),
    captureIds,
    context: request.urls.join('\n'),
    ...(platformId && { platform: platformId }),
    status: 'reported',
    source: 'request',
    sourceId: request.id,
    requestIds: [request.id],
  };
}

export function platformName(id: string): string | undefined {
  return platforms.find((platform) => platform.id === id)?.name;
}

function shownHandle(platformId: string, handle: string): string {
  if (platformId === 'reddit') return /^u\//.test(handle) ? handle : `u/${handle.replace(/^@/, '')}`;
  return handle;
}

function siteOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
