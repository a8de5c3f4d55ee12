/*
 * A 256-bit PDQ hash as eight 32-bit words, for counting differing bits quickly. The words follow
 * the hex text left to right; only distances are computed from them, so their order is ours.
 */

const HEX_256 = /^[0-9a-f]{64}$/i;

export function isPdqHex(text: string): boolean {
  return HEX_256.test(text);
}

/** Writes the hash's eight words into `into` at `offset` (eight slots). */
export function writeHashWords(hex: string, into: Uint32Array, offset = 0): void {
  if (!isPdqHex(hex)) throw new Error(`Not a PDQ hash (64 hex digits): ${hex.slice(0, 70)}`);
  for (let w = 0; w < 8; w++) into[offset + w] = Number.parseInt(hex.slice(w * 8, w * 8 + 8), 16);
}

export function hashWords(hex: string): Uint32Array {
  const words = new Uint32Array(8);
  writeHashWords(hex, words);
  return words;
}

/** Set bits in a 32-bit word (SWAR: no loop, no table). */
export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
