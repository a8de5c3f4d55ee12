import { coverageSentence } from './capture-parts';
import { periodCovered } from './report-html';
import type { BundleSummary } from './types';

/**
 * Written so the person, or someone helping them, can sign it if a court or the police ask how the
 * evidence was gathered. Plain words; every fact in it comes from the bundle itself.
 */
export function declarationText(summary: BundleSummary): string {
  const { text } = summary;
  const period = periodCovered(summary);
  const exported = { exportedAt: summary.exportedAt, version: summary.softwareVersion, count: summary.captures.length };
  const lines = [
    text('report_decl_title'),
    '',
    period ? text('report_decl_exported', { ...exported, from: period.from, to: period.to }) : text('report_decl_exported_no_period', exported),
    summary.copy === 'platform' ? text('report_decl_platform_copy') : text('report_decl_legal_copy'),
    '',
    text('report_decl_how_heading'),
    text('report_decl_how_steps'),
    ...howExtrasWereTaken(summary),
    text('report_decl_manifest', { fingerprint: summary.keyFingerprint }),
    '',
    text('report_decl_captures_heading'),
  ];
  for (const { record, json } of summary.captures) {
    const o = record.observed;
    lines.push('', text('report_capture_number', { number: json.number }));
    lines.push(`  ${text('report_decl_captured_at', { utc: o.capturedAt, local: o.capturedAtLocal, zone: o.timeZone })}`);
    lines.push(`  ${text('report_decl_address', { url: o.tabUrl })}`);
    lines.push(`  ${text('report_record_sha', { hash: record.recordHash })}`);
    if (o.coverage) lines.push(`  ${coverageSentence(o.coverage, text)}`);
    for (const artifact of record.artifacts) lines.push(`  ${artifact.name} SHA-256: ${artifact.sha256}`);
    if (record.imported) lines.push(`  ${text('report_decl_imported', { name: record.imported.bundleName, at: record.imported.exportedAt })}`);
  }
  if (summary.requests.length || summary.trackerEvents.length || summary.letters.length) {
    lines.push(
      '',
      text('report_removal_requests'),
      text('report_decl_requests', { requests: summary.requests.length, events: summary.trackerEvents.length, letters: summary.letters.length }),
    );
  }
  lines.push('', text('report_decl_statement_heading'), text('report_decl_statement'), '', text('report_decl_name'), '', text('report_decl_signature'), '');
  return lines.join('\n');
}

/** Only for the kinds of evidence this bundle holds, so a bundle of screenshots reads as before. */
function howExtrasWereTaken(summary: BundleSummary): string[] {
  const { text } = summary;
  const kinds = new Set(summary.captures.flatMap((capture) => capture.record.artifacts.map((artifact) => artifact.kind)));
  const lines: string[] = [];
  if (kinds.has('tile')) lines.push(text('report_decl_tiles'));
  if (kinds.has('mhtml')) lines.push(text('report_decl_mhtml'));
  if (kinds.has('html')) lines.push(text('report_html_decl'));
  if (kinds.has('media') || kinds.has('frame')) lines.push(text('report_decl_media'));
  if (kinds.has('thread')) lines.push(text('report_decl_thread'));
  return lines;
}
