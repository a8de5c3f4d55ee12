import { beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance, pdq, pdqDihedral } from '../../../src/matching/pdq';
import { DIHEDRAL_VIEWS } from '../../../src/matching/pdq-dct';
import { pdqOfViews, rgbaView } from '../../../src/matching/rgba-views';
import { decodeJpeg, EXPECTED, expectedHash, libjpegPixels } from './reference-images';

const BRIDGES = EXPECTED.filter(({ file }) => file.startsWith('bridge-')).map(({ file }) => file);

beforeAll(() => {
  for (const file of BRIDGES) decodeJpeg(file);
}, 60_000);

describe('rgbaView', () => {
  it('moves pixels as the view says: a 3×2 image turned and mirrored', () => {
    // Pixels numbered 1–6 in reading order, one number per RGBA pixel.
    const data = new Uint8Array(24);
    for (let p = 0; p < 6; p++) data.set([p + 1, 0, 0, 255], p * 4);
    const read = (view: (typeof DIHEDRAL_VIEWS)[number]) => {
      const out = rgbaView({ width: 3, height: 2, data }, view);
      return [out.width, out.height, [...out.data].filter((_, i) => i % 4 === 0).join('')];
    };
    expect(read('original')).toEqual([3, 2, '123456']);
    expect(read('rotate180')).toEqual([3, 2, '654321']);
    expect(read('flipY')).toEqual([3, 2, '321654']);
    expect(read('flipX')).toEqual([3, 2, '456123']);
    expect(read('flipPlus1')).toEqual([2, 3, '142536']);
  });

  it('gives each view the hash of the reference’s own rotated or mirrored file', () => {
    const original = decodeJpeg('bridge-1-original.jpg');
    DIHEDRAL_VIEWS.forEach((view, v) => {
      // Measured: 0 bits for every view with jpeg-js.
      expect(hammingDistance(pdq(rgbaView(original, view)).hash, pdq(decodeJpeg(BRIDGES[v]!)).hash), view).toBeLessThanOrEqual(4);
    });
  });

  it('finds the mirror image of a small photo that the DCT-derived views miss', () => {
    const small = libjpegPixels('q0122');
    const mirrored = pdq(rgbaView(small, 'flipY')).hash;
    const derived = pdqDihedral(small).dihedral[DIHEDRAL_VIEWS.indexOf('flipY')]!;
    const moved = pdqOfViews(small);
    expect(moved.hash).toBe(expectedHash('q0122.jpg'));
    expect(hammingDistance(moved.dihedral[DIHEDRAL_VIEWS.indexOf('flipY')]!, mirrored)).toBe(0);
    expect(hammingDistance(derived, mirrored)).toBeGreaterThan(31);
  });
});
