import { translate, type Language, type MessageKey } from '../locales';
import { definedOnly } from '../shared/defined-only';
import { UserFacingError } from '../shared/errors';
import type { IncidentEntry, IncidentStatus } from '../shared/workspace-types';

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['open', 'reported', 'removed', 'closed'];

/** What the person may set on an entry; Preserve keeps its id, times and where it came from. */
export type IncidentFields = Omit<IncidentEntry, 'id' | 'recordedAt' | 'updatedAt' | 'source' | 'sourceId'>;

// The bundle's schema (src/bundle/bundle-schemas.ts) allows at least these, so every saved entry exports.
const LONG = 20_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** An entry as a page sent it, checked field by field: a message is typed, but what arrives is whatever the page put in it. */
export function checkIncident(input: IncidentFields, now: Date, language: Language): IncidentFields {
  const fail = (key: MessageKey, code: string): never => {
    throw new UserFacingError(translate(language, key), code);
  };
  const optional = (value: unknown, max: number): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return fail('incidents_error_unreadable', 'bad-field');
    const text = value.trim();
    if (text.length > max) fail('incidents_error_too_long', 'too-long');
    return text || undefined;
  };
  const ids = (value: unknown): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length > 10_000 || value.some((id) => typeof id !== 'string' || !ID.test(id)))
      return fail('incidents_error_unreadable', 'bad-ids');
    return [...new Set(value as string[])];
  };
  if (!INCIDENT_STATUSES.includes(input.status)) fail('incidents_error_unreadable', 'bad-status');
  if (typeof input.caseId !== 'string' || !ID.test(input.caseId)) fail('incidents_error_unreadable', 'bad-case');
  const summary = optional(input.summary, 2_000);
  if (!summary) fail('incidents_error_no_summary', 'missing-field');
  const occurredAt = typeof input.occurredAt === 'string' ? input.occurredAt.trim() : '';
  const time = ISO_WITH_OFFSET.test(occurredAt) ? Date.parse(occurredAt) : Number.NaN;
  if (Number.isNaN(time) || time < Date.UTC(1990, 0, 1)) fail('incidents_error_bad_date', 'bad-date');
  // A day's grace: the person's clock and time zone may be ahead of the one that checks.
  if (time > now.getTime() + 86_400_000) fail('incidents_error_future_date', 'future-date');
  const personIds = ids(input.personIds);
  const requestIds = ids(input.requestIds);
  return {
    caseId: input.caseId,
    occurredAt,
    summary: summary!,
    captureIds: ids(input.captureIds),
    status: input.status,
    ...definedOnly({
      details: optional(input.details, LONG),
      suspectedBy: optional(input.suspectedBy, 500),
      suspectEvidence: optional(input.suspectEvidence, LONG),
      evidenceNeeded: optional(input.evidenceNeeded, LONG),
      context: optional(input.context, 5_000),
      platform: optional(input.platform, 100),
    }),
    ...(personIds.length > 0 && { personIds }),
    ...(requestIds.length > 0 && { requestIds }),
  };
}
