import { useEffect, useRef, useState } from 'preact/hooks';
import { type EvidenceQuery, isEmptyQuery, type SearchEntry, type SearchField, searchEntries } from '../workspace/search-index';
import type { EvidenceApi } from './evidence-api';

/** What the search form holds: the dates as `<input type="date">` gives them (YYYY-MM-DD, or ''). */
export interface SearchForm {
  words: string;
  field: SearchField;
  from: string;
  to: string;
}

export const EMPTY_SEARCH: SearchForm = { words: '', field: 'all', from: '', to: '' };

export interface EvidenceSearch {
  form: SearchForm;
  /** Changes some of the form; several changes in one turn all count. */
  update(patch: Partial<SearchForm>): void;
  clear(): void;
  /** Starts reading the case for search, once; the form calls it as soon as it gets focus. */
  prepare(): void;
  /** While the index is being built: captures read so far, of how many. */
  progress: { read: number; total: number } | null;
  /** The ids found for `form`, newest first; null while no search is asked for. */
  matches: { form: SearchForm; ids: string[] } | null;
  error: string | null;
}

/** The dates are the person's own calendar days, so a day starts at local midnight. */
export function queryOf(form: SearchForm): EvidenceQuery {
  const day = (value: string, plus: number) => {
    const [year, month, date] = value.split('-').map(Number);
    return year && month && date ? new Date(year, month - 1, date + plus).getTime() : undefined;
  };
  const fromMs = day(form.from, 0);
  const toMs = day(form.to, 1);
  return { words: form.words, field: form.field, ...(fromMs !== undefined && { fromMs }), ...(toMs !== undefined && { toMs }) };
}

/**
 * Search over one case: the index is built in the page once (sealed rows opened in chunks, the
 * page kept responsive) and every query after that is answered from memory. The index lives as
 * long as the list does, so it is gone when the person leaves the view or Preserve locks.
 */
export function useEvidenceSearch(api: EvidenceApi, caseId: string): EvidenceSearch {
  const [form, setForm] = useState(EMPTY_SEARCH);
  const [progress, setProgress] = useState<EvidenceSearch['progress']>(null);
  const [matches, setMatches] = useState<EvidenceSearch['matches']>(null);
  const [error, setError] = useState<string | null>(null);
  const index = useRef<Promise<SearchEntry[]> | null>(null);

  function built(): Promise<SearchEntry[]> {
    index.current ??= api
      .searchIndex(caseId, (read, total) => setProgress({ read, total }))
      .then(
        (entries) => {
          setProgress(null);
          return entries;
        },
        (failure: Error) => {
          index.current = null; // a later search tries again (say, after unlocking)
          setProgress(null);
          throw failure;
        },
      );
    return index.current;
  }

  useEffect(() => {
    const query = queryOf(form);
    setError(null);
    if (isEmptyQuery(query)) {
      setMatches(null);
      return;
    }
    let current = true;
    built().then(
      (entries) => current && setMatches({ form, ids: searchEntries(entries, query).map((entry) => entry.id) }),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [form]);

  return {
    form,
    update: (patch) => setForm((previous) => ({ ...previous, ...patch })),
    clear: () => setForm(EMPTY_SEARCH),
    prepare: () => void built().catch(() => undefined),
    progress,
    matches,
    error,
  };
}
