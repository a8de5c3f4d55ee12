import { describe, expect, it } from 'vitest';
import { cleanMatchedImages, cleanMyImage } from '../../../src/matching/clean-my-image';

const HASH = 'a'.repeat(64);
const draft = {
  label: 'photo.jpg',
  kind: 'image' as const,
  md5: '0'.repeat(32),
  sha256: 'f'.repeat(64),
  pdq: [{ hash: HASH.toUpperCase(), quality: 90 }],
  dihedral: [Array.from({ length: 8 }, () => HASH)],
  width: 640,
  height: 480,
};

describe('cleanMyImage', () => {
  it('keeps a well-formed draft, lower-casing hashes', () => {
    expect(cleanMyImage(draft)).toEqual({ ...draft, pdq: [{ hash: HASH, quality: 90 }] });
  });

  it('refuses malformed hashes and drops views that are not all 8', () => {
    expect(cleanMyImage({ ...draft, md5: 'xyz' })).toBeNull();
    expect(cleanMyImage({ ...draft, pdq: [{ hash: 'abc', quality: 90 }] })).toBeNull();
    expect(cleanMyImage({ ...draft, pdq: [{ hash: HASH, quality: 101 }] })).toBeNull();
    expect(cleanMyImage({ ...draft, dihedral: [[HASH]] })?.dihedral).toEqual([[]]);
  });

  it('never lets the page set keptImage, and clips the label', () => {
    const cleaned = cleanMyImage({ ...draft, keptImage: true, label: 'x'.repeat(1000) } as typeof draft);
    expect(cleaned?.label).toHaveLength(300);
    expect(cleaned).not.toHaveProperty('keptImage');
  });
});

describe('cleanMatchedImages', () => {
  it('keeps well-formed matches and drops the rest', () => {
    expect(
      cleanMatchedImages([
        { src: 'https://x.example/a.jpg', myImageId: 'id', distance: 12 },
        { src: 'https://x.example/b.jpg', myImageId: 'id', distance: -1 },
        { src: 'https://x.example/c.jpg', myImageId: 'id', distance: 1.5 },
      ]),
    ).toEqual([{ src: 'https://x.example/a.jpg', myImageId: 'id', distance: 12 }]);
  });
});
