import { claimedFacts, observedFacts, type Fact } from './capture-facts';
import { escapeHtml } from '../shared/escape-html';
import { captureParts } from './capture-parts';
import { escapePath } from './html';
import { fullPageSection } from './report-full-page';
import { archiveSection, mediaSection } from './report-media';
import { threadSection } from './report-thread';
import type { BundleCopy, PreparedCapture } from './types';

function factTable(facts: Fact[]): string {
  const rows = facts.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
  return `<table class="facts">${rows.join('')}</table>`;
}

/** One capture per printed page; its hashes sit in the page header so every printed sheet carries them. */
export function captureSection(capture: PreparedCapture, total: number, copy: BundleCopy): string {
  const { record, json, folder } = capture;
  const parts = captureParts(record.artifacts);
  const original = parts.screenshot;
  const image = original && json.files.find((file) => file.artifactId === original.id && file.mediaType.startsWith('image/'));
  const header = `<header class="page-head"><span>Capture ${json.number} of ${total} in the case</span>
<span class="hash">Screenshot SHA-256: ${escapeHtml(original?.sha256 ?? 'no screenshot')}</span>
<span class="hash">Record SHA-256: ${escapeHtml(record.recordHash)}</span></header>`;
  const figure = image
    ? `<figure><img src="${escapePath(image.path)}" alt="Screenshot of capture ${json.number}">
<figcaption>${escapeHtml(image.path)}${image.redaction ? ' · pixelated for this platform copy; the original’s SHA-256 is above' : ''}</figcaption></figure>`
    : `<p class="note">${original ? 'The screenshot’s image is not in this bundle: only its fingerprint (above) was kept.' : 'This capture has no screenshot.'}</p>`;
  // The tiles are listed with their hashes above; here only the other files, to keep the page short.
  const tileIds = new Set(parts.tiles.map((tile) => tile.id));
  const files = json.files
    .filter((file) => !tileIds.has(file.artifactId))
    .map((file) => `<li><code>${escapeHtml(file.path)}</code> · ${file.bytes} bytes · SHA-256 <code>${escapeHtml(file.sha256)}</code></li>`)
    .concat(
      json.omitted
        .filter((file) => !tileIds.has(file.artifactId))
        .map(
          (file) => `<li><code>${escapeHtml(file.name)}</code> · ${escapeHtml(file.reason)} · original SHA-256 <code>${escapeHtml(file.sha256)}</code></li>`,
        ),
    )
    .join('');
  // After the visible screenshot, in this order; a capture of the visible part alone has none of them.
  const extras = [
    fullPageSection(capture, parts.segments, parts.tiles, record.observed.coverage),
    archiveSection(capture, parts.archives),
    mediaSection(capture, parts.media, record.observed.mediaNotes),
    threadSection(capture, parts.threads),
  ]
    .filter(Boolean)
    .join('\n');
  const notes = capture.notes.length
    ? `<h3>Notes written later by the person (not part of the capture record)</h3>${capture.notes
        .map((note) => `<p class="note-text"><time>${escapeHtml(note.createdAt)}</time> ${escapeHtml(note.text)}</p>`)
        .join('')}`
    : '';
  return `<section class="capture" id="capture-${json.number}">
${header}
<h2>Capture ${json.number}: ${escapeHtml(record.observed.tabTitle || record.observed.tabUrl)}</h2>
${figure}${extras ? `\n${extras}` : ''}
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
