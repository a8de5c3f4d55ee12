import { describe, expect, it } from 'vitest';
import { FIREFOX_CANVAS_LIMIT, firefoxSegments } from '../../../src/capture/firefox-segments';

describe('firefoxSegments', () => {
  it('takes a page that fits one canvas in one band', () => {
    expect(firefoxSegments(5_000, 2)).toEqual([{ y: 0, height: 5_000 }]);
  });

  it('cuts a tall page into bands no taller than the canvas limit in device pixels, with no gap or overlap', () => {
    const segments = firefoxSegments(60_000, 2);
    for (const segment of segments) expect(segment.height * 2).toBeLessThanOrEqual(FIREFOX_CANVAS_LIMIT);
    for (const [index, segment] of segments.entries()) expect(segment.y).toBe(index === 0 ? 0 : segments[index - 1]!.y + segments[index - 1]!.height);
    expect(segments.reduce((sum, segment) => sum + segment.height, 0)).toBe(60_000);
    expect(segments).toHaveLength(4);
  });

  it('rounds a fractional height up so the last row is drawn, and returns nothing for an empty page', () => {
    expect(firefoxSegments(100.4, 1)).toEqual([{ y: 0, height: 101 }]);
    expect(firefoxSegments(0, 1)).toEqual([]);
  });
});
