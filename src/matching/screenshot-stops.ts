/*
 * "Find my images on this page" reads images from other hosts by photographing the page: the
 * browser allows two screenshots a second, so the page is scrolled to as few places as cover
 * every such image. Pure: rectangles in, scroll positions out.
 */

export interface PageRect {
  /** Document coordinates, CSS pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ScreenshotStop {
  /** Where to scroll the page to. */
  scrollTop: number;
  /** Indexes of the rectangles wholly (or, for one taller than the window, mostly) in view there. */
  rects: number[];
}

/**
 * Greedy from the top: each stop starts at the highest image not yet covered and takes every image
 * that fits below it in one window. Images taller than the window get the top of them.
 */
export function planScreenshotStops(rects: readonly PageRect[], viewportHeight: number, scrollHeight: number): ScreenshotStop[] {
  const maxScroll = Math.max(0, scrollHeight - viewportHeight);
  const order = rects
    .map((rect, index) => ({ rect, index }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0)
    .sort((a, b) => a.rect.top - b.rect.top);
  const stops: ScreenshotStop[] = [];
  const done = new Set<number>();
  for (const { rect, index } of order) {
    if (done.has(index)) continue;
    const scrollTop = Math.round(Math.min(maxScroll, Math.max(0, rect.top)));
    const bottom = scrollTop + viewportHeight;
    const covered = order.filter(
      ({ rect: other, index: i }) => !done.has(i) && other.top >= scrollTop - 0.5 && (other.top + other.height <= bottom + 0.5 || other.top === rect.top),
    );
    for (const { index: i } of covered) done.add(i);
    stops.push({ scrollTop, rects: covered.map(({ index: i }) => i).sort((a, b) => a - b) });
  }
  return stops;
}
