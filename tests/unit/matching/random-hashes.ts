/** Deterministic pseudo-random PDQ hashes (mulberry32), so a failing test fails the same way twice. */
export function hashSource(seed: number): { next(): string; flip(hash: string, bits: number): string } {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next: () => Array.from({ length: 64 }, () => Math.floor(random() * 16).toString(16)).join(''),
    /** The hash with `bits` distinct bits flipped. */
    flip(hash, bits) {
      const nibbles = [...hash].map((c) => Number.parseInt(c, 16));
      const chosen = new Set<number>();
      while (chosen.size < bits) chosen.add(Math.floor(random() * 256));
      for (const bit of chosen) nibbles[bit >> 2]! ^= 1 << (bit & 3);
      return nibbles.map((n) => n.toString(16)).join('');
    },
  };
}
