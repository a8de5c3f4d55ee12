import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef, ObservedFacts } from '../shared/types';
import { escapePath } from './html';
import { bytesText, fileLine, fileRef } from './report-file-ref';
import type { ReportText } from './report-text';
import type { PreparedCapture } from './types';

const FETCHED = {
  extension: 'report_fetched_extension',
  page: 'report_fetched_page',
  rendered: 'report_fetched_rendered',
} as const satisfies Record<NonNullable<ArtifactRef['fetchedVia']>, string>;

function row(label: string, value: string | undefined, raw = false): string {
  return value ? `<tr><th>${escapeHtml(label)}</th><td>${raw ? value : escapeHtml(value)}</td></tr>` : '';
}

/** The page archive: what it is, where it is, its hash; it holds the page unblurred, so the platform copy leaves it out. */
export function archiveSection(capture: PreparedCapture, archives: ArtifactRef[], text: ReportText): string {
  if (!archives.length) return '';
  const items = archives.map((archive) => {
    const ref = fileRef(capture, archive);
    const opens = ` · ${archive.kind === 'mhtml' ? text('report_archive_opens_mhtml') : text('report_archive_opens_html')}`;
    return `<li>${fileLine(ref, archive, text)}${ref.file ? opens : ''}${archive.note ? ` · ${escapeHtml(archive.note)}` : ''}</li>`;
  });
  return `<h3>${text('report_archive_heading')}</h3>
<p class="small">${text('report_archive_explained')}</p>
<ul class="files">${items.join('')}</ul>`;
}

function mediaItem(capture: PreparedCapture, item: ArtifactRef, number: number, text: ReportText): string {
  const ref = fileRef(capture, item);
  const isImage = ref.file?.mediaType.startsWith('image/');
  const what = text(item.kind === 'frame' ? 'report_media_still' : item.mediaType.startsWith('video/') ? 'report_media_video' : 'report_media_image');
  const thumb = ref.file && isImage ? `<img class="media-thumb" src="${escapePath(ref.file.path)}" alt="${text('report_media_alt', { number })}">` : '';
  return `<div class="media-item"><h4>${text('report_media_item_heading', { number, what: escapeHtml(what) })}</h4>${thumb}
<table class="facts">${row(text('report_media_source'), item.sourceUrl)}${row(text('report_media_type'), item.mediaType)}${row(
    text('report_media_size'),
    bytesText(item.size, text),
  )}${row(text('report_media_pixels'), item.width && item.height ? `${item.width} × ${item.height}` : undefined)}${row(
    text('report_media_how_saved'),
    item.fetchedVia && text(FETCHED[item.fetchedVia]),
  )}${row(text('report_media_note'), item.note)}${row(text('report_file'), fileLine(ref, item, text), true)}</table></div>`;
}

/** The media itself (and frames standing in for streams), each with where it came from and its hash; then what could not be saved. */
export function mediaSection(capture: PreparedCapture, media: ArtifactRef[], notes: ObservedFacts['mediaNotes'], text: ReportText): string {
  if (!media.length && !notes?.length) return '';
  const unsaved = notes?.length
    ? `<h4>${text('report_media_unsaved')}</h4><ul class="files">${notes
        .map((note) => `<li><code>${escapeHtml(note.sourceUrl)}</code> · ${escapeHtml(note.note)}</li>`)
        .join('')}</ul>`
    : '';
  return `<h3>${text('report_media_heading')}</h3>
<p class="small">${text('report_media_explained')}</p>
${media.map((item, index) => mediaItem(capture, item, index + 1, text)).join('\n')}
${unsaved}`;
}
