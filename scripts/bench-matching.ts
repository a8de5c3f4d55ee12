// Finding copies (issue #12): PDQ of one photo-sized image, and one query against 10,000 stored
// images × 8 views. Pure code, run in Node; baselines are measured in the same run, interleaved.
import { buildMatchIndex } from '../src/matching/match-index';
import { pdq } from '../src/matching/pdq';
import { type BenchEntry, percentile } from './bench-stats';

const ROUNDS = 25;

/** A photo-like 1024×768 frame: smooth shapes plus grain, so PDQ has something to hold on to. */
function syntheticPhoto(width: number, height: number): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const grain = (seed >>> 24) / 16;
      const i = (y * width + x) * 4;
      data[i] = 128 + 100 * Math.sin(x / 37) * Math.cos(y / 53) + grain;
      data[i + 1] = 128 + 90 * Math.sin((x + y) / 71) + grain;
      data[i + 2] = (x * y) / 3000 + grain;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

function randomHex(next: () => number): string {
  let hex = '';
  for (let k = 0; k < 8; k++) hex += (next() >>> 0).toString(16).padStart(8, '0');
  return hex;
}

export function benchMatching(): BenchEntry[] {
  const image = syntheticPhoto(1024, 768);
  let state = 42;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const images = Array.from({ length: 10_000 }, (_, i) => {
    const views = Array.from({ length: 8 }, () => randomHex(next));
    return { id: `img-${i}`, pdq: [{ hash: views[0]!, quality: 90 }], dihedral: [views] };
  });
  const plainHashes = images.map((stored) => stored.pdq[0]!.hash);
  const index = buildMatchIndex(images);
  const query = randomHex(next);

  const passOverPixels: number[] = [];
  const hashing: number[] = [];
  const stringLoop: number[] = [];
  const matching: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    // Baseline: one read of every pixel, the least any hash must do.
    let sum = 0;
    for (let i = 0; i < image.data.length; i += 4) sum += image.data[i]! + image.data[i + 1]! + image.data[i + 2]!;
    sink += sum;
    passOverPixels.push(performance.now() - started);

    started = performance.now();
    sink += pdq(image).quality;
    hashing.push(performance.now() - started);

    // Baseline: a plain loop over 10,000 hash strings looking for an exact copy.
    started = performance.now();
    sink += plainHashes.indexOf(query);
    for (const hash of plainHashes) if (hash === query) sink++;
    stringLoop.push(performance.now() - started);

    started = performance.now();
    sink += index.best(query, { maxDistance: 256 })?.distance ?? 0;
    matching.push(performance.now() - started);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work from being optimised away');
  const pixelBaseline = percentile(passOverPixels, 50);
  const stringBaseline = percentile(stringLoop, 50);
  return [
    { name: 'pdq: one pass over 1024×768 RGBA (baseline)', unit: 'ms', median: pixelBaseline, p95: percentile(passOverPixels, 95) },
    {
      name: 'pdq: hash of a 1024×768 image',
      unit: 'ms',
      median: percentile(hashing, 50),
      p95: percentile(hashing, 95),
      baseline: pixelBaseline,
      ratio: percentile(hashing, 50) / pixelBaseline,
    },
    { name: 'match: plain loop over 10,000 hash strings (baseline)', unit: 'ms', median: stringBaseline, p95: percentile(stringLoop, 95) },
    {
      name: 'match: one query, 10,000 images × 8 views (goal ≤ 50 ms)',
      unit: 'ms',
      median: percentile(matching, 50),
      p95: percentile(matching, 95),
      baseline: stringBaseline,
      ratio: percentile(matching, 50) / stringBaseline,
    },
  ];
}

// `npx tsx scripts/bench-matching.ts` runs this part alone (no build needed).
if (import.meta.url === `file://${process.argv[1]}`) console.table(benchMatching());
