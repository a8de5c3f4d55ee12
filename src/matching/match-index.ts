/*
 * "Is this picture one of mine?": every usable PDQ hash of the person's images, with its rotated
 * and mirrored views, packed as 32-bit words in one typed array and scanned with a popcount. A
 * plain scan of 80,000 hashes takes a few milliseconds here (see the bench), well inside the 50 ms
 * budget, so there is no multi-index hashing to keep in step.
 */
import type { MyImageRecord } from '../shared/matching-types';
import { hashWords, isPdqHex, popcount32, writeHashWords } from './hash-words';
import { DIHEDRAL_VIEWS, type DihedralView } from './pdq-dct';

/** The reference's recommended threshold: this many differing bits or fewer is the same picture. */
export const PDQ_MATCH_DISTANCE = 31;
/** Below this quality a hash is too featureless to match on (the reference discards ≤ 49). */
export const PDQ_MIN_QUALITY = 50;

export interface ImageMatch {
  imageId: string;
  /** Which of the image's hashes matched (a video has one per sampled frame). */
  hashIndex: number;
  frameMs?: number;
  /** Which view of the stored image the query looks like: 'flipY' is a mirror image. */
  view: DihedralView;
  distance: number;
}

interface Entry {
  imageId: string;
  hashIndex: number;
  frameMs?: number;
  view: DihedralView;
}

export interface MatchIndex {
  /** How many hashes (views included) the index holds. */
  readonly size: number;
  /** The closest stored hash within `maxDistance` bits, or undefined; a query below quality 50 matches nothing. */
  best(hash: string, options?: { quality?: number; maxDistance?: number }): ImageMatch | undefined;
}

type IndexedImage = Pick<MyImageRecord, 'id' | 'pdq' | 'dihedral'>;

export function buildMatchIndex(images: readonly IndexedImage[]): MatchIndex {
  const entries: Entry[] = [];
  const hexes: string[] = [];
  for (const image of images) {
    image.pdq.forEach((frame, hashIndex) => {
      if (frame.quality < PDQ_MIN_QUALITY || !isPdqHex(frame.hash)) return;
      const views = image.dihedral[hashIndex]?.length === DIHEDRAL_VIEWS.length ? image.dihedral[hashIndex]! : [frame.hash];
      const seen = new Set<string>();
      views.forEach((hex, v) => {
        const key = hex.toLowerCase();
        // A symmetric picture gives the same hash for several views; one copy is enough.
        if (seen.has(key) || !isPdqHex(hex)) return;
        seen.add(key);
        hexes.push(key);
        entries.push({ imageId: image.id, hashIndex, view: DIHEDRAL_VIEWS[v]!, ...(frame.frameMs === undefined ? {} : { frameMs: frame.frameMs }) });
      });
    });
  }
  const words = new Uint32Array(entries.length * 8);
  hexes.forEach((hex, i) => {
    writeHashWords(hex, words, i * 8);
  });

  return {
    size: entries.length,
    best(hash, options = {}) {
      if ((options.quality ?? 100) < PDQ_MIN_QUALITY) return undefined;
      const limit = options.maxDistance ?? PDQ_MATCH_DISTANCE;
      const q = hashWords(hash);
      const [q0, q1, q2, q3, q4, q5, q6, q7] = [q[0]!, q[1]!, q[2]!, q[3]!, q[4]!, q[5]!, q[6]!, q[7]!];
      let bestAt = -1;
      let bestDistance = limit + 1;
      for (let i = 0, o = 0; i < entries.length; i++, o += 8) {
        // Half the words first: most stored hashes are already too far by then.
        let d = popcount32(words[o]! ^ q0) + popcount32(words[o + 1]! ^ q1) + popcount32(words[o + 2]! ^ q2) + popcount32(words[o + 3]! ^ q3);
        if (d >= bestDistance) continue;
        d += popcount32(words[o + 4]! ^ q4) + popcount32(words[o + 5]! ^ q5) + popcount32(words[o + 6]! ^ q6) + popcount32(words[o + 7]! ^ q7);
        if (d < bestDistance) {
          bestDistance = d;
          bestAt = i;
        }
      }
      if (bestAt < 0) return undefined;
      return { ...entries[bestAt]!, distance: bestDistance };
    },
  };
}
