import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaptureDigest } from '../shared/capture-digest';
import type { CaseRecord } from '../shared/types';
import type { PersonRecord, PersonRole } from '../shared/workspace-types';
import type { PersonDraft } from '../workspace/people-clean';
import { personLabel, platformLabel } from '../workspace/people-labels';
import { accountSuggestions } from '../workspace/people-suggestions';
import { AccountSuggestions } from './AccountSuggestions';
import type { OptionsApi } from './api';
import { PersonForm } from './PersonForm';

const GROUPS = [
  { role: 'perpetrator', title: 'people_group_perpetrator', intro: 'people_group_perpetrator_intro', add: 'people_add_perpetrator' },
  { role: 'affected', title: 'people_group_affected', intro: 'people_group_affected_intro', add: 'people_add_affected' },
  { role: 'ally', title: 'people_group_ally', intro: 'people_group_ally_intro', add: 'people_add_ally' },
] as const;

type Editing = { role: PersonRole; person?: PersonRecord } | null;

function PersonCard({
  person,
  captureNumbers,
  readOnly,
  onEdit,
  onDelete,
}: {
  person: PersonRecord;
  captureNumbers: ReadonlyMap<string, number>;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const label = personLabel(person);
  const linked = person.captureIds.filter((id) => captureNumbers.has(id));
  return (
    <article class="person" data-testid="person" data-role={person.role}>
      <h4>{label}</h4>
      {person.accounts.length > 0 && (
        <ul class="accounts">
          {person.accounts.map((account, index) => (
            <li key={index} data-testid="person-account">
              {account.platform === 'other' ? t('people_platform_other') : platformLabel(account.platform)}
              {account.handle && <> · {account.handle}</>}
              {account.stableId && <> · {t('people_stable_id_value', { id: account.stableId })}</>}
              {account.formerHandles?.length ? <> · {t('people_former_handles', { handles: account.formerHandles.join(', ') })}</> : null}
              {account.urls.map((url) => (
                <span key={url} class="url">
                  {' · '}
                  <code>{url}</code>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {person.notes && <p class="notes">{person.notes}</p>}
      {linked.length > 0 && (
        <p data-testid="person-captures">
          {t('people_linked_captures')}{' '}
          {linked.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <a href={`#capture/${id}`}>{t('people_capture_number', { number: captureNumbers.get(id)! })}</a>
            </span>
          ))}
        </p>
      )}
      {!readOnly && (
        <div class="actions">
          <button type="button" aria-label={t('people_edit_named', { name: label })} onClick={onEdit}>
            {t('people_edit')}
          </button>
          <button type="button" aria-label={t('people_delete_named', { name: label })} onClick={onDelete}>
            {t('people_delete')}
          </button>
        </div>
      )}
    </article>
  );
}

/** People: accounts involved, people affected and trusted allies, beside the evidence (never in it). */
export function PeopleView({ api, caseRecord, readOnly }: { api: OptionsApi; caseRecord: CaseRecord; readOnly: boolean }) {
  const [people, setPeople] = useState<PersonRecord[] | null>(null);
  // Suggestions need every capture's author: they follow the people, who show at once.
  const [captures, setCaptures] = useState<CaptureDigest[]>([]);
  const [captureNumbers, setCaptureNumbers] = useState<ReadonlyMap<string, number>>(new Map());
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    const found = await api.people(caseRecord.id);
    setPeople(found.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)));
    setCaptureNumbers(
      await api.captureNumbers(
        caseRecord.id,
        found.flatMap((person) => person.captureIds),
      ),
    );
  };
  useEffect(() => {
    void reload().catch((failure: Error) => setError(failure.message));
    void api.peopleCaptures(caseRecord.id).then(setCaptures, (failure: Error) => setError(failure.message));
  }, [caseRecord.id]);

  const save = async (draft: PersonDraft & { id?: string }) => {
    await api.savePerson(draft);
    setEditing(null);
    await reload();
  };
  const remove = async (person: PersonRecord) => {
    if (!confirm(t('people_delete_confirm', { name: personLabel(person) }))) return;
    try {
      await api.deletePerson(person.id);
      await reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section aria-labelledby="view-heading" class="people-view">
      <h2 id="view-heading">{t('people_title')}</h2>
      <p class="muted">{t('people_intro')}</p>
      {readOnly && <p class="notice">{t('people_read_only')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {people === null ? (
        <p class="muted">{t('people_loading')}</p>
      ) : (
        <>
          {!readOnly && <AccountSuggestions suggestions={accountSuggestions(captures, people)} people={people} caseId={caseRecord.id} onSave={save} />}
          {GROUPS.map((group) => {
            const members = people.filter((person) => person.role === group.role);
            return (
              <section key={group.role} aria-labelledby={`people-${group.role}-heading`} data-testid={`people-group-${group.role}`}>
                <h3 id={`people-${group.role}-heading`}>{t(group.title)}</h3>
                <p class="muted">{t(group.intro)}</p>
                {members.length === 0 && <p class="empty">{t('people_group_empty')}</p>}
                {members.map((person) =>
                  editing?.person?.id === person.id ? (
                    <PersonForm key={person.id} caseId={caseRecord.id} person={person} role={person.role} onSave={save} onCancel={() => setEditing(null)} />
                  ) : (
                    <PersonCard
                      key={person.id}
                      person={person}
                      captureNumbers={captureNumbers}
                      readOnly={readOnly}
                      onEdit={() => setEditing({ role: person.role, person })}
                      onDelete={() => void remove(person)}
                    />
                  ),
                )}
                {!readOnly &&
                  (editing && !editing.person && editing.role === group.role ? (
                    <PersonForm caseId={caseRecord.id} role={group.role} onSave={save} onCancel={() => setEditing(null)} />
                  ) : (
                    <button type="button" onClick={() => setEditing({ role: group.role })}>
                      {t(group.add)}
                    </button>
                  ))}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
