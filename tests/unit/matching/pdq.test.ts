import { beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance, pdq, pdqDihedral, type RgbaImage } from '../../../src/matching/pdq';
import { DIHEDRAL_VIEWS } from '../../../src/matching/pdq-dct';
import { decodeJpeg, EXPECTED, expectedHash, libjpegPixels, TOLERANCE_BITS } from './reference-images';

const BRIDGES = EXPECTED.filter(({ file }) => file.startsWith('bridge-'));

// jpeg-js needs about half a second a photo, more on a busy machine: decode them once, up front.
beforeAll(() => {
  for (const { file } of EXPECTED) decodeJpeg(file);
}, 60_000);

describe('pdq against the reference hashes', () => {
  it('the fixture keeps the reference test’s own tolerance', () => {
    expect(TOLERANCE_BITS).toBe(16);
    expect(EXPECTED).toHaveLength(13);
  });

  it('given the reference decoder’s pixels, gives the reference’s hash bit for bit (the featureless q0003 within tolerance)', () => {
    // Measured: 0 bits for q0004, q0122, small and wee; 10 for q0003, whose quality is 3.
    for (const name of ['q0004', 'q0122', 'small', 'wee']) expect(hammingDistance(pdq(libjpegPixels(name)).hash, expectedHash(`${name}.jpg`)), name).toBe(0);
    expect(hammingDistance(pdq(libjpegPixels('q0003')).hash, expectedHash('q0003.jpg'))).toBeLessThanOrEqual(TOLERANCE_BITS);
  });

  it('gives the reference’s quality scores: 100 for photos, single figures for featureless images', () => {
    expect(pdq(libjpegPixels('q0122')).quality).toBe(100);
    expect(pdq(libjpegPixels('wee')).quality).toBe(100);
    expect(pdq(libjpegPixels('q0003')).quality).toBe(3);
    expect(pdq(libjpegPixels('q0004')).quality).toBe(4);
    // small.jpg is a smooth gradient: nothing to hold on to.
    expect(pdq(libjpegPixels('small')).quality).toBe(0);
    for (const { file } of BRIDGES) expect(pdq(decodeJpeg(file)).quality, file).toBe(100);
  });

  it('decoding with jpeg-js, every photo good enough to match on is within the reference’s 16 bits', () => {
    // Measured: wee 0, q0122 10, small 0, bridges 0–4. The two featureless images (quality 3 and 4)
    // move 64 and 18 bits with jpeg-js's rounding, which is why PDQ never matches below quality 50.
    for (const { file, pdq: expected } of EXPECTED) {
      const result = pdq(decodeJpeg(file));
      if (result.quality >= 50 || file === 'small.jpg') expect(hammingDistance(result.hash, expected), file).toBeLessThanOrEqual(TOLERANCE_BITS);
      else expect(result.quality, file).toBeLessThan(50);
    }
  });

  it('jpeg-js and the reference decoder agree on quality within a point', () => {
    for (const name of ['q0003', 'q0004', 'q0122', 'small', 'wee']) {
      expect(Math.abs(pdq(decodeJpeg(`${name}.jpg`)).quality - pdq(libjpegPixels(name)).quality), name).toBeLessThanOrEqual(1);
    }
  });
});

describe('pdqDihedral', () => {
  const original = decodeJpeg('bridge-1-original.jpg');
  const views = pdqDihedral(original);

  it('lists the hash first, then its seven rotations and mirror images, with the same quality', () => {
    expect(views.dihedral).toHaveLength(8);
    expect(views.dihedral[0]).toBe(pdq(original).hash);
    expect(views.hash).toBe(views.dihedral[0]);
    expect(views.quality).toBe(pdq(original).quality);
    expect(new Set(views.dihedral).size).toBe(8);
  });

  it('each view matches the rotated or flipped photo: its reference hash and our hash of it', () => {
    // Measured: 2, 16, 16, 2, 2, 16, 2, 16 bits from the reference's hashes of the rotated files.
    BRIDGES.forEach(({ file, pdq: expected }, i) => {
      expect(file).toContain(['original', 'rotate-90', 'rotate-180', 'rotate-270', 'flipx', 'flipy', 'flip-plus-1', 'flip-minus-1'][i]);
      expect(hammingDistance(views.dihedral[i]!, expected), `${DIHEDRAL_VIEWS[i]} vs ${file}`).toBeLessThanOrEqual(TOLERANCE_BITS);
      expect(hammingDistance(views.dihedral[i]!, pdq(decodeJpeg(file)).hash), file).toBeLessThanOrEqual(TOLERANCE_BITS);
    });
  });

  it('a view is far from the other views’ photos, so a rotation is told apart from a mirror image', () => {
    const rotated = pdq(decodeJpeg('bridge-2-rotate-90.jpg')).hash;
    const others = views.dihedral.filter((_, i) => i !== 1).map((hash) => hammingDistance(hash, rotated));
    for (const distance of others) expect(distance).toBeGreaterThan(64);
  });

  it('the mirror-image view matches the photo mirrored in memory', () => {
    // Measured: 16 bits. (At 256 px a side the reference's even-width box filter shifts the grid by
    // most of a cell, and a mirrored q0122 lands 66 bits from its view: see src/matching/README.md.)
    const flipY = views.dihedral[DIHEDRAL_VIEWS.indexOf('flipY')]!;
    const mirrored = pdq(mirrorLeftRight(original)).hash;
    expect(hammingDistance(flipY, mirrored)).toBeLessThanOrEqual(TOLERANCE_BITS);
    expect(hammingDistance(views.hash, mirrored)).toBeGreaterThan(64);
  });
});

describe('pdq edge cases', () => {
  it('an image smaller than 5 px a side hashes to zeros with quality 0, as the reference does', () => {
    expect(pdq(flat(4, 100, 128))).toEqual({ hash: '0'.repeat(64), quality: 0 });
  });

  it('a flat image has quality 0, so it is never matched', () => {
    expect(pdq(flat(300, 200, 90)).quality).toBe(0);
  });

  it('refuses pixel data shorter than the size says', () => {
    expect(() => pdq({ width: 10, height: 10, data: new Uint8Array(399) })).toThrow(/shorter/);
  });

  it('ignores alpha', () => {
    const image = libjpegPixels('wee');
    const clear = Uint8ClampedArray.from(image.data);
    for (let i = 3; i < clear.length; i += 4) clear[i] = 0;
    expect(pdq({ ...image, data: clear }).hash).toBe(pdq(image).hash);
  });
});

describe('hammingDistance', () => {
  it('counts differing bits, in either case', () => {
    const a = `${'0'.repeat(63)}f`;
    expect(hammingDistance(a, a.toUpperCase())).toBe(0);
    expect(hammingDistance('0'.repeat(64), 'f'.repeat(64))).toBe(256);
    expect(hammingDistance(a, `8${'0'.repeat(62)}e`)).toBe(2);
  });

  it('refuses something that is not a PDQ hash', () => {
    expect(() => hammingDistance('abc', '0'.repeat(64))).toThrow(/Not a PDQ hash/);
  });
});

function flat(width: number, height: number, grey: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4).fill(grey) };
}

function mirrorLeftRight({ width, height, data }: RgbaImage): RgbaImage {
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out.set(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4), (y * width + width - 1 - x) * 4);
  }
  return { width, height, data: out };
}
