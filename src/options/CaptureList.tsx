import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaptureRecord, CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';
import { CaptureRow } from './CaptureRow';
import { EvidenceSearchForm } from './EvidenceSearchForm';
import { SearchResults } from './SearchResults';
import { type EvidenceSearch, useEvidenceSearch } from './use-evidence-search';

const PAGE_SIZE = 50;

interface Props {
  api: OptionsApi;
  caseRecord: CaseRecord;
  selected: ReadonlySet<string>;
  onToggle: (captureId: string) => void;
}

/**
 * The case's captures, newest first, 50 at a time, with search above them. First paint reads
 * only the newest page by index (nothing is counted or read whole); thumbnails follow as rows
 * come into view.
 */
export function CaptureList({ api, caseRecord, selected, onToggle }: Props) {
  const [captures, setCaptures] = useState<CaptureRecord[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const search = useEvidenceSearch(api, caseRecord.id);

  // One row past the page says whether there is more, without counting the case.
  const read = (offset: number) => api.listCaptures(caseRecord.id, PAGE_SIZE + 1, offset);
  /*
   * The first page is asked for while rendering, not in an effect: effects run after every panel
   * above the list has started its own reads (the tracker reads the whole case), and the newest
   * 50 rows, opened first, are what the person is waiting for.
   */
  const [firstPage] = useState(() => {
    const page = read(0);
    page.catch(() => undefined); // handled in show()
    return page;
  });
  async function show(page: Promise<CaptureRecord[]>, offset: number) {
    try {
      const rows = await page;
      setHasMore(rows.length > PAGE_SIZE);
      setCaptures((previous) => [...(offset ? (previous ?? []) : []), ...rows.slice(0, PAGE_SIZE)]);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  useEffect(() => void show(firstPage, 0), []);

  if (error)
    return (
      <p class="error" role="alert">
        {t('evidence_list_error', { error })}
      </p>
    );
  if (!captures) return <p class="muted">{t('evidence_list_loading')}</p>;
  if (!captures.length) return <p class="empty">{t('evidence_empty')}</p>;
  return (
    <section aria-label={t('evidence_list_heading')}>
      <h2>
        {t('evidence_list_heading')} <span class="muted">({caseRecord.captureCount})</span>
      </h2>
      <EvidenceSearchForm search={search} />
      <SearchStatus search={search} />
      {search.matches ? (
        <SearchResults
          key={JSON.stringify(search.matches.form)}
          api={api}
          ids={search.matches.ids}
          words={search.matches.form.words}
          selected={selected}
          onToggle={onToggle}
        />
      ) : (
        <>
          <ol class="capture-list">
            {captures.map((capture) => (
              <CaptureRow key={capture.id} capture={capture} api={api} checked={selected.has(capture.id)} onToggle={() => onToggle(capture.id)} />
            ))}
          </ol>
          {hasMore && (
            <button type="button" onClick={() => show(read(captures.length), captures.length)}>
              {t('evidence_show_more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** One calm line under the search box, read out by screen readers as it changes. */
function SearchStatus({ search }: { search: EvidenceSearch }) {
  const { error, progress, matches } = search;
  const text = error
    ? t('evidence_search_error', { error })
    : progress
      ? t('evidence_search_preparing', { read: progress.read.toLocaleString(), total: progress.total.toLocaleString() })
      : matches
        ? matches.ids.length
          ? t('evidence_search_results', { count: matches.ids.length })
          : t('evidence_search_none')
        : '';
  return (
    <p class="muted" role="status" data-testid="search-status">
      {text}
    </p>
  );
}
