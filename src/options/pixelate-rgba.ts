import { t } from '../shared/i18n';

/**
 * Blocks along the image's longer side. Measured with PDQ on real photos
 * (tests/unit/options/pixelate-rgba.test.ts): see the test for the distances.
 */
export const BLOCKS_ALONG_LONGER_SIDE = 16;

/** Block size in pixels: at least 1/BLOCKS_ALONG_LONGER_SIDE of the longer side, so detail cannot survive. */
export function pixelBlockSize(width: number, height: number, blocks = BLOCKS_ALONG_LONGER_SIDE): number {
  return Math.max(1, Math.ceil(Math.max(width, height) / blocks));
}

/**
 * Replaces every block of an RGBA image by its mean colour. Pure and exact, so Node can check the
 * platform copy's redaction on real photos; the canvas version depended on the browser's scaler.
 */
export function pixelateRgba(pixels: Uint8Array | Uint8ClampedArray, width: number, height: number, block: number): Uint8ClampedArray<ArrayBuffer> {
  if (pixels.length !== width * height * 4) throw new Error(t('evidence_pixelate_size_mismatch'));
  const out = new Uint8ClampedArray(pixels.length);
  const sum = new Float64Array(4);
  for (let top = 0; top < height; top += block) {
    const bottom = Math.min(height, top + block);
    for (let left = 0; left < width; left += block) {
      const right = Math.min(width, left + block);
      sum.fill(0);
      for (let y = top; y < bottom; y++) {
        for (let i = (y * width + left) * 4, end = (y * width + right) * 4; i < end; i += 4) {
          sum[0]! += pixels[i]!;
          sum[1]! += pixels[i + 1]!;
          sum[2]! += pixels[i + 2]!;
          sum[3]! += pixels[i + 3]!;
        }
      }
      const count = (bottom - top) * (right - left);
      const [r, g, b, a] = [sum[0]! / count, sum[1]! / count, sum[2]! / count, sum[3]! / count];
      for (let y = top; y < bottom; y++) {
        for (let i = (y * width + left) * 4, end = (y * width + right) * 4; i < end; i += 4) {
          out[i] = r;
          out[i + 1] = g;
          out[i + 2] = b;
          out[i + 3] = a;
        }
      }
    }
  }
  return out;
}
