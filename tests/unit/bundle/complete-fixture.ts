import { sha256 } from '@noble/hashes/sha2.js';
import { sealCapture } from '../../../src/shared/chain';
import { toHex } from '../../../src/shared/hash';
import type { ArtifactRef, CaptureRecord, ObservedFacts } from '../../../src/shared/types';
import { fakeImage, type Fixture, makeFixture } from './fixtures';

export const HOSTILE_TEXT = '<script>alert(1)</script> & "quotes"';

/** A conversation file shaped as the conversation step writes it; the words are the page's. */
export const THREAD = {
  format: 'preserve.thread/1',
  note: 'As the page showed them',
  platform: 'Instagram',
  url: 'https://www.instagram.com/direct/t/340282366841710300949128/',
  otherAccount: { name: 'Blackmailer', handle: '@bad.actor', id: '17841400000000' },
  range: { kind: 'last', count: 50 },
  messages: [
    { sender: 'Blackmailer', senderId: '17841400000000', claimedTime: '2026-11-20T21:03:00.000Z', text: 'Pay or I post them', media: [] },
    { sender: 'You', outgoing: true, claimedTime: 'Yesterday 21:05', text: 'Please stop', media: [] },
    { sender: 'Blackmailer', claimedTime: '21:06', text: HOSTILE_TEXT, media: ['https://scontent.cdninstagram.com/v/photo.jpg?sig=1&x=2'] },
  ],
  complete: false,
  stoppedBecause: 'the app would not load older messages',
};

export const COVERAGE: NonNullable<ObservedFacts['coverage']> = {
  mode: 'full',
  scroller: 'document',
  coveredHeight: 1800,
  totalHeight: 2400,
  tiles: 3,
  complete: false,
  stoppedBecause: 'cancelled',
};

export const MEDIA_NOTE = { sourceUrl: 'blob:https://www.reddit.com/0f1e2d3c', note: 'A streaming video: its player source and a still were kept' };

interface Made {
  ref: ArtifactRef;
  bytes: Uint8Array;
}

function made(id: string, bytes: Uint8Array, fields: Omit<ArtifactRef, 'id' | 'size' | 'sha256'>): Made {
  return { ref: { id, size: bytes.length, sha256: toHex(sha256(bytes)), ...fields }, bytes };
}

/**
 * One full-page capture holding everything a complete capture can: three tiles, two segments, the
 * page archive, an image and a video, a still of a streamed video and a conversation. The names
 * are what a capture step might call them (the media's ends in .php): the bundle chooses its own.
 */
export function completeArtifacts(): Made[] {
  const png = { mediaType: 'image/png' } as const;
  return [
    made('shot', fakeImage(10), { kind: 'screenshot', name: 'screenshot.png', width: 1280, height: 713, ...png }),
    ...[0, 1, 2].map((index) =>
      made(`tile-${index}`, fakeImage(20 + index), {
        kind: 'tile',
        name: `tile ${index}.png`,
        index,
        rect: { x: 0, y: index * 600, width: 1280, height: 600 },
        width: 1280,
        height: 600,
        ...png,
      }),
    ),
    made('segment-1', fakeImage(30), { kind: 'fullpage', name: 'stitched.png', index: 1, width: 1280, height: 200, ...png }),
    made('segment-0', fakeImage(31), { kind: 'fullpage', name: 'stitched.png', index: 0, width: 1280, height: 4000, ...png }),
    made('archive', new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html>page</html>'), {
      kind: 'mhtml',
      name: 'page.mhtml',
      mediaType: 'multipart/related',
    }),
    made('image', fakeImage(40), {
      kind: 'media',
      name: 'watch.php',
      mediaType: 'image/jpeg',
      width: 800,
      height: 600,
      sourceUrl: 'https://i.redd.it/abc.jpg?a=1&b="2"',
      fetchedVia: 'extension',
    }),
    made('video', fakeImage(41, 4096), {
      kind: 'media',
      name: 'video',
      mediaType: 'video/mp4',
      sourceUrl: 'https://v.redd.it/abc/DASH_720.mp4',
      fetchedVia: 'page',
      note: 'Cut at the size limit of 200 MB',
    }),
    made('frame', fakeImage(42), {
      kind: 'frame',
      name: 'still.png',
      sourceUrl: 'blob:https://www.reddit.com/0f1e2d3c',
      fetchedVia: 'rendered',
      note: 'A streaming video cannot be saved whole; this is the frame shown',
      ...png,
    }),
    made('thread', new TextEncoder().encode(`${JSON.stringify(THREAD, null, 2)}\n`), { kind: 'thread', name: 'thread.json', mediaType: 'application/json' }),
  ];
}

/** makeFixture's case, with a complete capture appended to the chain; `stored: false` in under-18 mode for images and videos. */
export function completeFixture(options: { under18?: boolean } = {}): Fixture {
  const fixture = makeFixture(1);
  const artifacts = new Map(fixture.artifacts);
  const parts = completeArtifacts().map(({ ref, bytes }) => {
    // A page archive holds the page's images too.
    const visual = ref.mediaType.startsWith('image/') || ref.mediaType.startsWith('video/') || ref.kind === 'mhtml';
    if (options.under18 && visual) return { ...ref, stored: false as const };
    artifacts.set(ref.id, bytes);
    return ref;
  });
  const before = fixture.captures[0]!;
  const { recordHash: _none, ...base } = before;
  const capture: CaptureRecord = sealCapture({
    ...base,
    id: 'capture-2',
    seq: 2,
    observed: { ...before.observed, capturedAt: '2026-11-22T10:00:00.000Z', coverage: COVERAGE, mediaNotes: [MEDIA_NOTE] },
    artifacts: parts,
    prevHash: before.recordHash,
  });
  return {
    ...fixture,
    artifacts,
    captures: [before, capture],
    caseRecord: { ...fixture.caseRecord, captureCount: 2, headHash: capture.recordHash },
  };
}
