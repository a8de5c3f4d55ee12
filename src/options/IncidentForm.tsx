import { useState } from 'preact/hooks';
import { platforms } from '../platforms';
import { t } from '../shared/i18n';
import type { CaptureRecord, IncidentRecord } from '../shared/types';
import type { IncidentStatus, PersonRecord } from '../shared/workspace-types';
import { type IncidentFields, INCIDENT_STATUSES } from '../workspace/incident-check';
import { fromLocalInput, toLocalInput } from '../workspace/incident-time';
import { personLabel } from '../workspace/people-labels';
import { PICKER_LIMIT } from './incident-picker';
import { captureLabel, STATUS_KEYS } from './incident-words';

interface Props {
  caseId: string;
  entry?: IncidentRecord;
  captures: readonly CaptureRecord[];
  people: readonly PersonRecord[];
  onSave: (fields: IncidentFields & { id?: string }) => Promise<void>;
  onCancel: () => void;
}

/** Adding or changing one entry: every field the guides ask for, each with its own visible label. */
export function IncidentForm({ caseId, entry, captures, people, onSave, onCancel }: Props) {
  const [occurred, setOccurred] = useState(toLocalInput(entry?.occurredAt ?? new Date().toISOString()));
  const [summary, setSummary] = useState(entry?.summary ?? '');
  const [details, setDetails] = useState(entry?.details ?? '');
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set(entry?.captureIds ?? []));
  const [suspectedBy, setSuspectedBy] = useState(entry?.suspectedBy ?? '');
  const [personId, setPersonId] = useState(entry?.personIds?.[0] ?? '');
  const [suspectEvidence, setSuspectEvidence] = useState(entry?.suspectEvidence ?? '');
  const [evidenceNeeded, setEvidenceNeeded] = useState(entry?.evidenceNeeded ?? '');
  const [context, setContext] = useState(entry?.context ?? '');
  const [platform, setPlatform] = useState(entry?.platform ?? '');
  const [status, setStatus] = useState<IncidentStatus>(entry?.status ?? 'open');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prefix = entry ? `incident-${entry.id}` : 'incident-new';
  const shown = [...captures].sort((a, b) => b.seq - a.seq).filter((capture, index) => index < PICKER_LIMIT || linked.has(capture.id));
  const knownPlatform = platform === '' || platforms.some((p) => p.id === platform);

  const toggle = (id: string) => {
    const next = new Set(linked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setLinked(next);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const occurredAt = fromLocalInput(occurred);
    if (!occurredAt) return setError(t('incidents_error_bad_date'));
    if (!summary.trim()) return setError(t('incidents_error_no_summary'));
    setBusy(true);
    setError(null);
    try {
      await onSave({
        ...(entry && { id: entry.id }),
        caseId,
        occurredAt,
        summary,
        details,
        captureIds: [...linked],
        suspectedBy,
        suspectEvidence,
        evidenceNeeded,
        context,
        platform,
        status,
        personIds: personId ? [personId] : [],
        ...(entry?.requestIds && { requestIds: entry.requestIds }),
      });
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };
  const text = (id: string, label: string, value: string, set: (value: string) => void, long = true) => (
    <p class="field">
      <label for={`${prefix}-${id}`}>{label}</label>
      {long ? (
        <textarea id={`${prefix}-${id}`} rows={3} value={value} onInput={(event) => set(event.currentTarget.value)} />
      ) : (
        <input id={`${prefix}-${id}`} type="text" value={value} onInput={(event) => set(event.currentTarget.value)} />
      )}
    </p>
  );

  return (
    <form class="incident-form" aria-labelledby={`${prefix}-heading`} onSubmit={(event) => void submit(event)} data-testid="incident-form">
      <h3 id={`${prefix}-heading`}>{t(entry ? 'incidents_form_edit_heading' : 'incidents_form_add_heading')}</h3>
      <p class="field">
        <label for={`${prefix}-occurred`}>{t('incidents_field_occurred')}</label>
        <input id={`${prefix}-occurred`} type="datetime-local" required value={occurred} onInput={(event) => setOccurred(event.currentTarget.value)} />
      </p>
      {text('summary', t('incidents_field_summary'), summary, setSummary, false)}
      {text('details', t('incidents_field_details'), details, setDetails)}
      <fieldset class="incident-captures">
        <legend>{t('incidents_field_captures')}</legend>
        {shown.length === 0 ? (
          <p class="muted">{t('incidents_field_captures_none')}</p>
        ) : (
          <>
            <p class="muted">{t('incidents_field_captures_hint')}</p>
            {shown.map((capture) => (
              <label key={capture.id} class="check">
                <input type="checkbox" checked={linked.has(capture.id)} onChange={() => toggle(capture.id)} />{' '}
                {t('incidents_capture_option', { number: capture.seq, label: captureLabel(capture) })}
              </label>
            ))}
          </>
        )}
      </fieldset>
      {text('suspected', t('incidents_field_suspected'), suspectedBy, setSuspectedBy, false)}
      {people.length > 0 && (
        <p class="field">
          <label for={`${prefix}-person`}>{t('incidents_field_person')}</label>
          <select id={`${prefix}-person`} value={personId} onChange={(event) => setPersonId(event.currentTarget.value)}>
            <option value="">{t('incidents_field_person_none')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {personLabel(person)}
              </option>
            ))}
          </select>
        </p>
      )}
      {text('suspect-evidence', t('incidents_field_suspect_evidence'), suspectEvidence, setSuspectEvidence)}
      {text('evidence-needed', t('incidents_field_evidence_needed'), evidenceNeeded, setEvidenceNeeded)}
      {text('context', t('incidents_field_context'), context, setContext)}
      <p class="field">
        <label for={`${prefix}-platform`}>{t('incidents_field_platform')}</label>
        <select id={`${prefix}-platform`} value={platform} onChange={(event) => setPlatform(event.currentTarget.value)}>
          <option value="">{t('incidents_field_platform_none')}</option>
          {!knownPlatform && <option value={platform}>{platform}</option>}
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for={`${prefix}-status`}>{t('incidents_field_status')}</label>
        <select id={`${prefix}-status`} value={status} onChange={(event) => setStatus(event.currentTarget.value as IncidentStatus)}>
          {INCIDENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(STATUS_KEYS[value])}
            </option>
          ))}
        </select>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('incidents_saving') : t('incidents_save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('incidents_cancel')}
        </button>
      </div>
    </form>
  );
}
