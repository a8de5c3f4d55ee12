import type { RemovalRequestRecord, RequestMethod, TrackerEvent, TrackerStatus } from '../shared/takedown-types';
import { escapeHtml } from '../shared/escape-html';
import { escapePath } from './html';
import { captureNumbers, platformLabel, requestNumbers } from './requests-csv';
import { LEFT_OUT } from './prepare-requests';
import type { ReportText } from './report-text';
import type { BundleSummary } from './types';

const METHODS = {
  form: 'report_method_form',
  email: 'report_method_email',
  'in-app': 'report_method_in_app',
  letter: 'report_method_letter',
  post: 'report_method_post',
  other: 'report_method_other',
} as const satisfies Record<RequestMethod, string>;

const STATUSES = {
  found: 'report_status_found',
  captured: 'report_status_captured',
  requested: 'report_status_requested',
  removed: 'report_status_removed',
  refused: 'report_status_refused',
  escalated: 'report_status_escalated',
  reappeared: 'report_status_reappeared',
} as const satisfies Record<TrackerStatus, string>;

const row = (label: string, html: string) => `<tr><th>${escapeHtml(label)}</th><td>${html}</td></tr>`;
const captureLink = (n: number, text: ReportText) => `<a href="#capture-${n}">${text('report_capture_number', { number: n })}</a>`;
// requests.json and tracker values stay as recorded; the report names them in its language.
const methodText = (method: RequestMethod, text: ReportText) => (Object.hasOwn(METHODS, method) ? text(METHODS[method]) : method);
const statusText = (status: TrackerStatus, text: ReportText) => (Object.hasOwn(STATUSES, status) ? text(STATUSES[status]) : status);

function filledTable(request: RemovalRequestRecord, text: ReportText): string {
  if (!request.filled?.length) return `<p class="small">${text('report_no_values_filled')}</p>`;
  const rows = request.filled.map((field) => row(field.label || field.key, escapeHtml(field.value === LEFT_OUT ? text('report_value_left_out') : field.value)));
  return `<h4>${text('report_values_filled')}</h4><table class="facts">${rows.join('')}</table>`;
}

function requestItem(summary: BundleSummary, captures: Map<string, number>, request: RemovalRequestRecord, number: number): string {
  const letter = request.letterId ? summary.letters.find((candidate) => candidate.id === request.letterId) : undefined;
  const { text } = summary;
  const cited = request.captureIds.flatMap((id) => captures.get(id) ?? []).map((n) => captureLink(n, text));
  const confirmation = request.confirmationCaptureId ? captures.get(request.confirmationCaptureId) : undefined;
  const address = request.route.url ?? request.route.email;
  const rows = [
    row(text('report_request_sent'), escapeHtml(request.sentAt)),
    row(text('report_request_recorded'), `${escapeHtml(request.recordedAt)} (UTC)`),
    row(
      text('report_request_route'),
      `${escapeHtml(request.route.label)} (${escapeHtml(request.route.kind)})${address ? `<br><code>${escapeHtml(address)}</code>` : ''}`,
    ),
    row(text('report_request_method'), escapeHtml(methodText(request.method, text))),
    row(text('report_request_addresses'), request.urls.map((url) => `<code>${escapeHtml(url)}</code>`).join('<br>') || text('report_none_given')),
    row(text('report_request_reference'), request.reference ? `<code>${escapeHtml(request.reference)}</code>` : text('report_none_given')),
    row(text('report_request_captures'), cited.join(', ') || text('report_none_in_bundle')),
    row(text('report_request_confirmation'), confirmation !== undefined ? captureLink(confirmation, text) : text('report_none_in_bundle')),
    ...(letter
      ? [row(text('report_request_letter'), `<a href="#letter-${letter.number}">${text('report_letter_number', { number: letter.number })}</a>`)]
      : []),
    ...(summary.copy === 'legal' && request.note ? [row(text('report_request_note'), escapeHtml(request.note))] : []),
  ];
  const platform = request.route.platformId === null ? text('report_no_platform') : platformLabel(summary, request.route);
  return `<article class="request" id="request-${number}">
<h3>${text('report_request_heading', { number, platform: escapeHtml(platform), route: escapeHtml(request.route.label) })}</h3>
<table class="facts">${rows.join('')}</table>
${filledTable(request, text)}
</article>`;
}

