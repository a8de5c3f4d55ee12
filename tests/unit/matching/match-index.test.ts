import { describe, expect, it } from 'vitest';
import { buildMatchIndex, PDQ_MATCH_DISTANCE, PDQ_MIN_QUALITY } from '../../../src/matching/match-index';
import { hammingDistance, pdqDihedral } from '../../../src/matching/pdq';
import { decodeJpeg } from './reference-images';
import { hashSource } from './random-hashes';

function image(id: string, hashes: string[], quality = 90, dihedral: string[][] = []) {
  return { id, pdq: hashes.map((hash) => ({ hash, quality })), dihedral };
}

describe('buildMatchIndex', () => {
  const source = hashSource(12);
  const mine = source.next();
  const other = source.next();

  it('finds a stored hash within 31 bits and says how far it is', () => {
    const index = buildMatchIndex([image('a', [mine]), image('b', [other])]);
    const copy = source.flip(mine, 20);
    expect(index.best(copy)).toEqual({ imageId: 'a', hashIndex: 0, view: 'original', distance: 20 });
    expect(index.best(source.flip(mine, PDQ_MATCH_DISTANCE))?.distance).toBe(31);
  });

  it('matches nothing beyond 31 bits, or tighter when asked', () => {
    const index = buildMatchIndex([image('a', [mine])]);
    expect(index.best(source.flip(mine, PDQ_MATCH_DISTANCE + 1))).toBeUndefined();
    expect(index.best(source.flip(mine, 12), { maxDistance: 10 })).toBeUndefined();
  });

  it('returns the closest of several candidates', () => {
    const near = source.flip(mine, 25);
    const nearer = source.flip(mine, 5);
    const index = buildMatchIndex([image('far', [near]), image('close', [nearer]), image('other', [other])]);
    const match = index.best(mine)!;
    expect(match.imageId).toBe('close');
    expect(match.distance).toBe(hammingDistance(mine, nearer));
  });

  it('never uses a stored hash below quality 50, nor answers a query below it', () => {
    const index = buildMatchIndex([image('blurry', [mine], PDQ_MIN_QUALITY - 1), image('sharp', [other], PDQ_MIN_QUALITY)]);
    expect(index.size).toBe(1);
    expect(index.best(mine)).toBeUndefined();
    expect(index.best(other)?.imageId).toBe('sharp');
    expect(index.best(other, { quality: 49 })).toBeUndefined();
  });

  it('says which frame of a video matched', () => {
    const frames = [source.next(), source.next()];
    const index = buildMatchIndex([{ id: 'v', pdq: frames.map((hash, i) => ({ hash, quality: 80, frameMs: i * 1000 })), dihedral: [] }]);
    expect(index.best(source.flip(frames[1]!, 3))).toMatchObject({ imageId: 'v', hashIndex: 1, frameMs: 1000, distance: 3 });
  });

  it('finds a mirrored copy through the stored dihedral views, and names the view', () => {
    const views = pdqDihedral(decodeJpeg('bridge-1-original.jpg'));
    const index = buildMatchIndex([image('bridge', [views.hash], views.quality, [views.dihedral])]);
    expect(index.size).toBe(8);
    const mirroredCopy = decodeJpeg('bridge-6-flipy.jpg');
    const match = index.best(pdqDihedral(mirroredCopy).hash)!;
    expect(match.view).toBe('flipY');
    expect(match.distance).toBeLessThanOrEqual(16);
  }, 30_000);

  it('keeps one copy of views that hash alike (a symmetric picture)', () => {
    const index = buildMatchIndex([image('sym', [mine], 90, [[mine, mine, other, mine, other, mine, mine, mine]])]);
    expect(index.size).toBe(2);
  });

  it('answers one query against 10,000 images × 8 views within 50 ms', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const hash = source.next();
      return image(`img-${i}`, [hash], 90, [[hash, ...Array.from({ length: 7 }, () => source.next())]]);
    });
    const target = many[7_777]!.dihedral[0]![5]!;
    const index = buildMatchIndex(many);
    expect(index.size).toBe(80_000);
    const times: number[] = [];
    let match: ReturnType<typeof index.best>;
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      match = index.best(source.flip(target, 9));
      times.push(performance.now() - started);
    }
    expect(match).toMatchObject({ imageId: 'img-7777', view: 'flipY', distance: 9 });
    expect(times.sort((a, b) => a - b)[2]).toBeLessThanOrEqual(50);
  });
});
