import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from '../../../src/shared/types';
import type { PersonRecord } from '../../../src/shared/workspace-types';
import {
  type EvidenceQuery,
  isEmptyQuery,
  peopleOfCapture,
  queryTerms,
  type SearchEntry,
  searchEntries,
  searchEntryOf,
} from '../../../src/workspace/search-index';

function capture(id: string, seq: number, at: string, url: string, extra: Partial<CaptureRecord> = {}): CaptureRecord {
  return {
    id,
    caseId: 'case-1',
    seq,
    trigger: 'popup',
    observed: { tabUrl: url, tabTitle: '', capturedAt: at },
    claimed: null,
    artifacts: [],
    prevHash: null,
    recordHash: 'h',
    ...extra,
  } as unknown as CaptureRecord;
}

const REDDIT = capture('c1', 1, '2026-03-01T10:00:00.000Z', 'https://www.reddit.com/r/pics/comments/abc123/title/', {
  claimed: {
    documentTitle: 'A photo on Reddit',
    locationHref: 'https://www.reddit.com/r/pics/comments/abc123/title/',
    meta: [],
    platform: { platform: { id: 'reddit', name: 'Reddit' }, kind: 'post', postId: 'abc123' },
    post: { author: { handle: 'u/throwaway_99', name: 'Throwaway' }, text: 'Look who José is now' },
  },
});
// No page claims at all: the platform still comes from the address.
const X = capture('c2', 2, '2026-03-05T23:30:00.000Z', 'https://x.com/someone/status/42');
const BLOG = capture('c3', 3, '2026-03-09T08:00:00.000Z', 'https://pics.example/gallery/7', {
  observed: { tabUrl: 'https://pics.example/gallery/7', tabTitle: 'Gallery seven', capturedAt: '2026-03-09T08:00:00.000Z' } as CaptureRecord['observed'],
});

const PERSON: PersonRecord = {
  id: 'p1',
  caseId: 'case-1',
  role: 'perpetrator',
  name: 'Daniel Ortega',
  accounts: [{ platform: 'x', handle: '@someone', stableId: '1234', urls: [] }],
  captureIds: [],
  createdAt: '2026-03-01T00:00:00.000Z',
};

function entries(): SearchEntry[] {
  const people = [PERSON];
  const notes: Record<string, string[]> = { c3: ['Found through a friend, she sent the link'] };
  return [REDDIT, X, BLOG].map((c) => searchEntryOf(c, notes[c.id] ?? [], peopleOfCapture(c, people)));
}

const ids = (query: Partial<EvidenceQuery>) => searchEntries(entries(), { words: '', field: 'all', ...query }).map((entry) => entry.id);

describe('evidence search', () => {
  it('finds by address', () => {
    expect(ids({ words: 'abc123', field: 'url' })).toEqual(['c1']);
    expect(ids({ words: 'pics.example' })).toEqual(['c3']);
  });

  it('finds by platform, from the page claims or from the address alone', () => {
    expect(ids({ words: 'reddit', field: 'platform' })).toEqual(['c1']);
    expect(ids({ words: 'X', field: 'platform' })).toEqual(['c2']);
    expect(ids({ words: 'example', field: 'platform' })).toEqual([]);
  });

  it('finds by the author the page claimed, and by a person from the People list linked through their account', () => {
    expect(ids({ words: '@throwaway_99', field: 'person' })).toEqual(['c1']);
    expect(ids({ words: 'Daniel', field: 'person' })).toEqual(['c2']);
    expect(ids({ words: 'ortega' })).toEqual(['c2']);
  });

  it('finds by title, post text and notes, ignoring case and accents', () => {
    expect(ids({ words: 'jose', field: 'text' })).toEqual(['c1']);
    expect(ids({ words: 'GALLERY', field: 'text' })).toEqual(['c3']);
    expect(ids({ words: 'friend', field: 'text' })).toEqual(['c3']);
    // A word that is only in an address is not text.
    expect(ids({ words: 'abc123', field: 'text' })).toEqual([]);
  });

  it('keeps only captures saved inside the date range, newest first', () => {
    const day = (iso: string) => Date.parse(iso);
    expect(ids({})).toEqual(['c3', 'c2', 'c1']);
    expect(ids({ fromMs: day('2026-03-02T00:00:00Z') })).toEqual(['c3', 'c2']);
    expect(ids({ toMs: day('2026-03-06T00:00:00Z') })).toEqual(['c2', 'c1']);
    expect(ids({ fromMs: day('2026-03-05T00:00:00Z'), toMs: day('2026-03-06T00:00:00Z') })).toEqual(['c2']);
    // The range's end is exclusive: the next day starts at its midnight.
    expect(ids({ fromMs: day('2026-03-05T23:30:00.001Z'), toMs: day('2026-03-09T08:00:00Z') })).toEqual([]);
  });

  it('needs every word to match somewhere, and a "quoted phrase" to match whole', () => {
    expect(ids({ words: 'reddit jose' })).toEqual(['c1']);
    expect(ids({ words: 'reddit daniel' })).toEqual([]);
    expect(ids({ words: 'x.com daniel', fromMs: Date.parse('2026-03-01T00:00:00Z') })).toEqual(['c2']);
    expect(ids({ words: '"who josé"' })).toEqual(['c1']);
    expect(ids({ words: '"josé who"' })).toEqual([]);
  });

  it('finds nothing for words no capture holds', () => {
    expect(ids({ words: 'nowhere-to-be-found' })).toEqual([]);
  });

  it('reads the query: quoted phrases, a leading @, and what counts as empty', () => {
    expect(queryTerms('  Ana "San José" @Sam ')).toEqual(['ana', 'san jose', 'sam']);
    expect(isEmptyQuery({ words: '  ', field: 'person' })).toBe(true);
    expect(isEmptyQuery({ words: '', field: 'all', toMs: 1 })).toBe(false);
  });

  it('links a person by a former handle, a stable id, an address or by hand', () => {
    const person = (accounts: PersonRecord['accounts'], captureIds: string[] = []): PersonRecord => ({ ...PERSON, accounts, captureIds });
    const withId = capture('c9', 9, '2026-03-01T00:00:00Z', 'https://x.com/new_name/status/1', {
      claimed: { documentTitle: '', locationHref: '', meta: [], post: { author: { handle: '@new_name', id: '777' } } },
    });
    expect(peopleOfCapture(withId, [person([{ platform: 'x', stableId: '777', urls: [] }])])).toHaveLength(1);
    expect(peopleOfCapture(withId, [person([{ platform: 'x', handle: 'other', formerHandles: ['new_name'], urls: [] }])])).toHaveLength(1);
    expect(peopleOfCapture(withId, [person([{ platform: 'x', urls: ['https://x.com/new_name/status/1'] }])])).toHaveLength(1);
    expect(peopleOfCapture(withId, [person([], ['c9'])])).toHaveLength(1);
    expect(peopleOfCapture(withId, [person([{ platform: 'x', handle: 'someone_else', stableId: '778', urls: [] }])])).toEqual([]);
  });
});
