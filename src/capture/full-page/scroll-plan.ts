/**
 * Where to scroll next and when to stop, as a pure function of what the page reported. Positions
 * are "offsets": CSS pixels from the edge the tiling starts at (the top when scrolling down, the
 * bottom when scrolling up through a chat), which stay true when a chat loads older messages above.
 */

export type ScrollDirection = 'down' | 'up';

export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

export interface ScrollLimits {
  /** CSS pixels to cover at most, from the starting edge. */
  maxHeight: number;
  maxMs: number;
}

/** A page that keeps growing is stopped at 40 screens or 60,000 CSS pixels, whichever comes first, or after a minute. */
export function defaultLimits(clientHeight: number): ScrollLimits {
  return { maxHeight: Math.min(40 * Math.max(1, clientHeight), 60_000), maxMs: 60_000 };
}

export function offsetOf(direction: ScrollDirection, metrics: ScrollMetrics): number {
  return direction === 'down' ? metrics.scrollTop : Math.max(0, metrics.scrollHeight - metrics.clientHeight - metrics.scrollTop);
}

export function scrollTopFor(direction: ScrollDirection, offset: number, metrics: ScrollMetrics): number {
  return direction === 'down' ? offset : Math.max(0, metrics.scrollHeight - metrics.clientHeight - offset);
}

export interface PlanInput {
  direction: ScrollDirection;
  metrics: ScrollMetrics;
  /** Offset of the last tile taken. */
  offset: number;
  tiles: number;
  elapsedMs: number;
  cancelled: boolean;
  limits: ScrollLimits;
}

export type NextStep = { offset: number } | { stop: true; complete: boolean; reason?: string };

/** After a tile: the next offset to scroll to (one screen on, no overlap), or why to stop. */
export function nextStep(input: PlanInput): NextStep {
  const { metrics, offset, limits } = input;
  const covered = offset + metrics.clientHeight;
  if (input.cancelled) return { stop: true, complete: false, reason: 'cancelled' };
  if (offset >= metrics.scrollHeight - metrics.clientHeight - 0.5) return { stop: true, complete: true };
  if (covered >= limits.maxHeight) {
    return {
      stop: true,
      complete: false,
      reason: `height limit: stopped after ${format(covered)} px of ${format(metrics.scrollHeight)} px; the page may keep growing as it is scrolled`,
    };
  }
  if (input.elapsedMs >= limits.maxMs) return { stop: true, complete: false, reason: `time limit: stopped after ${Math.round(input.elapsedMs / 1000)} s` };
  return { offset: covered };
}

/** A scroll that did not move means the page refused to go further (or snapped back). */
export function stalled(previousOffset: number | null, offset: number): boolean {
  return previousOffset !== null && offset <= previousOffset + 0.5;
}

/** The estimated number of tiles, from the page's height now and the limit. */
export function estimateTiles(metrics: ScrollMetrics, limits: ScrollLimits): number {
  return Math.max(1, Math.ceil(Math.min(metrics.scrollHeight, limits.maxHeight) / Math.max(1, metrics.clientHeight)));
}

function format(px: number): string {
  return Math.round(px).toLocaleString('en-US');
}
