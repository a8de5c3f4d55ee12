/*
 * PDQ's downsampling: a Jarosz filter (box filters repeated, which approaches a tent) followed by
 * picking the centre pixel of each of 64×64 cells. Written from facebook/ThreatExchange
 * pdq/cpp/downscaling; the window sizes and the shrinking windows at the edges follow it, so our
 * hashes agree with the reference's.
 */

/** Half of a 64th of the side, rounded up: two passes together then cover one output cell. */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/** Blurs `buffer` in place (`scratch` is the same size), `passes` times along rows then columns. */
export function jaroszFilter(buffer: Float32Array, scratch: Float32Array, rows: number, cols: number, passes: number): void {
  const alongRows = jaroszWindowSize(cols, 64);
  const alongCols = jaroszWindowSize(rows, 64);
  for (let pass = 0; pass < passes; pass++) {
    for (let r = 0; r < rows; r++) box1d(buffer, scratch, r * cols, cols, 1, alongRows);
    for (let c = 0; c < cols; c++) box1d(scratch, buffer, c, rows, cols, alongCols);
  }
}

/**
 * A sliding mean centred on each sample. Near the ends the window holds fewer samples and the mean
 * divides by how many it holds, as the reference does (no padding, no wrap-around). The window is
 * never longer than the vector: it is a 128th of the side, rounded up.
 */
function box1d(input: Float32Array, output: Float32Array, start: number, length: number, stride: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  let sum = 0;
  let size = 0;
  let right = start;
  let left = start;
  let out = start;
  // Fill the first half-window without writing.
  for (let i = 0; i < half - 1; i++, right += stride) {
    sum += input[right]!;
    size++;
  }
  // Grow to the full window, writing as it grows.
  for (let i = 0; i < window - half + 1; i++, right += stride, out += stride) {
    sum += input[right]!;
    size++;
    output[out] = sum / size;
  }
  // Slide the full window.
  for (let i = 0; i < length - window; i++, right += stride, left += stride, out += stride) {
    sum += input[right]! - input[left]!;
    output[out] = sum / size;
  }
  // Shrink at the far end.
  for (let i = 0; i < half - 1; i++, left += stride, out += stride) {
    sum -= input[left]!;
    size--;
    output[out] = sum / size;
  }
}

/** The sample at the centre of each of 64×64 cells (centres, not corners, as the reference). */
export function decimateTo64(buffer: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(64 * 64);
  for (let i = 0; i < 64; i++) {
    const row = Math.floor(((i + 0.5) * rows) / 64) * cols;
    for (let j = 0; j < 64; j++) out[i * 64 + j] = buffer[row + Math.floor(((j + 0.5) * cols) / 64)]!;
  }
  return out;
}
