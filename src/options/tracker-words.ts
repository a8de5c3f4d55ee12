import type { TrackerStatus } from '../shared/takedown-types';

export const STATUSES: readonly TrackerStatus[] = ['found', 'captured', 'requested', 'removed', 'refused', 'escalated', 'reappeared'];

export const STATUS_WORDS: Readonly<Record<TrackerStatus, string>> = {
  found: 'found',
  captured: 'captured',
  requested: 'requested',
  removed: 'removed',
  refused: 'refused',
  escalated: 'escalated',
  reappeared: 'reappeared',
};

/** A date the person picks (YYYY-MM-DD, their time zone) as an instant: now for today, else that day's noon. */
export function instantOf(day: string, now: Date, today: string): string {
  if (day === today) return now.toISOString();
  const noon = new Date(`${day}T12:00:00`);
  return Number.isNaN(noon.getTime()) ? now.toISOString() : noon.toISOString();
}
