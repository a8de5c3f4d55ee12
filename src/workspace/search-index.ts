import { detectPlatform } from '../platforms';
import type { CaptureRecord } from '../shared/types';
import type { PersonRecord } from '../shared/workspace-types';

/*
 * Search over a case's evidence (issue #11, "Scale"). With encryption on the records are sealed,
 * so the page opens them once after unlock and keeps only these short, lower-cased haystacks in
 * memory; every query then runs here, with no store access, well inside 300 ms for 10,000 captures.
 */

/** What one capture can be found by, each field already folded (see fold()). */
export interface SearchEntry {
  id: string;
  seq: number;
  capturedMs: number;
  url: string;
  platform: string;
  person: string;
  text: string;
}

export type SearchField = 'all' | 'url' | 'platform' | 'person' | 'text';
export const SEARCH_FIELDS: readonly SearchField[] = ['all', 'url', 'platform', 'person', 'text'];

export interface EvidenceQuery {
  words: string;
  field: SearchField;
  /** Inclusive start and exclusive end, in ms since the epoch: the page turns local dates into these. */
  fromMs?: number;
  toMs?: number;
}

/** Lower case without accents, so "jose" finds "José" and "ÁLVARO" finds "álvaro". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The query's words: "quoted phrases" stay whole; a leading @ is dropped so "@sam" finds "sam" either way. */
export function queryTerms(words: string): string[] {
  const terms: string[] = [];
  for (const match of fold(words).matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim().replace(/^@/, '');
    if (term) terms.push(term);
  }
  return terms;
}

export function isEmptyQuery(query: EvidenceQuery): boolean {
  return !queryTerms(query.words).length && query.fromMs === undefined && query.toMs === undefined;
}

/** The people a capture is about: linked by hand, or the same account (stable id first, then handle or address). */
export function peopleOfCapture(capture: CaptureRecord, people: readonly PersonRecord[]): PersonRecord[] {
  if (!people.length) return [];
  const author = capture.claimed?.post?.author;
  const authorId = author?.id;
  const handles = new Set([author?.handle, platformOf(capture)?.author].filter(Boolean).map((handle) => bareHandle(handle!)));
  const urls = new Set([capture.observed.tabUrl, author?.url].filter(Boolean));
  return people.filter(
    (person) =>
      person.captureIds.includes(capture.id) ||
      person.accounts.some(
        (account) =>
          (authorId !== undefined && account.stableId === authorId) ||
          [account.handle, ...(account.formerHandles ?? [])].some((handle) => handle !== undefined && handles.has(bareHandle(handle))) ||
          account.urls.some((url) => urls.has(url)),
      ),
  );
}

/** One capture's entry, from the opened record, its notes' texts and the people it is about. */
export function searchEntryOf(capture: CaptureRecord, notes: readonly string[], people: readonly PersonRecord[]): SearchEntry {
  const claimed = capture.claimed;
  const post = claimed?.post;
  const detected = platformOf(capture);
  const persons = people.flatMap((person) => [
    person.name,
    ...person.accounts.flatMap((account) => [account.handle, account.stableId, ...(account.formerHandles ?? []), ...account.urls]),
  ]);
  return {
    id: capture.id,
    seq: capture.seq,
    capturedMs: Date.parse(capture.observed.capturedAt),
    url: joined([capture.observed.tabUrl, claimed?.canonicalUrl, claimed?.locationHref, post?.url]),
    platform: joined([detected?.platform.name, detected?.platform.id]),
    person: joined([post?.author?.name, post?.author?.handle, post?.author?.id, post?.author?.url, detected?.author, ...persons]),
    text: joined([capture.observed.tabTitle, claimed?.documentTitle, post?.title, post?.text, claimed?.selectedText, capture.attachment?.fileName, ...notes]),
  };
}

/** The entries that match every term (each in the chosen field, or in any) and the date range, newest first. */
export function searchEntries(entries: readonly SearchEntry[], query: EvidenceQuery): SearchEntry[] {
  const terms = queryTerms(query.words);
  const fields = query.field === 'all' ? (['url', 'platform', 'person', 'text'] as const) : [query.field];
  const { fromMs = -Infinity, toMs = Infinity } = query;
  const hits = entries.filter(
    (entry) => entry.capturedMs >= fromMs && entry.capturedMs < toMs && terms.every((term) => fields.some((field) => entry[field].includes(term))),
  );
  return hits.sort((a, b) => b.capturedMs - a.capturedMs || b.seq - a.seq);
}

/** What the page claimed, or else what the address alone says (a capture whose page could not be read). */
function platformOf(capture: CaptureRecord) {
  return capture.claimed?.platform ?? detectPlatform(capture.observed.tabUrl);
}

function joined(values: readonly (string | undefined)[]): string {
  return fold(values.filter(Boolean).join('\n'));
}

function bareHandle(handle: string): string {
  return fold(handle.trim()).replace(/^@|^u\//, '');
}
