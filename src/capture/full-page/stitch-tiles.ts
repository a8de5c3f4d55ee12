import { drawsInSegment, planStitch, splitSegments } from './stitch-plan';
import type { TiledScroll } from './tile-scroll-container';

export interface Segment {
  /** PNG of the stitched view, at most 16,384 device px tall. */
  bytes: Uint8Array;
  index: number;
  width: number;
  height: number;
  /** Where the segment sits in the stitched view, CSS px. */
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Lays the tiles into one tall view, cut into segments, with OffscreenCanvas in the worker (it
 * has no DOM). Only the tiles a segment needs are decoded, and freed after it, so memory stays
 * near one segment plus a few tiles however long the page.
 */
export async function stitchTiles({ tiles, region, viewport }: TiledScroll): Promise<Segment[]> {
  const [first] = tiles;
  if (!first?.pixelWidth || !viewport.width) return [];
  const scale = first.pixelWidth / viewport.width;
  const plan = planStitch({ tiles: tiles.map((tile) => ({ y: tile.rect.y, pixelHeight: tile.pixelHeight })), region, scale });
  const segments: Segment[] = [];
  for (const [index, segment] of splitSegments(plan.height).entries()) {
    const canvas = new OffscreenCanvas(first.pixelWidth, segment.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not put the page together.');
    const bitmaps = new Map<number, ImageBitmap>();
    try {
      for (const draw of drawsInSegment(plan.draws, segment)) {
        const tile = tiles[draw.tile]!;
        let bitmap = bitmaps.get(draw.tile);
        if (!bitmap) {
          bitmap = await createImageBitmap(new Blob([tile.bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
          bitmaps.set(draw.tile, bitmap);
        }
        context.drawImage(bitmap, 0, draw.sy, tile.pixelWidth, draw.height, 0, draw.dy, tile.pixelWidth, draw.height);
      }
    } finally {
      for (const bitmap of bitmaps.values()) bitmap.close();
    }
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    segments.push({
      bytes: new Uint8Array(await blob.arrayBuffer()),
      index,
      width: first.pixelWidth,
      height: segment.height,
      rect: { x: 0, y: segment.y / scale, width: viewport.width, height: segment.height / scale },
    });
  }
  return segments;
}
