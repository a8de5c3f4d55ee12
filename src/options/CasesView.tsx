import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';
import { DeleteCasePanel } from './DeleteCasePanel';
import { formatDateTime } from './format';

interface Props {
  api: OptionsApi;
  cases: CaseRecord[];
  onCasesChanged: () => void;
}

/** The list of cases: start one, pick where new captures go, rename, archive, delete. */
export function CasesView({ api, cases, onCasesChanged }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CaseRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const loadActive = () => void api.activeCaseId().then(setActive);
  useEffect(loadActive, [cases]);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await action();
      onCasesChanged();
      loadActive();
    } catch (failure) {
      setError(t('cases_failed', { message: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  const open = cases.filter((c) => !c.archivedAt);
  const archived = cases.filter((c) => c.archivedAt);
  const rowProps = { api, active, busy, run, onDelete: setDeleting };
  return (
    <section aria-labelledby="view-heading" class="cases-view">
      <h2 id="view-heading">{t('cases_title')}</h2>
      <p class="muted">{t('cases_intro')}</p>
      <NewCaseForm busy={busy} onCreate={(title) => run(() => api.createCase(title))} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {status && (
        <p role="status" class="ok">
          {status}
        </p>
      )}
      {deleting && (
        <DeleteCasePanel
          api={api}
          caseRecord={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setStatus(t('cases_delete_done', { name: deleting.title }));
            setDeleting(null);
            onCasesChanged();
            loadActive();
          }}
        />
      )}
      <h3>{t('cases_open_heading')}</h3>
      <CaseTable cases={open} {...rowProps} />
      {archived.length > 0 && (
        <>
          <h3>{t('cases_archived_heading')}</h3>
          <p class="muted">{t('cases_archived_intro')}</p>
          <CaseTable cases={archived} {...rowProps} />
        </>
      )}
    </section>
  );
}

function NewCaseForm({ busy, onCreate }: { busy: boolean; onCreate: (title: string) => Promise<void> }) {
  const [title, setTitle] = useState('');
  return (
    <form
      class="panel new-case"
      onSubmit={(event) => {
        event.preventDefault();
        void onCreate(title).then(() => setTitle(''));
      }}
    >
      <h3>{t('cases_new_heading')}</h3>
      <label>
        {t('cases_new_label')} <input type="text" name="case-title" value={title} maxLength={200} onInput={(event) => setTitle(event.currentTarget.value)} />
      </label>{' '}
      <button type="submit" disabled={busy || !title.trim()}>
        {t('cases_create')}
      </button>
    </form>
  );
}

interface TableProps {
  cases: CaseRecord[];
  api: OptionsApi;
  active: string | null;
  busy: boolean;
  run: (action: () => Promise<unknown>) => Promise<void>;
  onDelete: (caseRecord: CaseRecord) => void;
}

function CaseTable({ cases, ...rest }: TableProps) {
  return (
    <table class="cases">
      <thead>
        <tr>
          <th scope="col">{t('cases_col_name')}</th>
          <th scope="col">{t('cases_col_captures')}</th>
          <th scope="col">{t('cases_col_created')}</th>
          <th scope="col">{t('cases_col_actions')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((caseRecord) => (
          <CaseRow key={caseRecord.id} caseRecord={caseRecord} {...rest} />
        ))}
      </tbody>
    </table>
  );
}

function CaseRow({ caseRecord, api, active, busy, run, onDelete }: Omit<TableProps, 'cases'> & { caseRecord: CaseRecord }) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(caseRecord.title);
  const isActive = caseRecord.id === active;
  const editable = !caseRecord.imported;
  return (
    <tr data-case-id={caseRecord.id}>
      <th scope="row">
        {renaming ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => api.renameCase(caseRecord.id, title)).then(() => setRenaming(false));
            }}
          >
            <label>
              {t('cases_rename_label', { name: caseRecord.title })}{' '}
              <input type="text" name="rename" value={title} maxLength={200} onInput={(event) => setTitle(event.currentTarget.value)} />
            </label>{' '}
            <button type="submit" disabled={busy || !title.trim()}>
              {t('cases_save_name')}
            </button>{' '}
            <button type="button" onClick={() => setRenaming(false)}>
              {t('cases_cancel')}
            </button>
          </form>
        ) : (
          <a href={`#case/${caseRecord.id}`}>{caseRecord.title}</a>
        )}
        {isActive && <span class="badge"> {t('cases_active_badge')}</span>}
        {caseRecord.imported && <span class="muted small"> {t('cases_imported')}</span>}
      </th>
      <td>{caseRecord.captureCount}</td>
      <td>
        <time dateTime={caseRecord.createdAt}>{formatDateTime(caseRecord.createdAt)}</time>
      </td>
      <td class="actions">
        {editable && !caseRecord.archivedAt && !isActive && (
          <button type="button" disabled={busy} onClick={() => void run(() => api.setActiveCase(caseRecord.id))}>
            {t('cases_make_active')}
          </button>
        )}
        {editable && !renaming && (
          <button type="button" disabled={busy} onClick={() => setRenaming(true)}>
            {t('cases_rename')}
          </button>
        )}
        {editable && (
          <button type="button" disabled={busy} onClick={() => void run(() => api.archiveCase(caseRecord.id, !caseRecord.archivedAt))}>
            {caseRecord.archivedAt ? t('cases_unarchive') : t('cases_archive')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => onDelete(caseRecord)}>
          {t('cases_delete')}
        </button>
      </td>
    </tr>
  );
}
