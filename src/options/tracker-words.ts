import { type MessageKey, t } from '../shared/i18n';
import type { RequestMethod, TrackerStatus } from '../shared/takedown-types';

export const STATUSES: readonly TrackerStatus[] = ['found', 'captured', 'requested', 'removed', 'refused', 'escalated', 'reappeared'];

const STATUS_WORDS: Readonly<Record<TrackerStatus, MessageKey>> = {
  found: 'removal_status_found',
  captured: 'removal_status_captured',
  requested: 'removal_status_requested',
  removed: 'removal_status_removed',
  refused: 'removal_status_refused',
  escalated: 'removal_status_escalated',
  reappeared: 'removal_status_reappeared',
};

/** A status in a word or two, in the page's language. */
export function statusWord(status: TrackerStatus): string {
  return t(STATUS_WORDS[status]);
}

/** How a request was sent, in the order the "Sent" choice lists them. */
export const METHOD_WORDS: ReadonlyArray<[RequestMethod, MessageKey]> = [
  ['email', 'removal_method_email'],
  ['in-app', 'removal_method_in_app'],
  ['form', 'removal_method_form'],
  ['letter', 'removal_method_letter'],
  ['post', 'removal_method_post'],
  ['other', 'removal_method_other'],
];

/** A date the person picks (YYYY-MM-DD, their time zone) as an instant: now for today, else that day's noon. */
export function instantOf(day: string, now: Date, today: string): string {
  if (day === today) return now.toISOString();
  const noon = new Date(`${day}T12:00:00`);
  return Number.isNaN(noon.getTime()) ? now.toISOString() : noon.toISOString();
}
