/*
 * The luminance plane PDQ hashes, from RGBA pixels. Both reference hashers shrink a photo to at
 * most 512 px a side before hashing (pdq/python pdq_hasher.py's thumbnail, pdq/cpp pdqio.cpp's
 * DOWNSAMPLE_DIMS), and the published test hashes were made that way, so we do the same: it brings
 * our hashes of the reference photos 2–8 bits closer, and makes large images quick.
 */

export interface LumaPlane {
  luma: Float32Array;
  rows: number;
  cols: number;
}

export const PDQ_MAX_SIDE = 512;

/** Rec. 601 luma (the coefficients the reference uses), area-averaged down to `maxSide` if larger. */
export function lumaPlane(width: number, height: number, data: Uint8ClampedArray | Uint8Array, maxSide = PDQ_MAX_SIDE): LumaPlane {
  const full = new Float32Array(width * height);
  for (let p = 0, i = 0; p < full.length; p++, i += 4) full[p] = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  const scale = maxSide / Math.max(width, height);
  if (scale >= 1) return { luma: full, rows: height, cols: width };
  // Proportional, like PIL's thumbnail(); luma is linear in RGB, so averaging it equals averaging the pixels.
  const cols = Math.max(1, Math.round(width * scale));
  const rows = Math.max(1, Math.round(height * scale));
  const xStarts = boxStarts(width, cols);
  const yStarts = boxStarts(height, rows);
  const luma = new Float32Array(rows * cols);
  for (let y = 0; y < rows; y++) {
    const y0 = yStarts[y]!;
    const y1 = yStarts[y + 1]!;
    for (let x = 0; x < cols; x++) {
      const x0 = xStarts[x]!;
      const x1 = xStarts[x + 1]!;
      let sum = 0;
      for (let sy = y0; sy < y1; sy++) {
        const row = sy * width;
        for (let sx = x0; sx < x1; sx++) sum += full[row + sx]!;
      }
      luma[y * cols + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return { luma, rows, cols };
}

/** Where each of `parts` boxes starts along a side of `length`, plus the end: every box at least 1 wide. */
function boxStarts(length: number, parts: number): Int32Array {
  const starts = new Int32Array(parts + 1);
  for (let k = 0; k <= parts; k++) starts[k] = Math.floor((k * length) / parts);
  return starts;
}
