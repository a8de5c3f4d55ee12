/*
 * Videos, the vPDQ way (facebook/ThreatExchange vpdq/): PDQ of frames taken at a fixed interval,
 * then near-identical neighbours dropped, so a still scene is one hash and a cut is a new one.
 * Pure planning and combining; the page that plays the video seeks, draws and hashes.
 */
import { hammingDistance } from './pdq';
import { PDQ_MIN_QUALITY } from './match-index';

export interface FramePlanOptions {
  /** One frame per this many ms (vPDQ's default is one a second). */
  intervalMs?: number;
  /** At most this many frames: a long video is sampled more sparsely instead. */
  maxFrames?: number;
  /**
   * Stop hashing after this long, keeping what was hashed, so adding a long video never hangs. By
   * default it grows with the number of frames, so a short video is never cut, even on a busy computer.
   */
  budgetMs?: number;
}

export interface FramePlan {
  /** Times to seek to, in ms from the start, ascending. */
  timesMs: number[];
  budgetMs: number;
}

/** budgetMs is the least time allowed; each planned frame adds budgetPerFrameMs above it. */
export const FRAME_DEFAULTS = { intervalMs: 1000, maxFrames: 120, budgetMs: 30_000, budgetPerFrameMs: 500 } as const;

export function planVideoFrames(durationMs: number, options: FramePlanOptions = {}): FramePlan {
  const intervalMs = Math.max(1, options.intervalMs ?? FRAME_DEFAULTS.intervalMs);
  const maxFrames = Math.max(1, Math.floor(options.maxFrames ?? FRAME_DEFAULTS.maxFrames));
  const budgetFor = (frames: number) => options.budgetMs ?? Math.max(FRAME_DEFAULTS.budgetMs, frames * FRAME_DEFAULTS.budgetPerFrameMs);
  // A stream or a file whose length the browser cannot tell: the first frame is all we can promise.
  if (!Number.isFinite(durationMs) || durationMs <= 0) return { timesMs: [0], budgetMs: budgetFor(1) };
  const step = Math.max(intervalMs, durationMs / maxFrames);
  const timesMs: number[] = [];
  for (let k = 0; k < maxFrames; k++) {
    const t = Math.round(k * step);
    if (t >= durationMs) break;
    timesMs.push(t);
  }
  return { timesMs, budgetMs: budgetFor(timesMs.length) };
}

/** Frame times are whole microseconds of a millisecond-based container; allow for the rounding. */
const TIME_SLACK_US = 1_000;

/**
 * Whether a decoded frame (a WebCodecs VideoFrame's timestamp and duration, in µs) is the one a
 * seek to `targetMs` should show. Just after 'seeked' a browser can still hand over the frame of
 * the seek before (more often on a busy computer), and hashing that would label the last shot
 * with this time and lose this one. Without a duration, a frame is new when it is later than the
 * one taken before (seeks go forward).
 */
export function frameShowsTime(frame: { timestampUs: number; durationUs: number | null }, targetMs: number, previousUs?: number): boolean {
  const targetUs = targetMs * 1000;
  if (frame.timestampUs > targetUs + TIME_SLACK_US) return false;
  if (frame.durationUs !== null && frame.durationUs > 0) return targetUs < frame.timestampUs + frame.durationUs;
  return previousUs === undefined || frame.timestampUs > previousUs;
}

export interface FrameHash {
  frameMs: number;
  hash: string;
  quality: number;
  dihedral?: string[];
}

/** Consecutive frames this close are one shot: re-encoding alone moves a PDQ hash by up to about 16 bits. */
export const SAME_SHOT_DISTANCE = 10;

/**
 * The frames worth keeping, in time order: usable quality (a black or blank frame matches
 * everything), and not a near copy of the frame kept just before it.
 */
export function combineFrameHashes<T extends FrameHash>(frames: readonly T[], sameShotDistance = SAME_SHOT_DISTANCE): T[] {
  const kept: T[] = [];
  for (const frame of [...frames].sort((a, b) => a.frameMs - b.frameMs)) {
    if (frame.quality < PDQ_MIN_QUALITY) continue;
    const previous = kept.at(-1);
    if (previous && hammingDistance(previous.hash, frame.hash) <= sameShotDistance) continue;
    kept.push(frame);
  }
  return kept;
}
