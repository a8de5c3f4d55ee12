import { claimedFacts, observedFacts, type Fact } from './capture-facts';
import { escapeHtml } from '../shared/escape-html';
import { escapePath } from './html';
import type { BundleCopy, PreparedCapture } from './types';

function factTable(facts: Fact[]): string {
  const rows = facts.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
  return `<table class="facts">${rows.join('')}</table>`;
}

/** One capture per printed page; its hashes sit in the page header so every printed sheet carries them. */
export function captureSection(capture: PreparedCapture, total: number, copy: BundleCopy): string {
  const { record, json, folder } = capture;
  const image = json.files.find((file) => file.mediaType.startsWith('image/'));
  const original = image ? record.artifacts.find((artifact) => artifact.id === image.artifactId) : undefined;
  const header = `<header class="page-head"><span>Capture ${json.number} of ${total} in the case</span>
<span class="hash">Screenshot SHA-256: ${escapeHtml(original?.sha256 ?? 'no screenshot')}</span>
<span class="hash">Record SHA-256: ${escapeHtml(record.recordHash)}</span></header>`;
  const figure = image
    ? `<figure><img src="${escapePath(image.path)}" alt="Screenshot of capture ${json.number}">
<figcaption>${escapeHtml(image.path)}${image.redaction ? ' · pixelated for this platform copy; the original’s SHA-256 is above' : ''}</figcaption></figure>`
    : '<p class="note">This capture has no screenshot.</p>';
  const files = json.files
    .map((file) => `<li><code>${escapeHtml(file.path)}</code> · ${file.bytes} bytes · SHA-256 <code>${escapeHtml(file.sha256)}</code></li>`)
    .concat(
      json.omitted.map(
        (file) => `<li><code>${escapeHtml(file.name)}</code> · ${escapeHtml(file.reason)} · original SHA-256 <code>${escapeHtml(file.sha256)}</code></li>`,
      ),
    )
    .join('');
  const notes = capture.notes.length
    ? `<h3>Notes written later by the person (not part of the capture record)</h3>${capture.notes
        .map((note) => `<p class="note-text"><time>${escapeHtml(note.createdAt)}</time> ${escapeHtml(note.text)}</p>`)
        .join('')}`
    : '';
  return `<section class="capture" id="capture-${json.number}">
${header}
<h2>Capture ${json.number}: ${escapeHtml(record.observed.tabTitle || record.observed.tabUrl)}</h2>
${figure}
<h3>What the browser recorded</h3>
${factTable(observedFacts(record))}
<h3>What the page claimed — not verified</h3>
<p class="small">Pages can say anything about themselves; these are the page’s own words, kept as found.</p>
${factTable(claimedFacts(record))}
<h3>Files</h3><ul class="files">${files}</ul>
${notes}
<p class="small">Folder: <code>${escapeHtml(folder)}/</code>${copy === 'platform' ? ' · redacted platform copy' : ''}${record.prevHash ? ` · previous record SHA-256 <code>${escapeHtml(record.prevHash)}</code>` : ' · first capture in the chain'}</p>
</section>`;
}
