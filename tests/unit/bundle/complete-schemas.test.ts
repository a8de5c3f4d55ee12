import { describe, expect, it } from 'vitest';
import { artifactFileName, artifactFileNames, extensionFor } from '../../../src/bundle/artifact-file-name';
import { safeFileNames } from '../../../src/bundle/bundle-paths';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { captureParts, coverageSentence } from '../../../src/bundle/capture-parts';
import { describeAccount, parseThread } from '../../../src/bundle/thread-file';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import type { ArtifactRef } from '../../../src/shared/types';
import { COVERAGE, completeArtifacts, completeFixture, THREAD } from './complete-fixture';
import { bundleInput, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const JSON_2 = 'captures/0002-2026-11-22-reddit/capture.json';
// biome-ignore lint/suspicious/noExplicitAny: a hostile edit reaches anywhere in the parsed file
type Json = Record<string, any>;

const artifactOf = (json: Json, id: string) => json.record.artifacts.find((artifact: Json) => artifact.id === id);

describe('capture.json refuses hostile values in the new fields, by name', () => {
  const cases: [string, (json: Json) => void, RegExp][] = [
    ['a tile with a negative position', (json) => (artifactOf(json, 'tile-1').rect.y = -600), /at record\.artifacts\.2\.rect\.y: must not be negative/],
    [
      'a javascript: source address',
      (json) => (artifactOf(json, 'image').sourceUrl = 'javascript:alert(1)'),
      /at record\.artifacts\.7\.sourceUrl: must be a web/,
    ],
    ['a source address with a space', (json) => (artifactOf(json, 'image').sourceUrl = 'https://a.test/x y'), /at record\.artifacts\.7\.sourceUrl/],
    ['an unknown kind of artifact', (json) => (artifactOf(json, 'archive').kind = 'executable'), /at record\.artifacts\.6\.kind: must be a known kind of file/],
    [
      'a note of 2,001 characters',
      (json) => (artifactOf(json, 'video').note = 'x'.repeat(2_001)),
      /at record\.artifacts\.8\.note: must be at most 2000 characters/,
    ],
    ['an index that is not whole', (json) => (artifactOf(json, 'tile-0').index = 0.5), /at record\.artifacts\.1\.index: must be a whole number/],
    ['an unknown way of fetching', (json) => (artifactOf(json, 'image').fetchedVia = 'cookies'), /at record\.artifacts\.7\.fetchedVia/],
    ['a rect with an extra field', (json) => (artifactOf(json, 'tile-0').rect.z = 1), /at record\.artifacts\.1\.rect\.z/],
    [
      'a coverage height of 1e300',
      (json) => (json.record.observed.coverage.totalHeight = 1e300),
      /at record\.observed\.coverage\.totalHeight: must be at most/,
    ],
    [
      'a negative covered height',
      (json) => (json.record.observed.coverage.coveredHeight = -1),
      /at record\.observed\.coverage\.coveredHeight: must not be negative/,
    ],
    ['an unknown coverage mode', (json) => (json.record.observed.coverage.mode = 'partial'), /at record\.observed\.coverage\.mode/],
    ['a media note of 2,001 characters', (json) => (json.record.observed.mediaNotes[0].note = 'x'.repeat(2_001)), /at record\.observed\.mediaNotes\.0\.note/],
  ];
  it.each(cases)('%s', async (_name, change, expected) => {
    const signer = await realSigner();
    const files = await unzipToMap(await buildBundleBytes(bundleInput(completeFixture(), signer)));
    const json = JSON.parse(text(files.get(JSON_2))) as Json;
    change(json);
    files.set(JSON_2, bytesOf(JSON.stringify(json)));
    const result = await verifyBundle(await zipMap(await reseal(files, signer)));
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n')).toMatch(expected);
  });

  it('the control: the same bundle unedited verifies', async () => {
    const result = await verifyBundle(await buildBundleBytes(bundleInput(completeFixture(), await realSigner())));
    expect(result.problems).toEqual([]);
  });
});

describe('file names in a capture folder', () => {
  const ref = (fields: Partial<ArtifactRef>): ArtifactRef => ({
    id: 'a',
    kind: 'media',
    name: 'x',
    mediaType: 'image/png',
    size: 1,
    sha256: '0'.repeat(64),
    ...fields,
  });

  it('take the extension from the media type, never from the name or address', () => {
    expect(artifactFileName(ref({ name: 'evil.html', mediaType: 'image/webp', sourceUrl: 'https://a.test/x.php' }), 1)).toBe('media-1.webp');
    expect(artifactFileName(ref({ mediaType: 'video/mp4; codecs="avc1"' }), 2)).toBe('media-2.mp4');
    expect(artifactFileName(ref({ mediaType: 'application/x-unknown' }), 3)).toBe('media-3.bin');
    expect(extensionFor('VIDEO/WEBM')).toBe('webm');
  });

  it('number tiles and parts from their index, and keep the screenshot and added files as named', () => {
    expect(artifactFileName(ref({ kind: 'tile', index: 0 }), 5)).toBe('tile-001.png');
    expect(artifactFileName(ref({ kind: 'tile', index: 1233 }), 1)).toBe('tile-1234.png');
    expect(artifactFileName(ref({ kind: 'fullpage' }), 2)).toBe('fullpage-2.png');
    expect(artifactFileName(ref({ kind: 'screenshot', name: 'screenshot.png' }), 1)).toBe('screenshot.png');
    expect(artifactFileName(ref({ kind: 'attachment', name: 'letter.pdf', mediaType: 'application/pdf' }), 1)).toBe('letter.pdf');
  });

  it('stay unique and safe even when a record repeats an index or names a path', () => {
    const names = safeFileNames(
      artifactFileNames([
        ref({ kind: 'tile', index: 0 }),
        ref({ kind: 'tile', index: 0 }),
        ref({ kind: 'mhtml', mediaType: 'multipart/related' }),
        ref({ kind: 'mhtml', mediaType: 'multipart/related' }),
        ref({ kind: 'thread', mediaType: 'application/json' }),
        ref({ kind: 'attachment', name: '../../capture.json' }),
      ]),
    );
    expect(names).toEqual(['tile-001.png', 'tile-001-2.png', 'page.mhtml', 'page-2.mhtml', 'thread.json', 'capture-2.json']);
  });
});

describe('the parts of a capture', () => {
  it('groups artifacts by kind, tiles and parts in page order', () => {
    const parts = captureParts(completeArtifacts().map(({ ref }) => ref));
    expect(parts.screenshot?.id).toBe('shot');
    expect(parts.tiles.map((tile) => tile.id)).toEqual(['tile-0', 'tile-1', 'tile-2']);
    expect(parts.segments.map((segment) => segment.id)).toEqual(['segment-0', 'segment-1']);
    expect(parts.archives.map((archive) => archive.id)).toEqual(['archive']);
    expect(parts.media.map((item) => item.id)).toEqual(['image', 'video', 'frame']);
    expect(parts.threads.map((thread) => thread.id)).toEqual(['thread']);
  });

  it('says how much of the page was covered, and why it stopped', () => {
    expect(coverageSentence({ ...COVERAGE, complete: true, coveredHeight: 2400, stoppedBecause: undefined } as never)).toBe(
      'The whole of the page was photographed: 2,400 pixels tall, in 3 tiles.',
    );
    expect(coverageSentence({ ...COVERAGE, mode: 'conversation', scroller: 'element', stoppedBecause: 'a height limit of 60,000 pixels.' })).toBe(
      'Part of the conversation (it scrolls inside part of the page) was photographed: 1,800 of 2,400 pixels (75%), in 3 tiles. Capturing stopped because: a height limit of 60,000 pixels.',
    );
    const { stoppedBecause: _none, ...unexplained } = COVERAGE;
    expect(coverageSentence(unexplained)).toMatch(/Capturing stopped before the end\.$/);
  });
});

describe('reading a conversation file to show it', () => {
  it('reads the messages, the other account and whether the range was complete', () => {
    const thread = parseThread(bytesOf(JSON.stringify(THREAD)))!;
    expect(thread.messages).toHaveLength(3);
    expect(thread.messages[1]).toEqual({ sender: 'You', outgoing: true, claimedTime: 'Yesterday 21:05', text: 'Please stop', media: [] });
    expect(thread).toMatchObject({ platform: 'Instagram', complete: false, stoppedBecause: 'the app would not load older messages' });
    expect(describeAccount(thread.otherAccount)).toBe('Blackmailer (@bad.actor, account id 17841400000000)');
    expect(describeAccount({ id: '42' })).toBe('account id 42');
  });

  it('gives up, rather than guessing, on what is not a thread', () => {
    expect(parseThread(bytesOf('not json'))).toBeNull();
    expect(parseThread(bytesOf('{"messages": "hello"}'))).toBeNull();
    expect(parseThread(bytesOf(JSON.stringify({ messages: [{ text: 'x'.repeat(100_001) }] })))).toBeNull();
    expect(parseThread(Uint8Array.from([0xff, 0xfe]))).toBeNull();
    expect(parseThread(bytesOf(JSON.stringify({ platform: { name: 'X' }, messages: [{ text: 'hi' }] })))).toEqual({
      platform: 'X',
      messages: [{ sender: '', outgoing: false, text: 'hi', media: [] }],
    });
  });
});
