import type { RemovalRequestRecord, RequestMethod, TrackerEvent } from '../shared/takedown-types';
import { escapeHtml } from '../shared/escape-html';
import { escapePath } from './html';
import { captureNumbers, platformLabel, requestNumbers } from './requests-csv';
import type { BundleSummary } from './types';

const METHODS: Record<RequestMethod, string> = {
  form: 'Online form',
  email: 'Email',
  'in-app': 'In the app',
  letter: 'Letter',
  post: 'By post',
  other: 'Another way',
};

const row = (label: string, html: string) => `<tr><th>${escapeHtml(label)}</th><td>${html}</td></tr>`;
const captureLink = (n: number) => `<a href="#capture-${n}">Capture ${n}</a>`;

function filledTable(request: RemovalRequestRecord): string {
  if (!request.filled?.length) return '<p class="small">No values were recorded as filled in.</p>';
  const rows = request.filled.map((field) => row(field.label || field.key, escapeHtml(field.value)));
  return `<h4>Values filled in</h4><table class="facts">${rows.join('')}</table>`;
}

function requestItem(summary: BundleSummary, captures: Map<string, number>, request: RemovalRequestRecord, number: number): string {
  const letter = request.letterId ? summary.letters.find((candidate) => candidate.id === request.letterId) : undefined;
  const cited = request.captureIds.flatMap((id) => captures.get(id) ?? []).map(captureLink);
  const confirmation = request.confirmationCaptureId ? captures.get(request.confirmationCaptureId) : undefined;
  const address = request.route.url ?? request.route.email;
  const rows = [
    row('Sent', escapeHtml(request.sentAt)),
    row('Recorded by Preserve', `${escapeHtml(request.recordedAt)} (UTC)`),
    row('Route', `${escapeHtml(request.route.label)} (${escapeHtml(request.route.kind)})${address ? `<br><code>${escapeHtml(address)}</code>` : ''}`),
    row('How it was sent', escapeHtml(METHODS[request.method] ?? request.method)),
    row('Addresses', request.urls.map((url) => `<code>${escapeHtml(url)}</code>`).join('<br>') || 'None given'),
    row('Reference', request.reference ? `<code>${escapeHtml(request.reference)}</code>` : 'None given'),
    row('Captures cited', cited.join(', ') || 'None in this bundle'),
    row('Confirmation page', confirmation !== undefined ? captureLink(confirmation) : 'None in this bundle'),
    ...(letter ? [row('Letter', `<a href="#letter-${letter.number}">Letter ${letter.number}</a>`)] : []),
    ...(summary.copy === 'legal' && request.note ? [row('Note by the person', escapeHtml(request.note))] : []),
  ];
  return `<article class="request" id="request-${number}">
<h3>Request ${number}: ${escapeHtml(platformLabel(summary, request.route))} · ${escapeHtml(request.route.label)}</h3>
<table class="facts">${rows.join('')}</table>
${filledTable(request)}
</article>`;
}

export function requestsSection(summary: BundleSummary): string {
  const intro =
    summary.copy === 'platform'
      ? '<p class="small">In this platform copy the person’s name, email, postal address, phone and signature are left out of the values filled in, and their notes are left out.</p>'
      : '<p class="small">Each request as the person sent it, with the values that were in the form when they said it was sent.</p>';
  const captures = captureNumbers(summary);
  const items = summary.requests.map((request, index) => requestItem(summary, captures, request, index + 1));
  return `<section class="requests-section" id="removal-requests"><h2>Removal requests</h2>
${items.length ? `${intro}\n${items.join('\n')}` : '<p>No removal requests recorded.</p>'}
</section>`;
}

function historyRow(summary: BundleSummary, event: TrackerEvent, requests: Map<string, number>): string {
  const request = event.requestId ? requests.get(event.requestId) : undefined;
  const details = [
    ...(request !== undefined ? [`<a href="#request-${request}">Request ${request}</a>`] : []),
    ...(summary.copy === 'legal' && event.note ? [escapeHtml(event.note)] : []),
  ];
  return `<tr><td>${escapeHtml(event.at)}</td><td>${escapeHtml(event.status)}</td><td>${details.join('<br>')}</td><td>${escapeHtml(event.recordedAt)}</td></tr>`;
}

/** Per address: where it stands now (the latest change) and every dated change before it. */
export function trackerSection(summary: BundleSummary): string {
  const byUrl = new Map<string, TrackerEvent[]>();
  for (const event of summary.trackerEvents) {
    const events = byUrl.get(event.url) ?? [];
    events.push(event);
    byUrl.set(event.url, events);
  }
  if (byUrl.size === 0) return '<section class="tracker-section" id="tracker"><h2>Status of each address</h2><p>No statuses recorded.</p></section>';
  const requests = requestNumbers(summary);
  const items = [...byUrl].map(([url, events]) => {
    const latest = events.at(-1)!;
    return `<h3><code>${escapeHtml(url)}</code></h3>
<p>Now: <strong>${escapeHtml(latest.status)}</strong> since ${escapeHtml(latest.at)}</p>
<table class="log"><tr><th>When</th><th>Status</th><th>Details</th><th>Recorded at (UTC)</th></tr>${events.map((event) => historyRow(summary, event, requests)).join('')}</table>`;
  });
  return `<section class="tracker-section" id="tracker"><h2>Status of each address</h2>
<p class="small">Every change is kept with its date; none is overwritten.</p>
${items.join('\n')}
</section>`;
}

/** Each letter on its own printed page, as saved; its text's SHA-256 matches the file beside the report. */
export function letterSections(summary: BundleSummary): string {
  if (summary.letters.length === 0) return '';
  if (summary.copy === 'platform') {
    const rows = summary.letters.map(
      (letter) =>
        `<li>Letter ${letter.number} · ${escapeHtml(letter.kind)} · saved ${escapeHtml(letter.createdAt)} · text SHA-256 <code>${escapeHtml(letter.textSha256)}</code></li>`,
    );
    return `<section class="letters-section" id="letters"><h2>Letters</h2>
<p>The letters are left out of this platform copy, because they carry the person’s name and contact details. Their fingerprints match the legal copy.</p>
<ul>${rows.join('')}</ul></section>`;
  }
  return summary.letters
    .map((letter) => {
      const files = letter.files!;
      return `<section class="letter" id="letter-${letter.number}">
<header class="page-head"><span>Letter ${letter.number} of ${summary.letters.length} · ${escapeHtml(letter.kind)} · saved ${escapeHtml(letter.createdAt)}</span>
<span class="hash">Text SHA-256: ${escapeHtml(letter.textSha256)}</span></header>
<h2>${escapeHtml(letter.title ?? `Letter ${letter.number}`)}</h2>
<p class="small">As saved by the person. Files: <a href="${escapePath(files.text)}"><code>${escapeHtml(files.text)}</code></a> · <a href="${escapePath(files.html)}"><code>${escapeHtml(files.html)}</code></a></p>
<pre class="letter-text">${escapeHtml(summary.letterTexts.get(letter.id) ?? '')}</pre>
</section>`;
    })
    .join('\n');
}
