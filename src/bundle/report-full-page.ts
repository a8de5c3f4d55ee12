import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef, PageCoverage } from '../shared/types';
import { coverageSentence } from './capture-parts';
import { escapePath } from './html';
import { fileLine, fileRef, reasonText } from './report-file-ref';
import type { ReportText } from './report-text';
import type { PreparedCapture } from './types';

/**
 * A printed slice is at most 1.35 times as tall as it is wide: at A4's printable width (186 mm)
 * that is 251 mm, which fits a sheet. An image never breaks across printed pages (it would be cut
 * off at the bottom of the first), so a tall segment is shown as a stack of slices of the same file.
 */
const SLICE_RATIO = 1.35;

/** The segment at the page's width, cut into sheet-sized slices for print; one image file either way. */
function segmentImage(path: string, artifact: ArtifactRef, alt: string): string {
  const src = escapePath(path);
  const { width, height } = artifact;
  const sliceHeight = width ? Math.round(width * SLICE_RATIO) : 0;
  if (!width || !height || height <= sliceHeight) return `<img class="segment" src="${src}" alt="${escapeHtml(alt)}">`;
  const slices: string[] = [];
  for (let top = 0; top < height; top += sliceHeight) {
    const tall = Math.min(sliceHeight, height - top);
    // `top` in percent of this slice's own height: the image is shifted up by the slices before it.
    const shift = ((top / tall) * 100).toFixed(4);
    slices.push(
      `<div class="slice" style="aspect-ratio:${width}/${tall}"><img src="${src}" alt="${top === 0 ? escapeHtml(alt) : ''}" style="top:-${shift}%"></div>`,
    );
  }
  return `<div class="segment-slices">${slices.join('')}</div>`;
}

function tileTable(capture: PreparedCapture, tiles: ArtifactRef[], text: ReportText): string {
  const rows = tiles.map((tile, position) => {
    const ref = fileRef(capture, tile);
    const where = tile.rect ? text('report_tile_position', { from: Math.round(tile.rect.y), to: Math.round(tile.rect.y + tile.rect.height) }) : '';
    const file = ref.file ? escapeHtml(ref.file.name) : `${escapeHtml(tile.name)} (${escapeHtml(reasonText(text, ref.reason))})`;
    return `<tr><td>${(tile.index ?? position) + 1}</td><td><code>${file}</code></td><td>${where}</td><td><code>${escapeHtml(tile.sha256)}</code></td></tr>`;
  });
  return `<h4>${text('report_tiles_heading')}</h4>
<p class="small">${text('report_tiles_explained')}</p>
<table class="tiles"><tr><th>${text('report_tile')}</th><th>${text('report_file')}</th><th>${text('report_tile_where')}</th><th>${text('report_tile_sha')}</th></tr>${rows.join('')}</table>`;
}

/** After the visible screenshot: the stitched page in order, how much of it was covered, and every raw tile's hash. */
export function fullPageSection(
  capture: PreparedCapture,
  segments: ArtifactRef[],
  tiles: ArtifactRef[],
  coverage: PageCoverage | undefined,
  text: ReportText,
): string {
  if (!segments.length && !tiles.length && !coverage) return '';
  const title = coverage?.mode === 'conversation' ? text('report_fullpage_conversation') : text('report_fullpage_page');
  const figures = segments.map((segment, position) => {
    const ref = fileRef(capture, segment);
    const label = text('report_part_of', { number: position + 1, total: segments.length });
    const image = ref.file?.mediaType.startsWith('image/') ? segmentImage(ref.file.path, segment, `${title}, ${label.toLocaleLowerCase(text.language)}`) : '';
    const size = segment.width && segment.height ? ` · ${text('report_pixels_size', { width: segment.width, height: segment.height })}` : '';
    return `<figure class="segment-figure">${image}<figcaption>${label}${size} · ${fileLine(ref, segment, text)}</figcaption></figure>`;
  });
  return `<h3>${title}</h3>
${coverage ? `<p class="coverage${coverage.complete ? '' : ' incomplete'}">${escapeHtml(coverageSentence(coverage, text))}</p>` : ''}
${segments.length ? `<p class="small">${text('report_fullpage_explained')}</p>` : ''}
${figures.join('\n')}
${tiles.length ? tileTable(capture, tiles, text) : ''}`;
}
