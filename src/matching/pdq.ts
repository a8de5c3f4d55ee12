/*
 * PDQ, Meta's perceptual image hash (the one StopNCII and Take It Down match with), written from
 * the reference in facebook/ThreatExchange pdq/ (cpp/hashing, cpp/downscaling): luminance,
 * a two-pass Jarosz filter, the 64×64 decimation, the 16×16 DCT block, one bit per coefficient
 * above the median, and the quality score from the downsample's gradients. Pure: it takes RGBA
 * pixels, so it runs the same in a page, a worker and Node.
 */
import { decimateTo64, jaroszFilter } from './jarosz-filter';
import { hashWords, popcount32 } from './hash-words';
import { DIHEDRAL_VIEWS, dct64To16, dihedralView } from './pdq-dct';
import { lumaPlane } from './pdq-luma';

export interface RgbaImage {
  width: number;
  height: number;
  /** RGBA, row-major, 4 bytes a pixel (alpha is ignored, as the reference drops it). */
  data: Uint8ClampedArray | Uint8Array;
}

export interface PdqResult {
  /** 64 hex digits, in the reference's bit order. */
  hash: string;
  /** 0–100; below 50 the hash is not reliable and is never matched. */
  quality: number;
}

export interface PdqDihedralResult extends PdqResult {
  /** The hash of each rotated and mirrored view, in DIHEDRAL_VIEWS order; [0] is `hash`. */
  dihedral: string[];
}

/** The reference hashes nothing smaller than this along either side (hash of zeros, quality 0). */
const MIN_SIDE = 5;
const JAROSZ_PASSES = 2;
const EMPTY_HASH = '0'.repeat(64);

export function pdq(image: RgbaImage): PdqResult {
  const block = pdqBlock(image);
  if (!block) return { hash: EMPTY_HASH, quality: 0 };
  return { hash: bitsOf(block.dct), quality: block.quality };
}

/** The hash and its seven rotations and mirror images, from one pass over the pixels. */
export function pdqDihedral(image: RgbaImage): PdqDihedralResult {
  const block = pdqBlock(image);
  if (!block) return { hash: EMPTY_HASH, quality: 0, dihedral: DIHEDRAL_VIEWS.map(() => EMPTY_HASH) };
  const dihedral = DIHEDRAL_VIEWS.map((view) => bitsOf(dihedralView(block.dct, view)));
  return { hash: dihedral[0]!, quality: block.quality, dihedral };
}

export function hammingDistance(a: string, b: string): number {
  const x = hashWords(a);
  const y = hashWords(b);
  let bits = 0;
  for (let w = 0; w < 8; w++) bits += popcount32(x[w]! ^ y[w]!);
  return bits;
}

function pdqBlock(image: RgbaImage): { dct: Float32Array; quality: number } | undefined {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) throw new Error(`Bad image size ${width}×${height}`);
  if (data.length < width * height * 4) throw new Error(`Pixel data (${data.length} bytes) is shorter than ${width}×${height} RGBA`);
  if (width < MIN_SIDE || height < MIN_SIDE) return undefined;
  const { luma, rows, cols } = lumaPlane(width, height, data);
  jaroszFilter(luma, new Float32Array(luma.length), rows, cols, JAROSZ_PASSES);
  const grid = decimateTo64(luma, rows, cols);
  return { dct: dct64To16(grid), quality: qualityOf(grid) };
}

/**
 * The reference's heuristic: sum the significant steps between neighbouring cells of the 64×64
 * downsample (each step in whole percent of full scale, truncated), scaled so busy photos reach 100.
 */
function qualityOf(grid: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) gradientSum += Math.abs(Math.trunc(((grid[i * 64 + j]! - grid[(i + 1) * 64 + j]!) * 100) / 255));
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) gradientSum += Math.abs(Math.trunc(((grid[i * 64 + j]! - grid[i * 64 + j + 1]!) * 100) / 255));
  }
  return Math.min(100, Math.floor(gradientSum / 90));
}

/**
 * Bit i·16+j is set when coefficient (i, j) is above the median, and the hex text is that 256-bit
 * number written most significant digit first, as the reference prints it. The median is the
 * lower middle value (the 128th of 256), as the reference's Torben selection returns it.
 */
function bitsOf(block: Float32Array): string {
  const median = Float32Array.from(block).sort()[127]!;
  const nibbles = new Uint8Array(64);
  for (let k = 0; k < 256; k++) {
    if (block[k]! > median) nibbles[63 - (k >> 2)]! |= 1 << (k & 3);
  }
  let hex = '';
  for (const nibble of nibbles) hex += nibble.toString(16);
  return hex;
}