export function requestsSection(summary: BundleSummary): string {
  const { text } = summary;
  const intro = `<p class="small">${text(summary.copy === 'platform' ? 'report_requests_platform_intro' : 'report_requests_legal_intro')}</p>`;
  const captures = captureNumbers(summary);
  const items = summary.requests.map((request, index) => requestItem(summary, captures, request, index + 1));
  return `<section class="requests-section" id="removal-requests"><h2>${text('report_removal_requests')}</h2>
${items.length ? `${intro}\n${items.join('\n')}` : `<p>${text('report_no_requests')}</p>`}
</section>`;
}

function historyRow(summary: BundleSummary, event: TrackerEvent, requests: Map<string, number>): string {
  const { text } = summary;
  const request = event.requestId ? requests.get(event.requestId) : undefined;
  const details = [
    ...(request !== undefined ? [`<a href="#request-${request}">${text('report_request_number', { number: request })}</a>`] : []),
    ...(summary.copy === 'legal' && event.note ? [escapeHtml(event.note)] : []),
  ];
  return `<tr><td>${escapeHtml(event.at)}</td><td>${escapeHtml(statusText(event.status, text))}</td><td>${details.join('<br>')}</td><td>${escapeHtml(event.recordedAt)}</td></tr>`;
}

/** Per address: where it stands now (the latest change) and every dated change before it. */
export function trackerSection(summary: BundleSummary): string {
  const { text } = summary;
  const byUrl = new Map<string, TrackerEvent[]>();
  for (const event of summary.trackerEvents) {
    const events = byUrl.get(event.url) ?? [];
    events.push(event);
    byUrl.set(event.url, events);
  }
  if (byUrl.size === 0) return `<section class="tracker-section" id="tracker"><h2>${text('report_tracker')}</h2><p>${text('report_no_statuses')}</p></section>`;
  const requests = requestNumbers(summary);
  const items = [...byUrl].map(([url, events]) => {
    const latest = events.at(-1)!;
    return `<h3><code>${escapeHtml(url)}</code></h3>
<p>${text('report_status_now', { status: `<strong>${escapeHtml(statusText(latest.status, text))}</strong>`, at: escapeHtml(latest.at) })}</p>
<table class="log"><tr><th>${text('report_when')}</th><th>${text('report_status')}</th><th>${text('report_details')}</th><th>${text('report_recorded_at_utc')}</th></tr>${events.map((event) => historyRow(summary, event, requests)).join('')}</table>`;
  });
  return `<section class="tracker-section" id="tracker"><h2>${text('report_tracker')}</h2>
<p class="small">${text('report_tracker_explained')}</p>
${items.join('\n')}
</section>`;
}

/** Each letter on its own printed page, as saved; its text's SHA-256 matches the file beside the report. */
export function letterSections(summary: BundleSummary): string {
  const { text } = summary;
  if (summary.letters.length === 0) return '';
  if (summary.copy === 'platform') {
    const rows = summary.letters.map(
      (letter) =>
        `<li>${text('report_letter_summary', {
          number: letter.number,
          kind: escapeHtml(letter.kind),
          at: escapeHtml(letter.createdAt),
          hash: `<code>${escapeHtml(letter.textSha256)}</code>`,
        })}</li>`,
    );
    return `<section class="letters-section" id="letters"><h2>${text('report_letters')}</h2>
<p>${text('report_letters_left_out')}</p>
<ul>${rows.join('')}</ul></section>`;
  }
  return summary.letters
    .map((letter) => {
      const files = letter.files!;
      return `<section class="letter" id="letter-${letter.number}">
<header class="page-head"><span>${text('report_letter_of_total', { number: letter.number, total: summary.letters.length, kind: escapeHtml(letter.kind), at: escapeHtml(letter.createdAt) })}</span>
<span class="hash">${text('report_letter_text_sha', { hash: escapeHtml(letter.textSha256) })}</span></header>
<h2>${escapeHtml(letter.title ?? text('report_letter_number', { number: letter.number }))}</h2>
<p class="small">${text('report_letter_files', {
        text: `<a href="${escapePath(files.text)}"><code>${escapeHtml(files.text)}</code></a>`,
        html: `<a href="${escapePath(files.html)}"><code>${escapeHtml(files.html)}</code></a>`,
      })}</p>
<pre class="letter-text">${escapeHtml(summary.letterTexts.get(letter.id) ?? '')}</pre>
</section>`;
    })
    .join('\n');
}
