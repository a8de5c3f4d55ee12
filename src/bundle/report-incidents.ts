import type { MessageKey } from '../locales';
import { escapeHtml } from '../shared/escape-html';
import type { IncidentRecord } from '../shared/types';
import type { BundleSummary } from './types';

const STATUS: Record<IncidentRecord['status'], MessageKey> = {
  open: 'incidents_status_open',
  reported: 'incidents_status_reported',
  removed: 'incidents_status_removed',
  closed: 'incidents_status_closed',
};

const SOURCE: Record<IncidentRecord['source'], MessageKey> = {
  person: 'incidents_source_person',
  capture: 'incidents_source_capture',
  request: 'incidents_source_request',
  monitor: 'incidents_source_monitor',
};

/** Keeps the person's line breaks; everything they typed is escaped first. */
const written = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

/**
 * The binder's second part: every entry of the log with all its fields, one block each so an entry
 * is never split across printed pages. Each linked capture points to its own page further on.
 */
export function incidentLogSection(summary: BundleSummary): string {
  const { text } = summary;
  const heading = `<h2>${text('report_incident_log')}</h2>`;
  if (summary.incidents.length === 0) return `<section class="log-section" id="incident-log">${heading}<p>${text('report_no_entries')}</p></section>`;
  const numbers = new Map(summary.captures.map((capture) => [capture.record.id, capture.json.number]));
  const names = new Map((summary.people?.people ?? []).map((person) => [person.id, person.name]));
  const platformCopy = summary.copy === 'platform';
  const entries = summary.incidents.map((entry) => {
    const rows: string[] = [];
    const row = (label: MessageKey, value: string | undefined) => {
      if (value) rows.push(`<tr><th>${text(label)}</th><td>${value}</td></tr>`);
    };
    if (!platformCopy && entry.details) row('incidents_label_details', written(entry.details));
    const captures = entry.captureIds.map((id) => {
      const number = numbers.get(id);
      return number === undefined ? text('incidents_report_not_in_bundle') : `<a href="#capture-${number}">${text('incidents_capture_link', { number })}</a>`;
    });
    row('incidents_label_captures', captures.join(', '));
    if (!platformCopy) {
      row('incidents_label_suspected', entry.suspectedBy && written(entry.suspectedBy));
      row('incidents_label_people', (entry.personIds ?? []).map((id) => escapeHtml(names.get(id) ?? id)).join(', '));
      row('incidents_label_suspect_evidence', entry.suspectEvidence && written(entry.suspectEvidence));
      row('incidents_label_evidence_needed', entry.evidenceNeeded && written(entry.evidenceNeeded));
      row('incidents_label_context', entry.context && written(entry.context));
    }
    row('incidents_label_platform', entry.platform && escapeHtml(summary.platformName(entry.platform) ?? entry.platform));
    row('incidents_label_status', text(STATUS[entry.status]));
    row('incidents_label_source', text(SOURCE[entry.source]));
    row('incidents_label_recorded', escapeHtml(entry.recordedAt));
    row('incidents_label_updated', entry.updatedAt && escapeHtml(entry.updatedAt));
    const what = platformCopy ? `<em>${text('report_left_out_platform')}</em>` : escapeHtml(entry.summary);
    return `<article class="log-entry"><h3><time>${escapeHtml(entry.occurredAt)}</time> · ${what}</h3><table class="facts">${rows.join('')}</table></article>`;
  });
  return `<section class="log-section" id="incident-log">${heading}\n${entries.join('\n')}</section>`;
}
