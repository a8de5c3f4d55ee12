import type { ScrollTarget, ScrollState } from '../../content/scroll-page';
import type { PageCoverage } from '../../shared/types';
import { captureVisibleTabPng } from '../capture-screenshot';
import { dataUrlToBytes } from '../decode';
import { pngSize } from '../observed-facts';
import { scrollPage } from './page-scroller';
import { defaultLimits, estimateTiles, nextStep, offsetOf, type ScrollDirection, type ScrollLimits, scrollTopFor, stalled } from './scroll-plan';

export interface TileRequest {
  tabId: number;
  windowId: number;
  /** 'auto': the document, or the largest element that scrolls inside the viewport. */
  scroller: ScrollTarget;
  /** 'up' starts at the bottom (a chat's newest message) and scrolls towards the top. */
  direction: ScrollDirection;
  mode: PageCoverage['mode'];
  /** Defaults: 40 screens or 60,000 CSS px, and a minute. */
  limits?: Partial<ScrollLimits>;
  /** Per tile, the longest wait for images in view to load. */
  lazyWaitMs?: number;
  signal: AbortSignal;
  onTile?(done: number, estimatedTotal: number): void;
}

export interface Tile {
  /** PNG, byte for byte as captureVisibleTab returned it. */
  bytes: Uint8Array;
  index: number;
  /** Where the region's content sits in the scrolled content, CSS px from its top (at the end of tiling). */
  rect: { x: number; y: number; width: number; height: number };
  pixelWidth: number;
  pixelHeight: number;
}

export interface TiledScroll {
  tiles: Tile[];
  coverage: PageCoverage;
  /** The scroller's box in the viewport (CSS px), for stitching. */
  region: ScrollState['region'];
  viewport: ScrollState['viewport'];
}

/**
 * Photographs a scroll container one screen at a time, in one direction, until its end, a limit,
 * or a cancel; fixed and sticky elements are hidden after the first tile; the scroll position is
 * put back however it ends. Used by the full page and by conversations.
 */
export async function tileScrollContainer(request: TileRequest): Promise<TiledScroll> {
  const { tabId, direction } = request;
  const prepared = await scrollPage(tabId, { op: 'prepare', target: request.scroller });
  if (!prepared) throw new Error('Preserve could not find what scrolls on this page.');
  const limits = { ...defaultLimits(prepared.clientHeight), ...request.limits };
  const started = performance.now();
  const taken: Array<{ bytes: Uint8Array; offset: number; pixelWidth: number; pixelHeight: number }> = [];
  let state: ScrollState = prepared;
  let stop: { complete: boolean; reason?: string } = { complete: false, reason: 'cancelled' };
  try {
    let target = 0;
    let previous: number | null = null;
    while (!request.signal.aborted) {
      const scrolled = await scrollPage(tabId, { op: 'scrollTo', top: scrollTopFor(direction, target, state), lazyWaitMs: request.lazyWaitMs ?? 300 });
      if (!scrolled) break;
      state = scrolled;
      const offset = offsetOf(direction, state);
      if (stalled(previous, offset)) {
        stop = { complete: false, reason: 'the page did not scroll further before its end' };
        break;
      }
      if (request.signal.aborted) break;
      const bytes = dataUrlToBytes(await captureVisibleTabPng(request.windowId));
      const size = pngSize(bytes) ?? { width: 0, height: 0 };
      taken.push({ bytes, offset, pixelWidth: size.width, pixelHeight: size.height });
      if (taken.length === 1) state = (await scrollPage(tabId, { op: 'hideFixed' })) ?? state;
      request.onTile?.(taken.length, Math.max(taken.length, estimateTiles(state, limits)));
      const step = nextStep({
        direction,
        metrics: state,
        offset,
        tiles: taken.length,
        elapsedMs: performance.now() - started,
        cancelled: request.signal.aborted,
        limits,
      });
      if ('stop' in step) {
        stop = step;
        break;
      }
      previous = offset;
      target = step.offset;
    }
  } finally {
    await scrollPage(tabId, { op: 'restore' }).catch(() => undefined);
  }
  const height = state.clientHeight;
  const covered = Math.min(
    state.scrollHeight,
    taken.reduce((max, tile) => Math.max(max, tile.offset + height), 0),
  );
  return {
    tiles: taken.map((tile, index) => ({
      bytes: tile.bytes,
      index,
      rect: { x: 0, y: direction === 'down' ? tile.offset : state.scrollHeight - height - tile.offset, width: state.region.width, height },
      pixelWidth: tile.pixelWidth,
      pixelHeight: tile.pixelHeight,
    })),
    coverage: {
      mode: request.mode,
      scroller: prepared.scroller,
      coveredHeight: Math.round(covered),
      totalHeight: Math.round(state.scrollHeight),
      tiles: taken.length,
      complete: stop.complete,
      ...(stop.reason !== undefined && { stoppedBecause: stop.reason }),
    },
    region: state.region,
    viewport: state.viewport,
  };
}
