import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaptureRecord, CaseRecord, IncidentRecord } from '../shared/types';
import type { PersonRecord } from '../shared/workspace-types';
import type { IncidentFields } from '../workspace/incident-check';
import { filterIncidents, type IncidentFilter, type IncidentOrder, platformsInLog, sortIncidents } from '../workspace/incident-filter';
import { platformName } from '../workspace/incident-auto';
import { personLabel } from '../workspace/people-labels';
import type { OptionsApi } from './api';
import { IncidentEntryItem } from './IncidentEntryItem';
import { IncidentForm } from './IncidentForm';
import { STATUS_KEYS } from './incident-words';

type Editing = { id?: string } | null;

/** The incident log: what happened, when and who, beside the evidence; Preserve adds entries for captures and requests. */
export function IncidentLogView({ api, caseRecord, readOnly }: { api: OptionsApi; caseRecord: CaseRecord; readOnly: boolean }) {
  const [entries, setEntries] = useState<IncidentRecord[] | null>(null);
  const [captures, setCaptures] = useState<CaptureRecord[]>([]);
  const [people, setPeople] = useState<PersonRecord[]>([]);
  const [filter, setFilter] = useState<IncidentFilter>({ status: '', platform: '', text: '' });
  const [order, setOrder] = useState<IncidentOrder>('newest');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const caseId = caseRecord.id;

  const [numbers, setNumbers] = useState<ReadonlyMap<string, number>>(new Map());
  const reload = async () => {
    const found = await api.incidents(caseId);
    setEntries(found);
    // Labels need only each linked capture's number, which is read without opening a capture.
    void api
      .captureNumbers(
        caseId,
        found.flatMap((entry) => entry.captureIds),
      )
      .then(setNumbers, () => undefined);
  };
  useEffect(() => {
    void reload().catch((failure: Error) => setError(t('incidents_load_failed', { reason: failure.message })));
    // Captures and people only label links and fill the pickers: the log shows without them.
    void api.incidentCaptures(caseId, []).then(setCaptures, () => undefined);
    void api.people(caseId).then(setPeople, () => undefined);
  }, [caseId]);
  // An older entry may link captures below the picker's newest ones: those are read when it is edited.
  const editedLinks = entries?.find((entry) => entry.id === editing?.id)?.captureIds ?? [];
  const missing = editedLinks.filter((id) => !captures.some((capture) => capture.id === id));
  useEffect(() => {
    if (missing.length) void api.incidentCaptures(caseId, missing).then(setCaptures, () => undefined);
  }, [missing.join(' ')]);

  const save = async (fields: IncidentFields & { id?: string }) => {
    await api.saveIncident(fields);
    setEditing(null);
    setMessage(t('incidents_saved'));
    await reload();
  };
  const remove = async (id: string) => {
    setConfirming(null);
    try {
      await api.deleteIncident(id);
      setMessage(t('incidents_deleted'));
      await reload();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const captureNumbers = new Map([...numbers, ...captures.map((capture) => [capture.id, capture.seq] as const)]);
  const personNames = new Map(people.map((person) => [person.id, personLabel(person)]));
  const shown = entries ? sortIncidents(filterIncidents(entries, filter), order) : [];
  const form = (entry?: IncidentRecord) => (
    <IncidentForm
      key={entry?.id ?? 'new'}
      caseId={caseId}
      {...(entry && { entry })}
      captures={captures}
      people={people}
      onSave={save}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section aria-labelledby="view-heading" class="incident-log">
      <h2 id="view-heading">{t('incidents_title')}</h2>
      <p class="muted">{t('incidents_intro')}</p>
      {readOnly && <p class="notice">{t('incidents_read_only')}</p>}
      <p role="status" class="status">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!readOnly &&
        (editing && editing.id === undefined ? (
          form()
        ) : (
          <button type="button" onClick={() => setEditing({})}>
            {t('incidents_add')}
          </button>
        ))}
      {entries === null ? (
        <p class="muted">{t('incidents_loading')}</p>
      ) : (
        <>
          <section aria-labelledby="incident-filter-heading" class="incident-filter">
            <h3 id="incident-filter-heading">{t('incidents_filter_heading')}</h3>
            <label>
              {t('incidents_filter_status')}{' '}
              <select value={filter.status} onChange={(event) => setFilter({ ...filter, status: event.currentTarget.value as IncidentFilter['status'] })}>
                <option value="">{t('incidents_filter_status_all')}</option>
                {Object.entries(STATUS_KEYS).map(([value, key]) => (
                  <option key={value} value={value}>
                    {t(key)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {t('incidents_filter_platform')}{' '}
              <select value={filter.platform} onChange={(event) => setFilter({ ...filter, platform: event.currentTarget.value })}>
                <option value="">{t('incidents_filter_platform_all')}</option>
                {platformsInLog(entries).map((id) => (
                  <option key={id} value={id}>
                    {platformName(id) ?? id}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {t('incidents_filter_text')}{' '}
              <input type="search" value={filter.text} onInput={(event) => setFilter({ ...filter, text: event.currentTarget.value })} />
            </label>{' '}
            <label>
              {t('incidents_order')}{' '}
              <select value={order} onChange={(event) => setOrder(event.currentTarget.value as IncidentOrder)}>
                <option value="newest">{t('incidents_order_newest')}</option>
                <option value="oldest">{t('incidents_order_oldest')}</option>
              </select>
            </label>
          </section>
          <p class="muted" data-testid="incident-count">
            {t('incidents_count', { shown: shown.length, total: entries.length })}
          </p>
          {entries.length === 0 && <p class="empty">{t('incidents_empty')}</p>}
          {entries.length > 0 && shown.length === 0 && <p class="empty">{t('incidents_no_match')}</p>}
          <ol class="incident-list">
            {shown.map((entry) =>
              editing?.id === entry.id ? (
                <li key={entry.id}>{form(entry)}</li>
              ) : (
                <IncidentEntryItem
                  key={entry.id}
                  entry={entry}
                  captureNumbers={captureNumbers}
                  personNames={personNames}
                  readOnly={readOnly}
                  confirming={confirming === entry.id}
                  onEdit={() => setEditing({ id: entry.id })}
                  onDelete={() => setConfirming(entry.id)}
                  onConfirmDelete={() => void remove(entry.id)}
                  onCancelDelete={() => setConfirming(null)}
                />
              ),
            )}
          </ol>
        </>
      )}
    </section>
  );
}
