import { toCsv } from './csv';
import type { BundleSummary } from './types';

const LEFT_OUT = '(left out of the platform copy)';

/**
 * incident-log.csv: one row per entry with every field, for a spreadsheet or a lawyer's system.
 * Captures are named by their folder in this bundle (and id), so each row leads to its files.
 */
export function incidentLogCsv(summary: BundleSummary): string {
  const folders = new Map(summary.captures.map((capture) => [capture.record.id, capture.folder]));
  const names = new Map((summary.people?.people ?? []).map((person) => [person.id, person.name]));
  const platform = summary.copy === 'platform';
  const written = (value: string | undefined) => (platform ? LEFT_OUT : value);
  const header = [
    'Entry',
    'Entry id',
    'Occurred at',
    'Recorded at',
    'Changed at',
    'Status',
    'Platform',
    'Added by',
    'What happened',
    'Details',
    'Evidence it happened (captures)',
    'Who they think did it',
    'Evidence they did it',
    'Evidence still needed',
    'Handle, address or context',
    'People',
    'Removal requests',
    'Added from',
  ];
  const rows = summary.incidents.map((entry, index) => [
    index + 1,
    entry.id,
    entry.occurredAt,
    entry.recordedAt,
    entry.updatedAt,
    entry.status,
    entry.platform ? (summary.platformName(entry.platform) ?? entry.platform) : '',
    entry.source,
    written(entry.summary),
    written(entry.details),
    entry.captureIds.map((id) => (folders.has(id) ? `${folders.get(id)}/ (${id})` : `${id} (not in this bundle)`)).join('\n'),
    written(entry.suspectedBy),
    written(entry.suspectEvidence),
    written(entry.evidenceNeeded),
    written(entry.context),
    platform ? LEFT_OUT : (entry.personIds ?? []).map((id) => names.get(id) ?? id).join('\n'),
    (entry.requestIds ?? []).join('\n'),
    entry.sourceId,
  ]);
  return toCsv(header, rows);
}
