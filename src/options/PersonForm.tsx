import { useState } from 'preact/hooks';
import { platforms } from '../platforms';
import { t } from '../shared/i18n';
import type { PersonAccount, PersonRecord, PersonRole } from '../shared/workspace-types';
import type { PersonDraft } from '../workspace/people-clean';

/** An account as typed: addresses one a line until saved. */
interface AccountFields {
  platform: string;
  handle: string;
  stableId: string;
  urls: string;
  formerHandles: string[];
}

const toFields = (account: PersonAccount): AccountFields => ({
  platform: account.platform,
  handle: account.handle ?? '',
  stableId: account.stableId ?? '',
  urls: account.urls.join('\n'),
  formerHandles: account.formerHandles ?? [],
});

const EMPTY_ACCOUNT: AccountFields = { platform: 'other', handle: '', stableId: '', urls: '', formerHandles: [] };

function toAccount(fields: AccountFields): PersonAccount {
  return {
    platform: fields.platform,
    handle: fields.handle,
    stableId: fields.stableId,
    urls: fields.urls.split('\n'),
    ...(fields.formerHandles.length > 0 && { formerHandles: fields.formerHandles }),
  };
}

const ROLE_LABEL = { perpetrator: 'people_role_perpetrator', affected: 'people_role_affected', ally: 'people_role_ally' } as const;

/** Adds or edits one person; the worker trims and checks what was typed (src/workspace/people-clean.ts). */
export function PersonForm({
  caseId,
  person,
  role,
  onSave,
  onCancel,
}: {
  caseId: string;
  person?: PersonRecord;
  role: PersonRole;
  onSave: (draft: PersonDraft & { id?: string }) => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(person?.name ?? '');
  const [chosenRole, setRole] = useState<PersonRole>(person?.role ?? role);
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [accounts, setAccounts] = useState<AccountFields[]>(() => (person?.accounts.length ? person.accounts.map(toFields) : [{ ...EMPTY_ACCOUNT }]));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = person ? `person-${person.id}` : `person-new-${role}`;
  const change = (index: number, patch: Partial<AccountFields>) =>
    setAccounts(accounts.map((account, i) => (i === index ? { ...account, ...patch } : account)));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({
        ...(person && { id: person.id }),
        caseId,
        role: chosenRole,
        name,
        notes,
        accounts: accounts.map(toAccount),
        captureIds: person?.captureIds ?? [],
      });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="person-form" onSubmit={submit} data-testid="person-form">
      <label for={`${prefix}-name`}>{t('people_field_name')}</label>
      <input id={`${prefix}-name`} value={name} maxLength={500} onInput={(event) => setName(event.currentTarget.value)} />
      <label for={`${prefix}-role`}>{t('people_field_role')}</label>
      <select id={`${prefix}-role`} value={chosenRole} onChange={(event) => setRole(event.currentTarget.value as PersonRole)}>
        {(['perpetrator', 'affected', 'ally'] as const).map((value) => (
          <option key={value} value={value}>
            {t(ROLE_LABEL[value])}
          </option>
        ))}
      </select>
      {accounts.map((account, index) => (
        <fieldset key={index} class="person-account">
          <legend>{t('people_account_legend', { number: index + 1 })}</legend>
          <label for={`${prefix}-platform-${index}`}>{t('people_field_platform')}</label>
          <select id={`${prefix}-platform-${index}`} value={account.platform} onChange={(event) => change(index, { platform: event.currentTarget.value })}>
            {platforms.map((platform) => (
              <option key={platform.id} value={platform.id}>
                {platform.name}
              </option>
            ))}
            <option value="other">{t('people_platform_other')}</option>
          </select>
          <label for={`${prefix}-handle-${index}`}>{t('people_field_handle')}</label>
          <input
            id={`${prefix}-handle-${index}`}
            value={account.handle}
            maxLength={200}
            onInput={(event) => change(index, { handle: event.currentTarget.value })}
          />
          <label for={`${prefix}-stable-${index}`}>{t('people_field_stable_id')}</label>
          <input
            id={`${prefix}-stable-${index}`}
            aria-describedby={`${prefix}-stable-${index}-hint`}
            value={account.stableId}
            maxLength={200}
            onInput={(event) => change(index, { stableId: event.currentTarget.value })}
          />
          <p class="hint muted" id={`${prefix}-stable-${index}-hint`}>
            {t('people_stable_id_hint')}
          </p>
          <label for={`${prefix}-urls-${index}`}>{t('people_field_urls')}</label>
          <textarea id={`${prefix}-urls-${index}`} rows={2} value={account.urls} onInput={(event) => change(index, { urls: event.currentTarget.value })} />
          <button type="button" onClick={() => setAccounts(accounts.filter((_, i) => i !== index))}>
            {t('people_remove_account', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setAccounts([...accounts, { ...EMPTY_ACCOUNT }])}>
        {t('people_add_account')}
      </button>
      <label for={`${prefix}-notes`}>{t('people_field_notes')}</label>
      <textarea id={`${prefix}-notes`} rows={3} value={notes} onInput={(event) => setNotes(event.currentTarget.value)} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('people_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('people_cancel')}
        </button>
      </div>
    </form>
  );
}
