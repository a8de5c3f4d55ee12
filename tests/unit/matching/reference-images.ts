// The PDQ reference test's images and hashes (facebook/ThreatExchange pdq/data, BSD licence; see
// tests/fixtures/pdq/SOURCE.md), decoded two ways: jpeg-js, and the reference decoder's own pixels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../../src/matching/pdq';

const DIR = resolve(import.meta.dirname, '../../fixtures/pdq');

export const EXPECTED: ReadonlyArray<{ file: string; pdq: string }> = JSON.parse(readFileSync(resolve(DIR, 'expected.json'), 'utf8')).images;
export const TOLERANCE_BITS: number = JSON.parse(readFileSync(resolve(DIR, 'expected.json'), 'utf8')).tolerance_bits;

export function expectedHash(file: string): string {
  const entry = EXPECTED.find((image) => image.file === file);
  if (!entry) throw new Error(`No reference hash for ${file}`);
  return entry.pdq;
}

const decoded = new Map<string, RgbaImage>();

/** Decoded once per test file: jpeg-js takes about half a second for each 1600 × 1004 photo. */
export function decodeJpeg(file: string): RgbaImage {
  let image = decoded.get(file);
  if (!image) {
    image = jpeg.decode(readFileSync(resolve(DIR, file)), { useTArray: true, formatAsRGBA: true });
    decoded.set(file, image);
  }
  return image;
}

/** Pixels as libjpeg-turbo's djpeg decodes them (the decoder under PIL and CImg), saved as gzipped binary PPM. */
export function libjpegPixels(name: string): RgbaImage {
  const ppm = gunzipSync(readFileSync(resolve(DIR, 'libjpeg', `${name}.ppm.gz`)));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error(`${name}: not a binary PPM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const rgb = ppm.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data.set(rgb.subarray(p * 3, p * 3 + 3), p * 4);
    data[p * 4 + 3] = 255;
  }
  return { width, height, data };
}
