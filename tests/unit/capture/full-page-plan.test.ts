import { describe, expect, it } from 'vitest';
import { defaultLimits, estimateTiles, nextStep, offsetOf, scrollTopFor, stalled } from '../../../src/capture/full-page/scroll-plan';
import { drawsInSegment, planStitch, splitSegments } from '../../../src/capture/full-page/stitch-plan';

const limits = { maxHeight: 60_000, maxMs: 60_000 };
const step = (scrollTop: number, scrollHeight: number, extra: Partial<Parameters<typeof nextStep>[0]> = {}) =>
  nextStep({
    direction: 'down',
    metrics: { scrollTop, scrollHeight, clientHeight: 800 },
    offset: scrollTop,
    tiles: 1,
    elapsedMs: 0,
    cancelled: false,
    limits,
    ...extra,
  });

describe('the scroll plan', () => {
  it('moves one screen at a time with no overlap, and is complete at the end', () => {
    expect(step(0, 2000)).toEqual({ offset: 800 });
    expect(step(800, 2000)).toEqual({ offset: 1600 });
    // The browser stops the last scroll at 1,200; that tile reaches the end.
    expect(step(1200, 2000)).toEqual({ stop: true, complete: true });
  });

  it('stops a growing page at the height limit, a slow one at the time limit, and a cancelled one, each saying why', () => {
    expect(step(59_200, 90_000)).toMatchObject({
      stop: true,
      complete: false,
      reason: expect.stringMatching(/^height limit: stopped after 60,000 px of 90,000 px/),
    });
    expect(step(800, 90_000, { elapsedMs: 61_000 })).toMatchObject({ stop: true, complete: false, reason: 'time limit: stopped after 61 s' });
    expect(step(800, 90_000, { cancelled: true })).toEqual({ stop: true, complete: false, reason: 'cancelled' });
  });

  it('limits a page to 40 screens or 60,000 px, whichever is less', () => {
    expect(defaultLimits(800).maxHeight).toBe(32_000);
    expect(defaultLimits(2000).maxHeight).toBe(60_000);
    expect(estimateTiles({ scrollTop: 0, scrollHeight: 4100, clientHeight: 800 }, defaultLimits(800))).toBe(6);
    expect(estimateTiles({ scrollTop: 0, scrollHeight: 900_000, clientHeight: 800 }, defaultLimits(800))).toBe(40);
  });

  it('counts offsets from the bottom when scrolling up, so older messages loaded above do not move them', () => {
    const metrics = { scrollTop: 1200, scrollHeight: 2000, clientHeight: 800 };
    expect(offsetOf('up', metrics)).toBe(0);
    expect(scrollTopFor('up', 800, metrics)).toBe(400);
    // 3,000 px of older messages arrive above; the same offset now means a larger scrollTop.
    expect(scrollTopFor('up', 800, { ...metrics, scrollHeight: 5000 })).toBe(3400);
    expect(offsetOf('up', { scrollTop: 3400, scrollHeight: 5000, clientHeight: 800 })).toBe(800);
    expect(
      nextStep({
        direction: 'up',
        metrics: { scrollTop: 0, scrollHeight: 5000, clientHeight: 800 },
        offset: 4200,
        tiles: 6,
        elapsedMs: 0,
        cancelled: false,
        limits,
      }),
    ).toEqual({
      stop: true,
      complete: true,
    });
  });

  it('notices a scroll that did not move', () => {
    expect(stalled(null, 0)).toBe(false);
    expect(stalled(800, 1600)).toBe(false);
    expect(stalled(800, 800)).toBe(true);
  });
});

describe('stitching', () => {
  it('crops the overlap of the last tile using the real scroll positions', () => {
    // Page 2,000 px, screen 800: tiles at 0, 800 and 1,200 (the browser stopped there).
    const plan = planStitch({ tiles: [0, 800, 1200].map((y) => ({ y, pixelHeight: 800 })), region: { y: 0, height: 800 }, scale: 1 });
    expect(plan.height).toBe(2000);
    expect(plan.draws).toEqual([
      { tile: 0, sy: 0, dy: 0, height: 800 },
      { tile: 1, sy: 0, dy: 800, height: 800 },
      { tile: 2, sy: 400, dy: 1600, height: 400 },
    ]);
  });

  it('works in device pixels, and keeps a bar above and below an element that scrolls once each', () => {
    // At 2x: a 50 px bar above a 600 px scroller and a 150 px footer below, in an 800 px viewport.
    const tiles = [0, 600, 900].map((y) => ({ y, pixelHeight: 1600 }));
    const plan = planStitch({ tiles, region: { y: 50, height: 600 }, scale: 2 });
    expect(plan.draws).toEqual([
      { tile: 0, sy: 0, dy: 0, height: 100 },
      { tile: 0, sy: 100, dy: 100, height: 1200 },
      { tile: 1, sy: 100, dy: 1300, height: 1200 },
      { tile: 2, sy: 700, dy: 2500, height: 600 },
      { tile: 2, sy: 1300, dy: 3100, height: 300 },
    ]);
    expect(plan.height).toBe((50 + 1500 + 150) * 2);
  });

  it('orders tiles taken upwards by where they sit', () => {
    const plan = planStitch({ tiles: [1200, 400, 0].map((y) => ({ y, pixelHeight: 800 })), region: { y: 0, height: 800 }, scale: 1 });
    expect(plan.draws.map((draw) => [draw.tile, draw.dy, draw.height])).toEqual([
      [2, 0, 800],
      [1, 800, 400],
      [0, 1200, 800],
    ]);
  });

  it('splits the view into segments no taller than 16,384 px, each draw clipped to its segment', () => {
    expect(splitSegments(40_000)).toEqual([
      { y: 0, height: 16_384 },
      { y: 16_384, height: 16_384 },
      { y: 32_768, height: 7_232 },
    ]);
    expect(splitSegments(16_384)).toHaveLength(1);
    expect(splitSegments(0)).toEqual([]);
    const draws = [
      { tile: 0, sy: 0, dy: 0, height: 10_000 },
      { tile: 1, sy: 0, dy: 10_000, height: 10_000 },
    ];
    expect(drawsInSegment(draws, { y: 16_384, height: 16_384 })).toEqual([{ tile: 1, sy: 6_384, dy: 0, height: 3_616 }]);
    expect(drawsInSegment(draws, { y: 0, height: 16_384 })).toEqual([
      { tile: 0, sy: 0, dy: 0, height: 10_000 },
      { tile: 1, sy: 0, dy: 10_000, height: 6_384 },
    ]);
  });
});
