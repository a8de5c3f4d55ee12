import { type ComponentChildren, Fragment } from 'preact';
import { t } from '../shared/i18n';
import type { IncidentRecord } from '../shared/types';
import { platformName } from '../workspace/incident-auto';
import { formatDateTime } from '../ui/format-date';
import { SOURCE_KEYS, STATUS_KEYS } from './incident-words';

interface Props {
  entry: IncidentRecord;
  captureNumbers: ReadonlyMap<string, number>;
  personNames: ReadonlyMap<string, string>;
  readOnly: boolean;
  confirming: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
}

/** One entry with every field it has; only the fields filled in are shown. */
export function IncidentEntryItem({ entry, captureNumbers, personNames, readOnly, confirming, onEdit, onDelete, onConfirmDelete, onCancelDelete }: Props) {
  const headingId = `incident-${entry.id}-heading`;
  const rows: [string, ComponentChildren][] = [];
  const add = (label: string, value: ComponentChildren | undefined) => {
    if (value !== undefined && value !== '') rows.push([label, value]);
  };
  add(t('incidents_label_details'), entry.details);
  add(
    t('incidents_label_captures'),
    entry.captureIds.length > 0
      ? entry.captureIds.map((id, index) => (
          <span key={id}>
            {index > 0 && ', '}
            <a href={`#capture/${id}`}>{captureNumbers.has(id) ? t('incidents_capture_link', { number: captureNumbers.get(id)! }) : id}</a>
          </span>
        ))
      : undefined,
  );
  add(t('incidents_label_suspected'), entry.suspectedBy);
  add(t('incidents_label_people'), entry.personIds?.map((id) => personNames.get(id) ?? id).join(', '));
  add(t('incidents_label_suspect_evidence'), entry.suspectEvidence);
  add(t('incidents_label_evidence_needed'), entry.evidenceNeeded);
  add(t('incidents_label_context'), entry.context);
  add(t('incidents_label_platform'), entry.platform && (platformName(entry.platform) ?? entry.platform));
  add(t('incidents_label_status'), t(STATUS_KEYS[entry.status]));
  add(t('incidents_label_source'), t(SOURCE_KEYS[entry.source]));
  return (
    <li class="incident-entry" data-testid="incident-entry" data-source={entry.source} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> · {entry.summary}
      </h3>
      <dl class="facts">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd class="written">{value}</dd>
          </Fragment>
        ))}
      </dl>
      {entry.updatedAt && <p class="muted">{t('incidents_updated', { when: formatDateTime(entry.updatedAt) })}</p>}
      {!readOnly &&
        (confirming ? (
          <div class="actions">
            <p role="alert">{t('incidents_delete_confirm')}</p>
            <button type="button" onClick={onConfirmDelete}>
              {t('incidents_delete_yes')}
            </button>
            <button type="button" onClick={onCancelDelete}>
              {t('incidents_delete_no')}
            </button>
          </div>
        ) : (
          <div class="actions">
            <button type="button" aria-label={t('incidents_edit_named', { summary: entry.summary })} onClick={onEdit}>
              {t('incidents_edit')}
            </button>
            <button type="button" aria-label={t('incidents_delete_named', { summary: entry.summary })} onClick={onDelete}>
              {t('incidents_delete')}
            </button>
          </div>
        ))}
    </li>
  );
}
