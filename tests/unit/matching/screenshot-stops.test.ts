import { describe, expect, it } from 'vitest';
import { planScreenshotStops } from '../../../src/matching/screenshot-stops';

const box = (top: number, height = 100) => ({ left: 10, top, width: 100, height });

describe('planScreenshotStops', () => {
  it('covers a window of images with one screenshot and starts a new one below it', () => {
    const stops = planScreenshotStops([box(50), box(300), box(700), box(2000), box(2100)], 800, 5000);
    expect(stops).toEqual([
      { scrollTop: 50, rects: [0, 1, 2] },
      { scrollTop: 2000, rects: [3, 4] },
    ]);
  });

  it('never scrolls past the end of the page, and still takes an image near the bottom', () => {
    expect(planScreenshotStops([box(4900, 90)], 800, 5000)).toEqual([{ scrollTop: 4200, rects: [0] }]);
  });

  it('gives an image taller than the window a stop of its own, and skips empty boxes', () => {
    expect(planScreenshotStops([box(0, 2000), box(100, 0), box(2100)], 800, 5000)).toEqual([
      { scrollTop: 0, rects: [0] },
      { scrollTop: 2100, rects: [2] },
    ]);
  });
});
