import type { IncidentEntry, IncidentStatus } from '../shared/workspace-types';
import { platformName } from './incident-auto';

export interface IncidentFilter {
  /** '' for every status, every platform. */
  status: IncidentStatus | '';
  platform: string;
  text: string;
}

export type IncidentOrder = 'newest' | 'oldest';

const SEARCHED = ['summary', 'details', 'suspectedBy', 'suspectEvidence', 'evidenceNeeded', 'context'] as const;

/** The entries that match every part of the filter; text matches any written field, ignoring case and accents. */
export function filterIncidents(entries: readonly IncidentEntry[], filter: IncidentFilter): IncidentEntry[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.status && entry.status !== filter.status) return false;
    if (filter.platform && entry.platform !== filter.platform) return false;
    if (words.length === 0) return true;
    const haystack = fold([...SEARCHED.map((field) => entry[field] ?? ''), entry.platform ? (platformName(entry.platform) ?? entry.platform) : ''].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** By when it happened; entries of the same moment keep the order they were recorded in. */
export function sortIncidents(entries: readonly IncidentEntry[], order: IncidentOrder): IncidentEntry[] {
  const sign = order === 'newest' ? -1 : 1;
  return [...entries].sort((a, b) => sign * (time(a.occurredAt) - time(b.occurredAt)) || time(a.recordedAt) - time(b.recordedAt) || a.id.localeCompare(b.id));
}

/** The platforms the log mentions, for the filter's choices. */
export function platformsInLog(entries: readonly IncidentEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => (entry.platform ? [entry.platform] : [])))].sort();
}

function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
