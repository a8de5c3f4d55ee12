import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { BLOCKS_ALONG_LONGER_SIDE, pixelateRgba, pixelBlockSize } from '../../../src/options/pixelate-rgba';
import { hammingDistance, pdq, type RgbaImage as Rgba } from '../../../src/matching/pdq';

const PHOTOS = resolve(import.meta.dirname, '../../fixtures/photos');
/** PDQ's recommended match threshold: hashes this close or closer count as the same picture. */
const PDQ_MATCH_THRESHOLD = 31;
/** The reference test's tolerance, because JPEG decoders differ slightly. */
const PDQ_DECODER_TOLERANCE = 16;

/** Real photos with the hash the PDQ reference test expects for each (see tests/fixtures/photos/SOURCE.md). */
const REAL_PHOTOS = [
  { file: 'bridge-1-original.jpg', pdq: 'd8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22' },
  { file: 'q0122.jpg', pdq: 'cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940' },
  { file: 'small.jpg', pdq: '0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff' },
];

function photo(file: string): Rgba {
  return jpeg.decode(readFileSync(resolve(PHOTOS, file)), { useTArray: true, formatAsRGBA: true });
}

function pixelated(image: Rgba, block: number): Rgba {
  return { width: image.width, height: image.height, data: pixelateRgba(image.data, image.width, image.height, block) };
}

describe('pixelateRgba', () => {
  it('replaces each block by its mean colour, edge blocks included', () => {
    // 3×2 pixels, blocks of 2: one 2×2 block and one 1×2 edge block.
    const rgba = Uint8ClampedArray.from([0, 0, 0, 255, 100, 100, 100, 255, 7, 8, 9, 10, 200, 200, 200, 255, 100, 100, 100, 255, 9, 10, 11, 20]);
    expect([...pixelateRgba(rgba, 3, 2, 2)]).toEqual([
      100, 100, 100, 255, 100, 100, 100, 255, 8, 9, 10, 15, 100, 100, 100, 255, 100, 100, 100, 255, 8, 9, 10, 15,
    ]);
  });

  it('refuses pixel data that does not match the size', () => {
    expect(() => pixelateRgba(new Uint8ClampedArray(12), 2, 2, 1)).toThrow(/does not match/);
  });

  it('uses blocks of at least 1/16 of the longer side, portrait or landscape', () => {
    expect(BLOCKS_ALONG_LONGER_SIDE).toBeLessThanOrEqual(16);
    for (const [width, height] of [
      [1280, 713],
      [713, 1280],
      [2560, 1426],
      [1280, 15_000],
      [7, 5],
    ] as const) {
      expect(pixelBlockSize(width, height) * 16).toBeGreaterThanOrEqual(Math.max(width, height));
    }
  });
});

describe('the platform copy’s pixelation on real photos, judged by PDQ', () => {
  it('the judge: our PDQ gives the reference test’s hashes for these photos', () => {
    for (const { file, pdq } of REAL_PHOTOS) expect(hammingDistance(pdqOf(photo(file)), pdq), file).toBeLessThanOrEqual(PDQ_DECODER_TOLERANCE);
  });

  it('the control: a light pixelation still matches its original, so PDQ does catch a weak redaction', () => {
    const bridge = photo('bridge-1-original.jpg');
    const light = pixelated(bridge, Math.ceil(bridge.width / 64));
    expect(hammingDistance(pdqOf(bridge), pdqOf(light))).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    // The pixelation before issue #8 (24 blocks across the width) was weak in just this way.
    const before = pixelated(bridge, Math.ceil(bridge.width / 24));
    expect(hammingDistance(pdqOf(bridge), pdqOf(before))).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
  });

  it('cannot be matched to the original: every photo lands well beyond the match threshold', () => {
    const distances = REAL_PHOTOS.map(({ file }) => {
      const original = photo(file);
      const redacted = pixelated(original, pixelBlockSize(original.width, original.height));
      return hammingDistance(pdqOf(original), pdqOf(redacted));
    });
    // Measured: 62, 82 and 128 of 256 bits (two unrelated pictures differ by about 128).
    for (const distance of distances) expect(distance).toBeGreaterThan(PDQ_MATCH_THRESHOLD + 16);
  });
});

function pdqOf(image: Rgba): string {
  return pdq(image).hash;
}
