import { escapeHtml } from '../shared/escape-html';
import { captureSection } from './report-capture';
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
  const { bundleCase, copy } = summary;
  const period = periodCovered(summary);
  const banner =
    copy === 'platform'
      ? `<p class="banner platform"><strong>Redacted platform copy.</strong> Images are pixelated, and the person’s own notes, incident details, letters and the name, contact details and signature in their removal requests are left out. Each file still lists the SHA-256 of the original, so it can be matched with the full legal copy.</p>`
      : `<p class="banner"><strong>Legal copy.</strong> The screenshots below are shown as captured and may include intimate images. They are here because the person who collected them needs them to be seen by those who can help.</p>`;
  return `<section class="cover">
<p class="small">Evidence binder made with Preserve ${escapeHtml(summary.softwareVersion)}</p>
<h1>${escapeHtml(bundleCase.title ?? 'Evidence for a platform report')}</h1>
${banner}
<table class="facts">
<tr><th>Case id</th><td><code>${escapeHtml(bundleCase.id)}</code></td></tr>
<tr><th>Period covered</th><td>${period ? `${escapeHtml(period.from)} to ${escapeHtml(period.to)} (UTC)` : 'No captures'}</td></tr>
<tr><th>Captures in this bundle</th><td>${summary.captures.length}${summary.selection === 'selected' ? ` (selected from ${bundleCase.captureCount} in the case)` : ''}</td></tr>
<tr><th>Incident log entries</th><td>${summary.incidents.length}</td></tr>
<tr><th>Removal requests</th><td>${summary.requests.length}</td></tr>
<tr><th>Letters</th><td>${summary.letters.length}${summary.copy === 'platform' && summary.letters.length ? ' (left out of this copy)' : ''}</td></tr>
<tr><th>Exported at</th><td>${escapeHtml(summary.exportedAt)} (UTC)</td></tr>
<tr><th>Newest record in the chain</th><td><code>${escapeHtml(bundleCase.headHash ?? 'none')}</code></td></tr>
<tr><th>Signing key fingerprint</th><td><code>${escapeHtml(summary.keyFingerprint)}</code></td></tr>
</table>
<h2>How to check this bundle</h2>
<p>Every file in this folder is listed with its SHA-256 fingerprint in <code>SHA256SUMS</code> and <code>manifest.json</code>, and <code>manifest.json</code> is signed. <code>VERIFY.txt</code> gives the steps for Windows, macOS and Linux, with no need to install Preserve. <code>DECLARATION.txt</code> explains how the evidence was collected.</p>
<p class="small">Facts under “What the browser recorded” come from the browser itself. Facts under “What the page claimed” are what the web page said about itself and were not checked. In the CSV files, a cell that would start with = + - or @ begins with an apostrophe so spreadsheet programs do not run it as a formula.</p>
</section>`;
}

function toc(summary: BundleSummary): string {
  const items = summary.captures.map(
    (capture) =>
      `<li><a href="#capture-${capture.json.number}">Capture ${capture.json.number} · ${escapeHtml(capture.record.observed.capturedAt)} · ${escapeHtml(capture.record.observed.tabTitle || capture.record.observed.tabUrl)}</a></li>`,
  );
  const letters =
    summary.copy === 'platform'
      ? summary.letters.length
        ? ['<li><a href="#letters">Letters (left out of this copy)</a></li>']
        : []
      : summary.letters.map((letter) => `<li><a href="#letter-${letter.number}">Letter ${letter.number}: ${escapeHtml(letter.title ?? letter.kind)}</a></li>`);
  return `<nav class="toc"><h2>Contents</h2><p><a href="#incident-log">Incident log</a> · <a href="#removal-requests">Removal requests</a> · <a href="#tracker">Status of each address</a></p><ol>${items.join('')}</ol>${letters.length ? `<ul>${letters.join('')}</ul>` : ''}</nav>`;
}

function incidentLog(summary: BundleSummary): string {
  if (summary.incidents.length === 0) return '<section class="log-section" id="incident-log"><h2>Incident log</h2><p>No entries.</p></section>';
  const numbers = new Map(summary.captures.map((capture) => [capture.record.id, capture.json.number]));
  const rows = summary.incidents.map((incident) => {
    const linked = incident.captureIds.map((id) => numbers.get(id)).filter((n) => n !== undefined);
    const details =
      summary.copy === 'platform'
        ? '<em>Left out of the platform copy</em>'
        : `${escapeHtml(incident.summary)}${incident.details ? `<br>${escapeHtml(incident.details)}` : ''}`;
    return `<tr><td>${escapeHtml(incident.occurredAt)}</td><td>${details}</td><td>${linked.map((n) => `<a href="#capture-${n}">${n}</a>`).join(', ')}</td></tr>`;
  });
  return `<section class="log-section" id="incident-log"><h2>Incident log</h2>
<table class="log"><tr><th>When it happened</th><th>What happened</th><th>Captures</th></tr>${rows.join('')}</table></section>`;
}

export async function reportHtml(summary: BundleSummary, yielder: ReturnType<typeof createYielder>): Promise<string> {
  const sections: string[] = [];
  for (const capture of summary.captures) {
    sections.push(captureSection(capture, summary.bundleCase.captureCount, summary.copy));
    await yielder.maybeYield();
  }
  const title = summary.copy === 'platform' ? 'Evidence (redacted platform copy)' : (summary.bundleCase.title ?? 'Evidence');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Preserve</title>
<style>${REPORT_CSS}</style></head>
<body>
${cover(summary)}
${toc(summary)}
${incidentLog(summary)}
${requestsSection(summary)}
${trackerSection(summary)}
${sections.join('\n')}
${letterSections(summary)}
</body></html>
`;
}
