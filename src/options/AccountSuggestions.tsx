import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { PersonRecord } from '../shared/workspace-types';
import { accountLabel, personLabel } from '../workspace/people-labels';
import type { PersonDraft } from '../workspace/people-clean';
import { type AccountSuggestion, renamedAccount } from '../workspace/people-suggestions';

type Save = (draft: PersonDraft & { id?: string }) => Promise<void>;

/** The draft a suggestion becomes when the person accepts it. */
function accepted(suggestion: AccountSuggestion, caseId: string, people: readonly PersonRecord[]): (PersonDraft & { id?: string }) | undefined {
  if (suggestion.kind === 'new') {
    return { caseId, role: 'perpetrator', name: suggestion.name ?? '', accounts: [suggestion.account], captureIds: suggestion.captureIds };
  }
  const person = people.find((candidate) => candidate.id === suggestion.personId);
  if (!person) return undefined;
  const { id, createdAt: _created, updatedAt: _updated, ...rest } = person;
  const captureIds = [...new Set([...person.captureIds, ...suggestion.captureIds])];
  const accounts =
    suggestion.kind === 'renamed'
      ? person.accounts.map((account, index) => (index === suggestion.accountIndex ? renamedAccount(account, suggestion.to) : account))
      : person.accounts;
  return { ...rest, id, accounts, captureIds };
}

function Wording({ suggestion, people }: { suggestion: AccountSuggestion; people: readonly PersonRecord[] }) {
  if (suggestion.kind === 'renamed') return <>{t('people_suggest_renamed', { from: suggestion.from, to: suggestion.to })}</>;
  if (suggestion.kind === 'link') {
    const person = people.find((candidate) => candidate.id === suggestion.personId);
    return <>{t('people_suggest_link', { name: person ? personLabel(person) : '', count: suggestion.captureIds.length })}</>;
  }
  return (
    <>
      <strong>{accountLabel(suggestion.account)}</strong>
      {suggestion.name ? ` · ${suggestion.name}` : ''} · {t('people_captures_count', { count: suggestion.captureIds.length })}
    </>
  );
}

const ACTION = { new: 'people_suggest_add', renamed: 'people_suggest_update', link: 'people_suggest_link_button' } as const;

/** "Add this account": the authors the case's captures name, offered, never added without a click. */
export function AccountSuggestions({
  suggestions,
  people,
  caseId,
  onSave,
}: {
  suggestions: AccountSuggestion[];
  people: readonly PersonRecord[];
  caseId: string;
  onSave: Save;
}) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const shown = suggestions.filter((suggestion) => !hidden.has(suggestion.key));
  if (shown.length === 0) return null;
  async function accept(suggestion: AccountSuggestion) {
    const draft = accepted(suggestion, caseId, people);
    if (!draft) return;
    try {
      setError(null);
      await onSave(draft);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }
  return (
    <section aria-labelledby="people-suggestions-heading" class="people-suggestions">
      <h3 id="people-suggestions-heading">{t('people_suggestions_title')}</h3>
      <p class="muted">{t('people_suggestions_intro')}</p>
      <ul>
        {shown.map((suggestion) => (
          <li key={suggestion.key} data-testid="account-suggestion" data-kind={suggestion.kind}>
            <Wording suggestion={suggestion} people={people} />{' '}
            <button type="button" onClick={() => void accept(suggestion)}>
              {t(ACTION[suggestion.kind])}
            </button>{' '}
            <button type="button" onClick={() => setHidden(new Set([...hidden, suggestion.key]))}>
              {t('people_suggest_not_now')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
