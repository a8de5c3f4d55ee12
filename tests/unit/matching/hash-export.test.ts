import { describe, expect, it } from 'vitest';
import { HASH_EXPORT_FORMAT, hashExportJson, threatExchangeSignalList } from '../../../src/matching/hash-export';
import type { MyImageRecord } from '../../../src/shared/matching-types';
import { hashSource } from './random-hashes';

const source = hashSource(3);
const views = Array.from({ length: 8 }, () => source.next());
const photo: MyImageRecord = {
  id: 'p1',
  addedAt: '2026-03-02T10:00:00.000Z',
  label: 'beach-with-sam.jpg',
  kind: 'image',
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  pdq: [{ hash: views[0]!, quality: 93 }],
  dihedral: [views],
  width: 800,
  height: 600,
};
const video: MyImageRecord = {
  id: 'v1',
  addedAt: '2026-03-01T09:00:00.000Z',
  label: 'clip.mp4',
  kind: 'video',
  md5: 'D41D8CD98F00B204E9800998ECF8427E',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  pdq: [
    { hash: source.next(), quality: 70, frameMs: 0 },
    { hash: source.next(), quality: 20, frameMs: 1000 },
  ],
  dihedral: [],
};

describe('hashExportJson', () => {
  const parsed = JSON.parse(hashExportJson([photo, video], { exportedAt: '2026-03-03T00:00:00.000Z' }));

  it('writes the documented preserve.hashes/1 document, oldest image first', () => {
    expect(parsed.format).toBe(HASH_EXPORT_FORMAT);
    expect(parsed.exportedAt).toBe('2026-03-03T00:00:00.000Z');
    expect(parsed.pdqMatchDistance).toBe(31);
    expect(parsed.pdqMinQuality).toBe(50);
    expect(parsed.images.map((image: { kind: string }) => image.kind)).toEqual(['video', 'image']);
  });

  it('carries every hash with its quality, frame times and named dihedral views', () => {
    const [clip, picture] = parsed.images;
    expect(picture).toMatchObject({ md5: photo.md5, sha256: photo.sha256, width: 800, height: 600 });
    expect(picture.pdq[0].quality).toBe(93);
    expect(picture.pdq[0].dihedral.original).toBe(views[0]);
    expect(picture.pdq[0].dihedral.flipY).toBe(views[5]);
    expect(clip.pdq.map((frame: { frameMs: number }) => frame.frameMs)).toEqual([0, 1000]);
    expect(clip.pdq[0].dihedral).toBeUndefined();
  });

  it('leaves file names out unless the person chooses to include them', () => {
    expect(JSON.stringify(parsed)).not.toContain('beach-with-sam');
    const withNames = JSON.parse(hashExportJson([photo], { exportedAt: '2026-03-03T00:00:00.000Z', includeFileNames: true }));
    expect(withNames.images[0].fileName).toBe('beach-with-sam.jpg');
  });
});

describe('threatExchangeSignalList', () => {
  it('writes one python-threatexchange signal a line: usable PDQ hashes and video MD5s', () => {
    expect(threatExchangeSignalList([photo, video]).split('\n')).toEqual([
      `pdq ${video.pdq[0]!.hash}`,
      'video_md5 d41d8cd98f00b204e9800998ecf8427e',
      `pdq ${views[0]}`,
      '',
    ]);
  });

  it('writes nothing for nothing', () => {
    expect(threatExchangeSignalList([])).toBe('');
  });
});
