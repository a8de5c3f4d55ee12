/*
 * What a page sends to "images.add" is checked before it is stored: only hashes of the right shape,
 * a bounded label, and no image unless the person may keep one. The page computed these hashes,
 * but the store is the worker's, and a malformed hash would poison every later match.
 */
import type { MyImageRecord } from '../shared/matching-types';
import type { MatchedImage } from '../shared/types';
import { isPdqHex } from './hash-words';
import { DIHEDRAL_VIEWS } from './pdq-dct';

/** keptImage is the worker's to set, from what it actually stored. */
type Draft = Omit<MyImageRecord, 'id' | 'addedAt' | 'keptImage'>;

const MAX_LABEL = 300;
/** A video is sampled at most 120 frames (video-frames.ts); a little room for other planners. */
const MAX_HASHES = 240;
const HEX = (length: number) => new RegExp(`^[0-9a-f]{${length}}$`);

export function cleanMyImage(draft: Draft): Draft | null {
  if (draft.kind !== 'image' && draft.kind !== 'video') return null;
  if (!HEX(32).test(draft.md5 ?? '') || !HEX(64).test(draft.sha256 ?? '')) return null;
  if (!Array.isArray(draft.pdq) || draft.pdq.length > MAX_HASHES || !Array.isArray(draft.dihedral)) return null;
  const pdq: Draft['pdq'] = [];
  for (const frame of draft.pdq) {
    if (!isPdqHex(frame?.hash ?? '') || !Number.isInteger(frame.quality) || frame.quality < 0 || frame.quality > 100) return null;
    const frameMs = Number.isFinite(frame.frameMs) && frame.frameMs! >= 0 ? { frameMs: Math.round(frame.frameMs!) } : {};
    pdq.push({ hash: frame.hash.toLowerCase(), quality: frame.quality, ...frameMs });
  }
  const dihedral = pdq.map((_, i) => {
    const views = draft.dihedral[i];
    return Array.isArray(views) && views.length === DIHEDRAL_VIEWS.length && views.every((hex) => typeof hex === 'string' && isPdqHex(hex))
      ? views.map((hex) => hex.toLowerCase())
      : [];
  });
  const size = (value: unknown) => (Number.isInteger(value) && (value as number) > 0 && (value as number) < 1_000_000 ? (value as number) : undefined);
  const width = size(draft.width);
  const height = size(draft.height);
  return {
    label: String(draft.label ?? '').slice(0, MAX_LABEL),
    kind: draft.kind,
    md5: draft.md5,
    sha256: draft.sha256,
    pdq,
    dihedral,
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
  };
}

const MAX_MATCHES = 200;
const MAX_SRC = 8_192;

/** The matches the popup passes back with "Save evidence": the page's addresses are bounded, the rest checked. */
export function cleanMatchedImages(matches: readonly MatchedImage[]): MatchedImage[] {
  return matches
    .filter(
      (match) =>
        typeof match?.src === 'string' &&
        typeof match.myImageId === 'string' &&
        Number.isInteger(match.distance) &&
        match.distance >= 0 &&
        match.distance <= 256,
    )
    .slice(0, MAX_MATCHES)
    .map((match) => ({ src: match.src.slice(0, MAX_SRC), myImageId: match.myImageId.slice(0, 100), distance: match.distance }));
}
