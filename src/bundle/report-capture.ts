import { claimedFacts, observedFacts, type Fact } from './capture-facts';
import { escapeHtml } from '../shared/escape-html';
import { captureParts } from './capture-parts';
import { escapePath } from './html';
import { reasonText } from './report-file-ref';
import { fullPageSection } from './report-full-page';
import { matchedImagesSection } from './report-matched-images';
import { archiveSection, mediaSection } from './report-media';
import { threadSection } from './report-thread';
import type { ReportText } from './report-text';
import type { BundleCopy, PreparedCapture } from './types';

function factTable(facts: Fact[]): string {
  const rows = facts.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
  return `<table class="facts">${rows.join('')}</table>`;
}

/** One capture per printed page; its hashes sit in the page header so every printed sheet carries them. */
export function captureSection(capture: PreparedCapture, total: number, copy: BundleCopy, text: ReportText): string {
  const { record, json, folder } = capture;
  const parts = captureParts(record.artifacts);
  const original = parts.screenshot;
  const image = original && json.files.find((file) => file.artifactId === original.id && file.mediaType.startsWith('image/'));
  const header = `<header class="page-head"><span>${text('report_capture_of_total', { number: json.number, total })}</span>
<span class="hash">${text('report_screenshot_sha', { hash: escapeHtml(original?.sha256 ?? text('report_no_screenshot_hash')) })}</span>
<span class="hash">${text('report_record_sha', { hash: escapeHtml(record.recordHash) })}</span></header>`;
  const figure = image
    ? `<figure><img src="${escapePath(image.path)}" alt="${text('report_screenshot_alt', { number: json.number })}">
<figcaption>${escapeHtml(image.path)}${image.redaction ? ` · ${text('report_pixelated_caption')}` : ''}</figcaption></figure>`
    : `<p class="note">${original ? text('report_screenshot_not_in_bundle') : text('report_no_screenshot')}</p>`;
  // The tiles are listed with their hashes above; here only the other files, to keep the page short.
  const tileIds = new Set(parts.tiles.map((tile) => tile.id));
  const files = json.files
    .filter((file) => !tileIds.has(file.artifactId))
    .map(
      (file) =>
        `<li><code>${escapeHtml(file.path)}</code> · ${text('report_file_bytes', { count: file.bytes })} · SHA-256 <code>${escapeHtml(file.sha256)}</code></li>`,
    )
    .concat(
      json.omitted
        .filter((file) => !tileIds.has(file.artifactId))
        .map(
          (file) =>
            `<li><code>${escapeHtml(file.name)}</code> · ${escapeHtml(reasonText(text, file.reason))} · ${text('report_original_sha')} <code>${escapeHtml(file.sha256)}</code></li>`,
        ),
    )
    .join('');
  // After the visible screenshot, in this order; a capture of the visible part alone has none of them.
  const extras = [
    fullPageSection(capture, parts.segments, parts.tiles, record.observed.coverage, text),
    archiveSection(capture, parts.archives, text),
    mediaSection(capture, parts.media, record.observed.mediaNotes, text),
    threadSection(capture, parts.threads, text),
  ]
    .filter(Boolean)
    .join('\n');
  const notes = capture.notes.length
    ? `<h3>${text('report_notes_heading')}</h3>${capture.notes
        .map((note) => `<p class="note-text"><time>${escapeHtml(note.createdAt)}</time> ${escapeHtml(note.text)}</p>`)
        .join('')}`
    : '';
  return `<section class="capture" id="capture-${json.number}">
${header}
<h2>${text('report_capture_heading', { number: json.number, title: escapeHtml(record.observed.tabTitle || record.observed.tabUrl) })}</h2>
${figure}${extras ? `\n${extras}` : ''}
<h3>${text('report_observed_heading')}</h3>
${factTable(observedFacts(record, text))}${matchedImagesSection(record, text)}
<h3>${text('report_claimed_heading')}</h3>
<p class="small">${text('report_claimed_explained')}</p>
${factTable(claimedFacts(record, text))}
<h3>${text('report_files')}</h3><ul class="files">${files}</ul>
${notes}
<p class="small">${text('report_folder', { folder: `<code>${escapeHtml(folder)}/</code>` })}${copy === 'platform' ? ` · ${text('report_platform_copy_lower')}` : ''}${record.prevHash ? ` · ${text('report_previous_record', { hash: `<code>${escapeHtml(record.prevHash)}</code>` })}` : ` · ${text('report_first_in_chain')}`}</p>
</section>`;
}
