import { describe, expect, it } from 'vitest';
import { screenshotCrop } from '../../../src/capture/media/screenshot-crop';

const IMAGE = { width: 1600, height: 1200 };

describe('screenshotCrop', () => {
  it('scales the element’s CSS box by the pixel ratio', () => {
    expect(screenshotCrop({ x: 10, y: 20, width: 320, height: 180 }, 1, IMAGE)).toEqual({ x: 10, y: 20, width: 320, height: 180 });
    expect(screenshotCrop({ x: 10, y: 20, width: 320, height: 180 }, 2, IMAGE)).toEqual({ x: 20, y: 40, width: 640, height: 360 });
  });

  it('rounds fractional CSS boxes and ratios to whole pixels without losing a row', () => {
    expect(screenshotCrop({ x: 8.4, y: 50.6, width: 100.2, height: 40 }, 1.5, IMAGE)).toEqual({ x: 13, y: 76, width: 150, height: 60 });
  });

  it('keeps only the part inside the screenshot when the element runs past an edge', () => {
    expect(screenshotCrop({ x: -100, y: 1100, width: 300, height: 300 }, 1, IMAGE)).toEqual({ x: 0, y: 1100, width: 200, height: 100 });
    expect(screenshotCrop({ x: 700, y: -50, width: 200, height: 100 }, 2, IMAGE)).toEqual({ x: 1400, y: 0, width: 200, height: 100 });
  });

  it('gives nothing for an element scrolled out of view, or with no size', () => {
    expect(screenshotCrop({ x: 0, y: 1300, width: 320, height: 180 }, 1, IMAGE)).toBeNull();
    expect(screenshotCrop({ x: 0, y: -400, width: 320, height: 180 }, 2, IMAGE)).toBeNull();
    expect(screenshotCrop({ x: 1700, y: 0, width: 320, height: 180 }, 1, IMAGE)).toBeNull();
    expect(screenshotCrop({ x: 10, y: 10, width: 0, height: 180 }, 1, IMAGE)).toBeNull();
    expect(screenshotCrop({ x: 10, y: 10, width: 0.2, height: 0.2 }, 1, IMAGE)).toBeNull();
  });

  it('gives nothing when the ratio or the box is not a usable number', () => {
    expect(screenshotCrop({ x: 10, y: 10, width: 320, height: 180 }, 0, IMAGE)).toBeNull();
    expect(screenshotCrop({ x: Number.NaN, y: 10, width: 320, height: 180 }, 1, IMAGE)).toBeNull();
    expect(screenshotCrop({ x: 10, y: 10, width: Number.POSITIVE_INFINITY, height: 180 }, 1, IMAGE)).toBeNull();
  });
});
