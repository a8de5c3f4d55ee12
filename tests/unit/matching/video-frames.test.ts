import { describe, expect, it } from 'vitest';
import { combineFrameHashes, FRAME_DEFAULTS, planVideoFrames } from '../../../src/matching/video-frames';
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
