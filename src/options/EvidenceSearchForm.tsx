import { useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SEARCH_FIELDS, type SearchField } from '../workspace/search-index';
import { EMPTY_SEARCH, type EvidenceSearch } from './use-evidence-search';

const FIELD_LABELS = {
  all: 'evidence_search_field_all',
  url: 'evidence_search_field_url',
  platform: 'evidence_search_field_platform',
  person: 'evidence_search_field_person',
  text: 'evidence_search_field_text',
} as const satisfies Record<SearchField, string>;

/** The search box above the evidence list: words, where to look for them, and a range of days. */
export function EvidenceSearchForm({ search }: { search: EvidenceSearch }) {
  const words = useRef<HTMLInputElement>(null);
  const { form } = search;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const searching = JSON.stringify({ ...form, field: 'all' }) !== JSON.stringify(EMPTY_SEARCH);
  return (
    <search aria-label={t('evidence_search_label')} class="evidence-search" onFocusIn={search.prepare}>
      <form onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('evidence_search_words')}{' '}
          <input
            ref={words}
            type="search"
            value={form.words}
            aria-describedby="evidence-search-hint"
            onInput={(event) => search.update({ words: value(event) })}
          />
        </label>
        <label>
          {t('evidence_search_field')}{' '}
          <select value={form.field} onChange={(event) => search.update({ field: value(event) as SearchField })}>
            {SEARCH_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(FIELD_LABELS[field])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evidence_search_from')} <input type="date" value={form.from} onInput={(event) => search.update({ from: value(event) })} />
        </label>
        <label>
          {t('evidence_search_to')} <input type="date" value={form.to} onInput={(event) => search.update({ to: value(event) })} />
        </label>
        {searching && (
          <button
            type="button"
            onClick={() => {
              search.clear();
              words.current?.focus();
            }}
          >
            {t('evidence_search_clear')}
          </button>
        )}
        <p id="evidence-search-hint" class="muted small">
          {t('evidence_search_hint')}
        </p>
      </form>
    </search>
  );
}
