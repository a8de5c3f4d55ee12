import { describe, expect, it } from 'vitest';
import type { IncidentEntry } from '../../../src/shared/workspace-types';
import { filterIncidents, platformsInLog, sortIncidents } from '../../../src/workspace/incident-filter';

const entry = (id: string, occurredAt: string, extra: Partial<IncidentEntry> = {}): IncidentEntry => ({
  id,
  caseId: 'case-1',
  occurredAt,
  recordedAt: '2026-12-01T00:00:00.000Z',
  summary: `Entry ${id}`,
  captureIds: [],
  status: 'open',
  source: 'person',
  ...extra,
});

const LOG = [
  entry('a', '2026-11-20T10:00:00+01:00', { platform: 'reddit', status: 'reported', details: 'Se publicó otra vez' }),
  entry('b', '2026-11-20T08:30:00Z', { platform: 'x', suspectedBy: 'My ex, Sam' }),
  entry('c', '2026-11-21T00:00:00-05:00', { platform: 'reddit', context: 'https://www.reddit.com/user/throwaway' }),
  entry('d', '2026-11-19T12:00:00.000Z'),
];
const ALL = { status: '', platform: '', text: '' } as const;
const ids = (entries: IncidentEntry[]) => entries.map((e) => e.id);

describe('filtering and sorting the incident log', () => {
  it('sorts by the moment it happened, whatever offset each time was written with, either way', () => {
    // a is 09:00Z, b 08:30Z, c 05:00Z next day, d the day before.
    expect(ids(sortIncidents(LOG, 'oldest'))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(sortIncidents(LOG, 'newest'))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps entries of the same moment in the order they were recorded', () => {
    const same = [entry('late', '2026-11-20T10:00:00Z', { recordedAt: '2026-12-02T00:00:00Z' }), entry('early', '2026-11-20T10:00:00Z')];
    expect(ids(sortIncidents(same, 'newest'))).toEqual(['early', 'late']);
  });

  it('filters by status, by platform and by words in any written field, ignoring case and accents', () => {
    expect(ids(filterIncidents(LOG, { ...ALL, status: 'reported' }))).toEqual(['a']);
    expect(ids(filterIncidents(LOG, { ...ALL, platform: 'reddit' }))).toEqual(['a', 'c']);
    expect(ids(filterIncidents(LOG, { ...ALL, text: 'PUBLICO' }))).toEqual(['a']);
    expect(ids(filterIncidents(LOG, { ...ALL, text: 'sam ex' }))).toEqual(['b']);
    expect(ids(filterIncidents(LOG, { ...ALL, text: 'throwaway' }))).toEqual(['c']);
    expect(ids(filterIncidents(LOG, { ...ALL, text: 'Reddit' }))).toEqual(['a', 'c']);
    expect(ids(filterIncidents(LOG, { status: 'open', platform: 'reddit', text: '' }))).toEqual(['c']);
    expect(filterIncidents(LOG, ALL)).toHaveLength(4);
  });

  it('lists each platform the log mentions once', () => {
    expect(platformsInLog(LOG)).toEqual(['reddit', 'x']);
  });
});
