/** Firefox's canvases stop at 32,767 px a side, and captureTab draws each call on one canvas. */
export const FIREFOX_CANVAS_LIMIT = 32_767;

export interface SegmentRect {
  y: number;
  height: number;
}

/**
 * Cuts a page `height` CSS px tall into bands that each fit one canvas at `scale` device px per
 * CSS px, top to bottom, with no gap and no overlap (whole CSS px, so no row is drawn twice).
 */
export function firefoxSegments(height: number, scale: number, limit = FIREFOX_CANVAS_LIMIT): SegmentRect[] {
  const total = Math.max(0, Math.ceil(height));
  const band = Math.max(1, Math.floor(limit / Math.max(scale, Number.EPSILON)));
  const segments: SegmentRect[] = [];
  for (let y = 0; y < total; y += band) segments.push({ y, height: Math.min(band, total - y) });
  return segments;
}
