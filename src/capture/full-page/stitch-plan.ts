/**
 * How raw tiles are laid into the stitched view, in device pixels, as pure arithmetic. Each tile
 * is a whole viewport; only the scroller's region changes between tiles. Rows already covered by
 * an earlier tile are cropped using the scroll positions the page reported (the last tile of a
 * page usually overlaps the one before it, because the browser stops at the end).
 */

export interface StitchTile {
  /** Top of the region's content in this tile, CSS pixels from the content's top. */
  y: number;
  /** The tile image's height in device pixels. */
  pixelHeight: number;
}

export interface StitchInput {
  tiles: StitchTile[];
  /** The scroller's visible box in the viewport, CSS pixels. */
  region: { y: number; height: number };
  /** Device pixels per CSS pixel (the tile's width over the viewport's). */
  scale: number;
}

/** Copy `height` rows of tile `tile` from row `sy` to row `dy` of the stitched view. */
export interface Draw {
  tile: number;
  sy: number;
  dy: number;
  height: number;
}

/** The stitched view's height and draws: what is above the region from the top tile, the content once, what is below from the bottom tile. */
export function planStitch({ tiles, region, scale }: StitchInput): { height: number; draws: Draw[] } {
  const order = tiles.map((tile, index) => ({ ...tile, index })).sort((a, b) => a.y - b.y);
  const first = order[0];
  const last = order.at(-1);
  if (!first || !last) return { height: 0, draws: [] };
  const px = (css: number) => Math.round(css * scale);
  const draws: Draw[] = [];
  const add = (draw: Draw) => {
    if (draw.height > 0) draws.push(draw);
  };
  add({ tile: first.index, sy: 0, dy: 0, height: Math.min(px(region.y), first.pixelHeight) });
  let end = first.y;
  for (const tile of order) {
    const from = Math.max(end, tile.y);
    const to = tile.y + region.height;
    if (to <= from) continue;
    const dy = px(region.y + from - first.y);
    const sy = px(region.y + from - tile.y);
    add({ tile: tile.index, sy, dy, height: Math.min(px(region.y + to - first.y) - dy, tile.pixelHeight - sy) });
    end = to;
  }
  const below = px(region.y + region.height);
  const dy = px(region.y + end - first.y);
  add({ tile: last.index, sy: below, dy, height: last.pixelHeight - below });
  const bottom = draws.reduce((max, draw) => Math.max(max, draw.dy + draw.height), 0);
  return { height: bottom, draws };
}

/** Browsers and viewers refuse or fail on taller canvases and images. */
export const MAX_SEGMENT_HEIGHT = 16_384;

export function splitSegments(height: number, max = MAX_SEGMENT_HEIGHT): Array<{ y: number; height: number }> {
  const segments: Array<{ y: number; height: number }> = [];
  for (let y = 0; y < height; y += max) segments.push({ y, height: Math.min(max, height - y) });
  return segments;
}

/** The draws that fall in one segment, clipped to it, with rows relative to its top. */
export function drawsInSegment(draws: Draw[], segment: { y: number; height: number }): Draw[] {
  return draws.flatMap((draw) => {
    const top = Math.max(draw.dy, segment.y);
    const bottom = Math.min(draw.dy + draw.height, segment.y + segment.height);
    return bottom > top ? [{ tile: draw.tile, sy: draw.sy + (top - draw.dy), dy: top - segment.y, height: bottom - top }] : [];
  });
}
