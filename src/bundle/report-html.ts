import { escapeHtml } from '../shared/escape-html';
import { captureSection } from './report-capture';
import { incidentLogSection } from './report-incidents';
import { peopleSection } from './report-people';
import { workspaceSection } from './report-workspace';
import { letterSections, requestsSection, trackerSection } from './report-requests';
import { REPORT_CSS } from './report-style';
import type { BundleSummary } from './types';
import type { createYielder } from './yield-to-page';

const CSP = "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'";

export function periodCovered(summary: BundleSummary): { from: string; to: string } | null {
  const times = summary.captures.map((capture) => capture.record.observed.capturedAt).sort();
  const [from, to] = [times[0], times.at(-1)];
  return from !== undefined && to !== undefined ? { from, to } : null;
}

function cover(summary: BundleSummary): string {
  const { bundleCase, copy, text } = summary;
  const period = periodCovered(summary);
  const banner =
    copy === 'platform'
      ? `<p class="banner platform"><strong>${text('report_banner_platform_title')}</strong> ${text('report_banner_platform_text')}</p>`
      : `<p class="banner"><strong>${text('report_banner_legal_title')}</strong> ${text('report_banner_legal_text')}</p>`;
  const code = (name: string) => `<code>${name}</code>`;
  const selected = summary.selection === 'selected' ? ` ${text('report_selected_from', { count: bundleCase.captureCount })}` : '';
  return `<section class="cover">
<p class="small">${text('report_made_with', { version: escapeHtml(summary.softwareVersion) })}</p>
<h1>${escapeHtml(bundleCase.title ?? text('report_untitled_platform'))}</h1>
${banner}
<table class="facts">
<tr><th>${text('report_case_id')}</th><td><code>${escapeHtml(bundleCase.id)}</code></td></tr>
<tr><th>${text('report_period_covered')}</th><td>${period ? text('report_period_range', { from: escapeHtml(period.from), to: escapeHtml(period.to) }) : text('report_no_captures')}</td></tr>
<tr><th>${text('report_captures_in_bundle')}</th><td>${summary.captures.length}${selected}</td></tr>
<tr><th>${text('report_incident_entries')}</th><td>${summary.incidents.length}</td></tr>
<tr><th>${text('report_removal_requests')}</th><td>${summary.requests.length}</td></tr>
<tr><th>${text('report_letters')}</th><td>${summary.letters.length}${summary.copy === 'platform' && summary.letters.length ? ` ${text('report_left_out_of_copy')}` : ''}</td></tr>
<tr><th>${text('report_exported_at')}</th><td>${escapeHtml(summary.exportedAt)} (UTC)</td></tr>
<tr><th>${text('report_chain_head')}</th><td><code>${escapeHtml(bundleCase.headHash ?? text('report_none'))}</code></td></tr>
<tr><th>${text('report_key_fingerprint')}</th><td><code>${escapeHtml(summary.keyFingerprint)}</code></td></tr>
</table>
<h2>${text('report_how_to_check')}</h2>
<p>${text('report_how_to_check_text', { sums: code('SHA256SUMS'), manifest: code('manifest.json'), verify: code('VERIFY.txt'), declaration: code('DECLARATION.txt') })}</p>
<p class="small">${text('report_facts_explained')}</p>
</section>`;
}

function toc(summary: BundleSummary): string {
  const { text } = summary;
  const items = summary.captures.map(
    (capture) =>
      `<li><a href="#capture-${capture.json.number}">${text('report_toc_capture', {
        number: capture.json.number,
        time: escapeHtml(capture.record.observed.capturedAt),
        title: escapeHtml(capture.record.observed.tabTitle || capture.record.observed.tabUrl),
      })}</a></li>`,
  );
  const letters =
    summary.copy === 'platform'
      ? summary.letters.length
        ? [`<li><a href="#letters">${text('report_toc_letters_left_out')}</a></li>`]
        : []
      : summary.letters.map(
          (letter) =>
            `<li><a href="#letter-${letter.number}">${text('report_toc_letter', { number: letter.number, title: escapeHtml(letter.title ?? letter.kind) })}</a></li>`,
        );
  return `<nav class="toc"><h2>${text('report_contents')}</h2><p><a href="#incident-log">${text('report_incident_log')}</a> · <a href="#removal-requests">${text('report_removal_requests')}</a> · <a href="#tracker">${text('report_tracker')}</a>${summary.people ? ` · <a href="#people">${text('people_report_title')}</a>` : ''}${summary.workspace ? ` · <a href="#workspace">${text('report_workspace_title')}</a>` : ''}</p><ol>${items.join('')}</ol>${letters.length ? `<ul>${letters.join('')}</ul>` : ''}</nav>`;
}

/** Printed, it is the binder the action plan asks for: the cover, the incident log, then one capture per page (the rest follows). */
export async function reportHtml(summary: BundleSummary, yielder: ReturnType<typeof createYielder>): Promise<string> {
  const sections: string[] = [];
  for (const capture of summary.captures) {
    sections.push(captureSection(capture, summary.bundleCase.captureCount, summary.copy, summary.text));
    await yielder.maybeYield();
  }
  const { text } = summary;
  const title = summary.copy === 'platform' ? text('report_title_platform') : (summary.bundleCase.title ?? text('report_title_default'));
  return `<!doctype html>
<html lang="${text.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Preserve</title>
<style>${REPORT_CSS}</style></head>
<body>
${cover(summary)}
${toc(summary)}
${incidentLogSection(summary)}
${sections.join('\n')}
${requestsSection(summary)}
${trackerSection(summary)}${peopleSection(summary.people, new Map(summary.captures.map((capture) => [capture.record.id, capture.json.number])), text, summary.platformName)}${workspaceSection(summary.workspace, text)}
${letterSections(summary)}
</body></html>
`;
}
