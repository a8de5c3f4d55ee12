import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef, ObservedFacts } from '../shared/types';
import { escapePath } from './html';
import { bytesText, fileLine, fileRef } from './report-file-ref';
import type { PreparedCapture } from './types';

const FETCHED: Record<NonNullable<ArtifactRef['fetchedVia']>, string> = {
  extension: 'downloaded by Preserve, without the person’s cookies',
  page: 'downloaded by the page itself, with the person’s cookies for that site',
  rendered: 'read from what the page had drawn on screen',
};

function row(label: string, value: string | undefined, raw = false): string {
  return value ? `<tr><th>${escapeHtml(label)}</th><td>${raw ? value : escapeHtml(value)}</td></tr>` : '';
}

/** The page archive: what it is, where it is, its hash; it holds the page unblurred, so the platform copy leaves it out. */
export function archiveSection(capture: PreparedCapture, archives: ArtifactRef[]): string {
  if (!archives.length) return '';
  const items = archives.map((archive) => {
    const ref = fileRef(capture, archive);
    const opens = archive.kind === 'mhtml' ? ' · opens in Chrome or Edge as the page was' : ' · opens in a web browser';
    return `<li>${fileLine(ref, archive)}${ref.file ? opens : ''}${archive.note ? ` · ${escapeHtml(archive.note)}` : ''}</li>`;
  });
  return `<h3>Page archive</h3>
<p class="small">The page itself as the browser saved it (text, images and layout), beside the screenshot.</p>
<ul class="files">${items.join('')}</ul>`;
}

function mediaItem(capture: PreparedCapture, item: ArtifactRef, number: number): string {
  const ref = fileRef(capture, item);
  const isImage = ref.file?.mediaType.startsWith('image/');
  const what = item.kind === 'frame' ? 'A still from a video that could not be saved whole' : item.mediaType.startsWith('video/') ? 'Video' : 'Image or file';
  const thumb = ref.file && isImage ? `<img class="media-thumb" src="${escapePath(ref.file.path)}" alt="Media ${number}">` : '';
  return `<div class="media-item"><h4>Media ${number}: ${escapeHtml(what)}</h4>${thumb}
<table class="facts">${row('Address it came from', item.sourceUrl)}${row('Type', item.mediaType)}${row('Size', bytesText(item.size))}${row(
    'Pixel size',
    item.width && item.height ? `${item.width} × ${item.height}` : undefined,
  )}${row('How it was saved', item.fetchedVia && FETCHED[item.fetchedVia])}${row('Note', item.note)}${row('File', fileLine(ref, item), true)}</table></div>`;
}

/** The media itself (and frames standing in for streams), each with where it came from and its hash; then what could not be saved. */
export function mediaSection(capture: PreparedCapture, media: ArtifactRef[], notes: ObservedFacts['mediaNotes']): string {
  if (!media.length && !notes?.length) return '';
  const unsaved = notes?.length
    ? `<h4>Media found but not saved whole</h4><ul class="files">${notes
        .map((note) => `<li><code>${escapeHtml(note.sourceUrl)}</code> · ${escapeHtml(note.note)}</li>`)
        .join('')}</ul>`
    : '';
  return `<h3>Media</h3>
<p class="small">The images and videos themselves, at full size where the site allowed it. Addresses are shown as text, not links.</p>
${media.map((item, index) => mediaItem(capture, item, index + 1)).join('\n')}
${unsaved}`;
}
