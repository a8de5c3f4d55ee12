import { describe, expect, it } from 'vitest';
import { combineFrameHashes, FRAME_DEFAULTS, frameShowsTime, planVideoFrames } from '../../../src/matching/video-frames';
import { hashSource } from './random-hashes';

describe('planVideoFrames', () => {
  it('takes one frame a second from a short video', () => {
    expect(planVideoFrames(4_500)).toEqual({ timesMs: [0, 1000, 2000, 3000, 4000], budgetMs: FRAME_DEFAULTS.budgetMs });
  });

  it('spreads a capped number of frames over a long video, all inside it', () => {
    const { timesMs } = planVideoFrames(60 * 60_000, { maxFrames: 100 });
    expect(timesMs).toHaveLength(100);
    expect(timesMs[1]).toBe(36_000);
    expect(timesMs.at(-1)).toBeLessThan(60 * 60_000);
  });

  it('takes the first frame when the length is unknown', () => {
    expect(planVideoFrames(Number.POSITIVE_INFINITY).timesMs).toEqual([0]);
    expect(planVideoFrames(Number.NaN).timesMs).toEqual([0]);
  });

  it('gives a long video more time than a short one, so a short one is never cut', () => {
    expect(planVideoFrames(4_000).budgetMs).toBe(30_000);
    expect(planVideoFrames(60 * 60_000).budgetMs).toBe(FRAME_DEFAULTS.maxFrames * FRAME_DEFAULTS.budgetPerFrameMs);
    expect(planVideoFrames(60 * 60_000).budgetMs).toBeGreaterThan(30_000);
  });

  it('passes the time bound on', () => {
    expect(planVideoFrames(10_000, { budgetMs: 5_000, intervalMs: 2_500 })).toEqual({ timesMs: [0, 2500, 5000, 7500], budgetMs: 5_000 });
  });
});

describe('combineFrameHashes', () => {
  const source = hashSource(7);
  const shotA = source.next();
  const shotB = source.next();

  it('keeps one hash for a still shot and a new one at each cut, in time order', () => {
    const frames = [
      { frameMs: 2000, hash: source.flip(shotA, 4), quality: 80 },
      { frameMs: 0, hash: shotA, quality: 80 },
      { frameMs: 1000, hash: source.flip(shotA, 2), quality: 80 },
      { frameMs: 3000, hash: shotB, quality: 80 },
      { frameMs: 4000, hash: shotA, quality: 80 },
    ];
    expect(combineFrameHashes(frames).map((frame) => frame.frameMs)).toEqual([0, 3000, 4000]);
  });

  it('drops frames too plain to match on (a black frame, a fade)', () => {
    const frames = [
      { frameMs: 0, hash: '0'.repeat(64), quality: 0 },
      { frameMs: 1000, hash: shotB, quality: 49 },
      { frameMs: 2000, hash: shotA, quality: 50 },
    ];
    expect(combineFrameHashes(frames)).toEqual([frames[2]]);
  });
});

describe('frameShowsTime', () => {
  const tenFps = (ms: number) => ({ timestampUs: ms * 1000, durationUs: 100_000 });

  it('accepts the frame that covers the time sought', () => {
    expect(frameShowsTime(tenFps(3000), 3000, 2_000_000)).toBe(true);
    expect(frameShowsTime(tenFps(2900), 3000, 2_000_000)).toBe(false);
    expect(frameShowsTime(tenFps(2950), 3000)).toBe(true);
  });

  it('refuses the frame of the seek before, still shown just after "seeked"', () => {
    expect(frameShowsTime(tenFps(2000), 3000, 2_000_000)).toBe(false);
  });

  it('accepts a still held over several seeks when its duration says so', () => {
    expect(frameShowsTime({ timestampUs: 2_000_000, durationUs: 2_000_000 }, 3000, 2_000_000)).toBe(true);
  });

  it('without a duration, wants a frame later than the one taken before, and never one after the time sought', () => {
    expect(frameShowsTime({ timestampUs: 2_000_000, durationUs: null }, 3000, 2_000_000)).toBe(false);
    expect(frameShowsTime({ timestampUs: 2_966_000, durationUs: null }, 3000, 2_000_000)).toBe(true);
    expect(frameShowsTime({ timestampUs: 0, durationUs: null }, 0)).toBe(true);
    expect(frameShowsTime({ timestampUs: 3_500_000, durationUs: null }, 3000, 2_000_000)).toBe(false);
  });
});
