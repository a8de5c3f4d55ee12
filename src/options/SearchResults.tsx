import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaptureRecord } from '../shared/types';
import type { OptionsApi } from './api';
import { CaptureRow } from './CaptureRow';

const PAGE_SIZE = 50;

interface Props {
  api: Pick<OptionsApi, 'capturesByIds' | 'thumbnail'>;
  ids: readonly string[];
  /** The words answered, for the page's own record of what is shown. */
  words: string;
  selected: ReadonlySet<string>;
  onToggle: (captureId: string) => void;
}

/** The captures a search found, as the same rows as the list, 50 at a time. Keyed by the query, so a new one starts afresh. */
export function SearchResults({ api, ids, words, selected, onToggle }: Props) {
  const [shown, setShown] = useState<CaptureRecord[] | null>(null);
  // How many ids were asked for so far: a capture deleted meanwhile is skipped, not asked again.
  const [asked, setAsked] = useState(0);
  const [error, setError] = useState<string | null>(null);
  async function more(from: number) {
    try {
      const rows = await api.capturesByIds(ids.slice(from, from + PAGE_SIZE));
      setAsked(from + PAGE_SIZE);
      setShown((before) => [...(from ? (before ?? []) : []), ...rows]);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  useEffect(() => void more(0), []);
  if (error)
    return (
      <p class="error" role="alert">
        {t('evidence_search_error', { error })}
      </p>
    );
  if (!shown) return null;
  return (
    <div data-testid="search-results" data-words={words}>
      <ol class="capture-list">
        {shown.map((capture) => (
          <CaptureRow key={capture.id} capture={capture} api={api} checked={selected.has(capture.id)} onToggle={() => onToggle(capture.id)} />
        ))}
      </ol>
      {asked < ids.length && (
        <button type="button" onClick={() => more(asked)}>
          {t('evidence_show_more')}
        </button>
      )}
    </div>
  );
}
