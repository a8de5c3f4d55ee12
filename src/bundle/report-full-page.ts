import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef, PageCoverage } from '../shared/types';
import { coverageSentence } from './capture-parts';
import { escapePath } from './html';
import { fileLine, fileRef } from './report-file-ref';
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

function tileTable(capture: PreparedCapture, tiles: ArtifactRef[]): string {
  const rows = tiles.map((tile, position) => {
    const ref = fileRef(capture, tile);
    const where = tile.rect ? `${Math.round(tile.rect.y)}–${Math.round(tile.rect.y + tile.rect.height)} px from the top` : '';
    const file = ref.file ? escapeHtml(ref.file.name) : `${escapeHtml(tile.name)} (${escapeHtml(ref.reason)})`;
    return `<tr><td>${(tile.index ?? position) + 1}</td><td><code>${file}</code></td><td>${where}</td><td><code>${escapeHtml(tile.sha256)}</code></td></tr>`;
  });
  return `<h4>The tiles, as the browser returned them</h4>
<p class="small">Each tile is one screenful, photographed as the page was scrolled. These files are the evidence; the full page above is put together from them. The tiles are in the capture’s folder.</p>
<table class="tiles"><tr><th>Tile</th><th>File</th><th>Where on the page</th><th>SHA-256 as captured</th></tr>${rows.join('')}</table>`;
}

/** After the visible screenshot: the stitched page in order, how much of it was covered, and every raw tile's hash. */
export function fullPageSection(capture: PreparedCapture, segments: ArtifactRef[], tiles: ArtifactRef[], coverage: PageCoverage | undefined): string {
  if (!segments.length && !tiles.length && !coverage) return '';
  const title = coverage?.mode === 'conversation' ? 'The conversation, photographed' : 'The full page';
  const figures = segments.map((segment, position) => {
    const ref = fileRef(capture, segment);
    const label = `Part ${position + 1} of ${segments.length}`;
    const image = ref.file?.mediaType.startsWith('image/') ? segmentImage(ref.file.path, segment, `${title}, ${label.toLowerCase()}`) : '';
    const size = segment.width && segment.height ? ` · ${segment.width} × ${segment.height} pixels` : '';
    return `<figure class="segment-figure">${image}<figcaption>${label}${size} · ${fileLine(ref, segment)}</figcaption></figure>`;
  });
  return `<h3>${title}</h3>
${coverage ? `<p class="coverage${coverage.complete ? '' : ' incomplete'}">${escapeHtml(coverageSentence(coverage))}</p>` : ''}
${segments.length ? '<p class="small">Put together from the tiles below, in order from the top, and split into parts no taller than 16,384 pixels. Printed, each part is scaled to the width of the sheet.</p>' : ''}
${figures.join('\n')}
${tiles.length ? tileTable(capture, tiles) : ''}`;
}
