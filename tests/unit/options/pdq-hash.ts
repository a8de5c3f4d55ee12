/**
 * PDQ, Meta's perceptual image hash (the one StopNCII and Take It Down match with), written from
 * the algorithm's description in facebook/ThreatExchange pdq/README.md and its Python reference:
 * luminance, a 2-pass Jarosz tent filter, decimation to 64×64, the 16×16 low-frequency DCT block
 * (without the DC row and column), and one bit per coefficient above the median. Test support only:
 * it judges whether a redacted image can still be matched to its original.
 */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** The reference hashers shrink a photo to at most 512 px a side before hashing. */
const MAX_SIDE = 512;

export function pdqHash(image: Rgba): string {
  const { width, height, luma } = lumaOf(shrink(image, MAX_SIDE));
  const buffer = Float64Array.from(luma);
  jaroszFilter(buffer, height, width, windowSize(width), windowSize(height));
  const grid = decimate(buffer, height, width);
  const dct = dct64To16(grid);
  const median = [...dct].sort((a, b) => a - b)[127]!;
  const words = new Uint16Array(16);
  dct.forEach((value, k) => {
    if (value > median) words[k >> 4]! |= 1 << (k & 15);
  });
  return [...words]
    .reverse()
    .map((word) => word.toString(16).padStart(4, '0'))
    .join('');
}

export function hammingDistance(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < a.length; i += 8) {
    let x = parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16);
    while (x) {
      bits += x & 1;
      x >>>= 1;
    }
  }
  return bits;
}

/** Area-average downscale so the longer side is at most `max` (a stand-in for PIL's thumbnail()). */
function shrink(image: Rgba, max: number): Rgba {
  const scale = Math.min(1, max / Math.max(image.width, image.height));
  if (scale === 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * image.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * image.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * image.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * image.width) / width));
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * image.width + sx) * 4;
          for (let c = 0; c < 4; c++) sum[c]! += image.data[i + c]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      for (let c = 0; c < 4; c++) data[(y * width + x) * 4 + c] = sum[c]! / n;
    }
  }
  return { width, height, data };
}

function lumaOf(image: Rgba) {
  const luma = new Float64Array(image.width * image.height);
  for (let i = 0; i < luma.length; i++) {
    luma[i] = 0.299 * image.data[i * 4]! + 0.587 * image.data[i * 4 + 1]! + 0.114 * image.data[i * 4 + 2]!;
  }
  return { width: image.width, height: image.height, luma };
}

function windowSize(dimension: number): number {
  return Math.floor((dimension + 128 - 1) / 128);
}

function jaroszFilter(buffer: Float64Array, rows: number, cols: number, alongRows: number, alongCols: number): void {
  const scratch = new Float64Array(buffer.length);
  for (let pass = 0; pass < 2; pass++) {
    for (let r = 0; r < rows; r++) box1d(buffer, scratch, r * cols, cols, 1, alongRows);
    for (let c = 0; c < cols; c++) box1d(scratch, buffer, c, rows, cols, alongCols);
  }
}

/** A sliding-window mean whose window shrinks at both ends, as in the reference. */
function box1d(input: Float64Array, output: Float64Array, start: number, length: number, stride: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  let sum = 0;
  let size = 0;
  let ri = start;
  let li = start;
  let oi = start;
  for (let i = 0; i < half - 1; i++, ri += stride) {
    sum += input[ri]!;
    size++;
  }
  for (let i = 0; i < window - half + 1; i++, ri += stride, oi += stride) {
    sum += input[ri]!;
    size++;
    output[oi] = sum / size;
  }
  for (let i = 0; i < length - window; i++, ri += stride, li += stride, oi += stride) {
    sum += input[ri]! - input[li]!;
    output[oi] = sum / size;
  }
  for (let i = 0; i < half - 1; i++, li += stride, oi += stride) {
    sum -= input[li]!;
    size--;
    output[oi] = sum / size;
  }
}

function decimate(buffer: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(64 * 64);
  for (let i = 0; i < 64; i++) {
    const row = Math.floor(((i + 0.5) * rows) / 64);
    for (let j = 0; j < 64; j++) out[i * 64 + j] = buffer[row * cols + Math.floor(((j + 0.5) * cols) / 64)]!;
  }
  return out;
}

const DCT = Array.from({ length: 16 }, (_, i) =>
  Array.from({ length: 64 }, (_, j) => Math.sqrt(2 / 64) * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1))),
);

function dct64To16(a: Float64Array): Float64Array {
  const t = new Float64Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum += DCT[i]![k]! * a[k * 64 + j]!;
      t[i * 64 + j] = sum;
    }
  }
  const b = new Float64Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum += t[i * 64 + k]! * DCT[j]![k]!;
      b[i * 16 + j] = sum;
    }
  }
  return b;
}
