import { describe, expect, it } from 'vitest';
import { capNote, itemAllowance, MAX_CAPTURE_BYTES, MAX_ITEM_BYTES } from '../../../src/capture/media/media-caps';
import { mediaTypeOf } from '../../../src/capture/media/media-type';
import { readCapped } from '../../../src/capture/media/read-capped';
import { largestSrcsetCandidate } from '../../../src/content/media/srcset';
import { isStreamManifestUrl, isWholeFileUrl, streamManifestUrls } from '../../../src/content/media/stream-urls';
import { sha256Bytes } from '../../../src/shared/hash';

const BASE = 'https://cdn.example/p/post.html';

describe('largestSrcsetCandidate', () => {
  it('picks the widest w candidate, wherever it is listed, as an absolute URL', () => {
    expect(largestSrcsetCandidate('a.jpg 320w, b.jpg 1080w, c.jpg 640w', BASE)).toBe('https://cdn.example/p/b.jpg');
  });

  it('picks the highest density when there are only x descriptors; a bare URL counts as 1x', () => {
    expect(largestSrcsetCandidate('one.jpg, three.jpg 3x, two.jpg 2x', BASE)).toBe('https://cdn.example/p/three.jpg');
    expect(largestSrcsetCandidate('only.jpg', BASE)).toBe('https://cdn.example/p/only.jpg');
  });

  it('keeps commas inside URLs (Cloudinary-style transforms) and tolerates odd spacing', () => {
    expect(largestSrcsetCandidate('  /i/w_100,h_100/x.jpg 100w ,/i/w_900,h_900/x.jpg 900w  ', BASE)).toBe('https://cdn.example/i/w_900,h_900/x.jpg');
  });

  it('returns null for an empty srcset', () => {
    expect(largestSrcsetCandidate(' , ', BASE)).toBeNull();
  });
});

describe('stream manifests', () => {
  it('recognises HLS and DASH manifests by path, ignoring queries, and nothing else', () => {
    expect(isStreamManifestUrl('https://v.example/live/index.m3u8?token=1')).toBe(true);
    expect(isStreamManifestUrl('https://v.example/dash/manifest.MPD')).toBe(true);
    expect(isStreamManifestUrl('https://v.example/clip.mp4?format=m3u8')).toBe(false);
    expect(isStreamManifestUrl('blob:https://v.example/1234')).toBe(false);
    expect(isStreamManifestUrl('not a url')).toBe(false);
  });

  it('lists each manifest once, in order, from a player’s sources and the page’s requests', () => {
    const urls = ['blob:https://v.example/1', 'https://v.example/a.m3u8', 'https://v.example/seg1.ts', 'https://v.example/b.mpd', 'https://v.example/a.m3u8'];
    expect(streamManifestUrls(urls)).toEqual(['https://v.example/a.m3u8', 'https://v.example/b.mpd']);
  });

  it('treats http(s) and data: files as whole files, and blob: and manifests as not', () => {
    expect(isWholeFileUrl('https://v.example/clip.mp4')).toBe(true);
    expect(isWholeFileUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isWholeFileUrl('blob:https://v.example/1')).toBe(false);
    expect(isWholeFileUrl('https://v.example/a.m3u8')).toBe(false);
  });
});

describe('size caps', () => {
  it('allows an item its own cap until the capture’s total runs low, then what is left', () => {
    expect(itemAllowance(0)).toBe(MAX_ITEM_BYTES);
    expect(itemAllowance(MAX_CAPTURE_BYTES - 10)).toBe(10);
    expect(itemAllowance(MAX_CAPTURE_BYTES + 10)).toBe(0);
  });

  it('says in plain words which cap was hit and how big the item was', () => {
    const limits = { item: 100 * 1024 * 1024, capture: 300 * 1024 * 1024 };
    expect(capNote(250 * 1024 * 1024, true, limits.item, limits)).toBe("Not saved: it is 250 MB, larger than 100 MB, Preserve's limit for one file.");
    expect(capNote(101 * 1024 * 1024, false, limits.item, limits)).toBe(
      "Not saved: it is more than 101 MB, larger than 100 MB, Preserve's limit for one file.",
    );
    expect(capNote(50 * 1024 * 1024, true, 20, limits)).toBe("Not saved: this capture's media reached 300 MB, Preserve's limit for one capture.");
  });
});

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('readCapped', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 251);

  it('hashes incrementally to the same SHA-256 as the whole body, and keeps the bytes once in a Blob', async () => {
    const read = await readCapped(chunksOf(bytes, 7_919), bytes.length, 'image/png');
    if ('over' in read) throw new Error('unexpectedly over the cap');
    expect(read.size).toBe(bytes.length);
    expect(read.sha256).toBe(await sha256Bytes(bytes));
    expect(read.blob.type).toBe('image/png');
    expect(new Uint8Array(await read.blob.arrayBuffer())).toEqual(bytes);
  });

  it('stops as soon as the body passes the cap, without reading the rest', async () => {
    let pulled = 0;
    async function* counting() {
      for await (const chunk of chunksOf(bytes, 10_000)) {
        pulled++;
        yield chunk;
      }
    }
    expect(await readCapped(counting(), 25_000, 'image/png')).toEqual({ over: true, size: 30_000 });
    expect(pulled).toBe(3);
  });
});

describe('mediaTypeOf', () => {
  it('takes the declared type without parameters, else guesses from the extension', () => {
    expect(mediaTypeOf('Image/JPEG; charset=binary', 'https://x/a.png')).toBe('image/jpeg');
    expect(mediaTypeOf(null, 'https://x/clip.webm?x=1')).toBe('video/webm');
    expect(mediaTypeOf('', 'https://x/file')).toBe('application/octet-stream');
  });
});
