/*
 * The part of PDQ's 2D DCT that the hash uses: coefficients 1–16 along each axis of the 64×64
 * downsample (the DC row and column are left out), as in facebook/ThreatExchange
 * pdq/cpp/hashing. Also the eight dihedral views of that 16×16 block, which the reference derives
 * from the coefficients alone: mirroring an axis flips the sign of its odd-frequency terms, and a
 * quarter turn is a transpose plus such a mirror.
 */

/** Row i holds the i+1th DCT-II basis over 64 samples, scaled by √(2/64). */
const DCT_16x64 = (() => {
  const matrix = new Float32Array(16 * 64);
  const scale = Math.sqrt(2 / 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) matrix[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  }
  return matrix;
})();

/** B = D·A·Dᵀ for the 64×64 row-major A; returns the 16×16 block, row-major. */
export function dct64To16(a: Float32Array): Float32Array {
  const d = DCT_16x64;
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum += d[i * 64 + k]! * a[k * 64 + j]!;
      t[i * 64 + j] = sum;
    }
  }
  const b = new Float32Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum += t[i * 64 + k]! * d[j * 64 + k]!;
      b[i * 16 + j] = sum;
    }
  }
  return b;
}

/** The eight views, in the reference's order (and the order of MyImageRecord.dihedral). */
export const DIHEDRAL_VIEWS = ['original', 'rotate90', 'rotate180', 'rotate270', 'flipX', 'flipY', 'flipPlus1', 'flipMinus1'] as const;
export type DihedralView = (typeof DIHEDRAL_VIEWS)[number];

interface ViewRule {
  transpose: boolean;
  /** Whether coefficient (i, j) of the original changes sign in this view. */
  negate: (i: number, j: number) => boolean;
}

const RULES: Record<DihedralView, ViewRule> = {
  original: { transpose: false, negate: () => false },
  rotate90: { transpose: true, negate: (_i, j) => (j & 1) === 0 },
  rotate180: { transpose: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rotate270: { transpose: true, negate: (i) => (i & 1) === 0 },
  flipX: { transpose: false, negate: (i) => (i & 1) === 0 },
  flipY: { transpose: false, negate: (_i, j) => (j & 1) === 0 },
  flipPlus1: { transpose: true, negate: () => false },
  flipMinus1: { transpose: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

/** The 16×16 coefficients the same image would give if it were rotated or mirrored as `view` says. */
export function dihedralView(block: Float32Array, view: DihedralView): Float32Array {
  const { transpose, negate } = RULES[view];
  const out = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const value = block[i * 16 + j]!;
      out[transpose ? j * 16 + i : i * 16 + j] = negate(i, j) ? -value : value;
    }
  }
  return out;
}
