import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { parseBundleForImport } from '../../../src/bundle/parse-import';
import { NEVER_STORED } from '../../../src/bundle/prepare-capture';
import type { BundleManifest, CaptureJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { verifyChain } from '../../../src/shared/chain';
import { sha256Bytes } from '../../../src/shared/hash';
import { completeFixture, HOSTILE_TEXT, THREAD } from './complete-fixture';
import { bundleInput, fakeRedact, fakeSigner, realSigner } from './fixtures';
import { flipByte, text, unzipToMap } from './zip-tools';

const FOLDER = 'captures/0002-2026-11-22-reddit';
const NAMES = [
  'capture.json',
  'frame-1.png',
  'fullpage-1.png',
  'fullpage-2.png',
  'media-1.jpg',
  'media-2.mp4',
  'page.mhtml',
  'screenshot.png',
  'thread.json',
  'tile-001.png',
  'tile-002.png',
  'tile-003.png',
];

const captureJson = (files: Map<string, Uint8Array>) => JSON.parse(text(files.get(`${FOLDER}/capture.json`))) as CaptureJson;
const problemsOf = (result: Awaited<ReturnType<typeof verifyBundle>>) => result.problems.map((p) => `${p.file ?? ''}: ${p.message}`);

describe('a complete capture in the bundle (full page, archive, media, conversation)', () => {
  it('names every artifact by its kind and media type, and lists each in manifest.json and SHA256SUMS (golden)', async () => {
    const fixture = completeFixture();
    const files = await buildBundleFiles(bundleInput(fixture, fakeSigner));
    const inFolder = [...files.keys()].filter((path) => path.startsWith(`${FOLDER}/`)).map((path) => path.slice(FOLDER.length + 1));
    expect(inFolder.sort()).toEqual(NAMES);
    // Segments are named by their index, not their order in the record.
    expect(files.get(`${FOLDER}/fullpage-1.png`)).toEqual(fixture.artifacts.get('segment-0'));
    expect(files.get(`${FOLDER}/media-1.jpg`)).toEqual(fixture.artifacts.get('image'));
    const manifest = JSON.parse(text(files.get('manifest.json'))) as BundleManifest;
    const sums = text(files.get('SHA256SUMS'));
    for (const name of NAMES) {
      const path = `${FOLDER}/${name}`;
      const hash = await sha256Bytes(files.get(path)!);
      expect(manifest.resources.find((resource) => resource.path === path)?.hash).toBe(`sha256:${hash}`);
      expect(sums).toContain(`${hash}  ${path}\n`);
    }
    const entries = captureJson(files).files;
    expect(entries.find((file) => file.name === 'media-2.mp4')?.mediaType).toBe('video/mp4');
    expect(await sha256Bytes(await buildBundleBytes(bundleInput(fixture, fakeSigner)))).toBe(
      'e229f9515e32cb9d538a4c6af536af101dc0aad16b509e9ef0d5576389f5d27a',
    );
  });

  it('verifies, and names the tile or the media file that was changed', async () => {
    const fixture = completeFixture();
    const zip = await buildBundleBytes(bundleInput(fixture, await realSigner()));
    const good = await verifyBundle(zip);
    expect(problemsOf(good)).toEqual([]);
    expect(good.summary.fileCount).toBe(NAMES.length + 2 + 15);
    for (const name of ['tile-002.png', 'media-2.mp4', 'thread.json']) {
      const files = await unzipToMap(zip);
      flipByte(files.get(`${FOLDER}/${name}`), 40);
      const { zipMap } = await import('./zip-tools');
      const result = await verifyBundle(await zipMap(files));
      expect(result.ok).toBe(false);
      expect(problemsOf(result)).toContain(`${FOLDER}/${name}: has been changed: its SHA-256 does not match manifest.json`);
    }
  });

  it('shows in report.html the parts in order, coverage, tiles, archive, media and the conversation, all escaped', async () => {
    const files = await buildBundleFiles(bundleInput(completeFixture(), fakeSigner));
    const html = text(files.get('report.html'));
    const section = html.slice(html.indexOf('<section class="capture" id="capture-2">'));
    const order = ['Screenshot of capture 2', 'The full page', 'Part 1 of 2', 'Part 2 of 2', 'The tiles', 'Page archive', 'Media', 'The conversation'];
    const positions = order.map((words) => section.indexOf(words));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(section).toContain('Part of the page was photographed: 1,800 of 2,400 pixels (75%), in 3 tiles. Capturing stopped because: cancelled.');
    // The 4,000 px segment is three sheet-sized slices of one file; the 200 px one is a plain image.
    expect(section.match(/<div class="slice"[^>]*><img src="captures\/0002-2026-11-22-reddit\/fullpage-1.png"/g)).toHaveLength(3);
    expect(section).toContain('<img class="segment" src="captures/0002-2026-11-22-reddit/fullpage-2.png"');
    const fixture = completeFixture();
    for (const artifact of fixture.captures[1]!.artifacts) expect(section).toContain(artifact.sha256);
    expect(section).toContain('page.mhtml</code> · ');
    expect(section).toContain('opens in Chrome or Edge');
    expect(section).toContain('https://i.redd.it/abc.jpg?a=1&amp;b=&quot;2&quot;');
    expect(section).toContain('downloaded by the page itself, with the person’s cookies for that site');
    expect(section).toContain('Cut at the size limit of 200 MB');
    expect(section).toContain('A streaming video: its player source and a still were kept');
    expect(section).toContain('as the page showed it, not verified');
    expect(section).toContain('Blackmailer (@bad.actor, account id 17841400000000)');
    expect(section).toContain('<td>Yesterday 21:05</td><td class="message-text">Please stop</td>');
    expect(section).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain(HOSTILE_TEXT);
    expect(html).not.toMatch(/<script/i);
    // Tiles are listed once, in their table, not again under "Files".
    expect(section.match(/tile-002\.png/g)).toHaveLength(1);
  });

  it('says in VERIFY.txt and DECLARATION.txt what the new files are, only when the bundle holds them', async () => {
    const files = await buildBundleFiles(bundleInput(completeFixture(), fakeSigner));
    expect(text(files.get('VERIFY.txt'))).toContain('tile-001.png, tile-002.png');
    expect(text(files.get('VERIFY.txt'))).toContain('page.mhtml is the page itself');
    expect(text(files.get('DECLARATION.txt'))).toContain('Part of the page was photographed: 1,800 of 2,400 pixels');
    const { makeFixture } = await import('./fixtures');
    const plain = await buildBundleFiles(bundleInput(makeFixture(1), fakeSigner));
    expect(text(plain.get('VERIFY.txt'))).not.toContain('tile-001.png');
    expect(text(plain.get('DECLARATION.txt'))).not.toContain('tiles');
  });

  it('makes a platform copy: images pixelated, the video and archive left out with their hashes, the conversation kept', async () => {
    const fixture = completeFixture();
    const signer = await realSigner();
    const zip = await buildBundleBytes(bundleInput(fixture, signer, { copy: 'platform' }));
    const files = await unzipToMap(zip);
    const json = captureJson(files);
    const record = fixture.captures[1]!;
    for (const id of ['shot', 'tile-0', 'tile-1', 'tile-2', 'segment-0', 'segment-1', 'image', 'frame']) {
      const entry = json.files.find((file) => file.artifactId === id)!;
      expect(entry.redaction?.originalSha256).toBe(record.artifacts.find((artifact) => artifact.id === id)!.sha256);
      expect(text(files.get(entry.path))).toMatch(/^pixelated:/);
    }
    expect(json.files.find((file) => file.artifactId === 'image')!.name).toBe('media-1.jpg');
    expect(json.omitted.map((file) => file.artifactId).sort()).toEqual(['archive', 'video']);
    expect(json.omitted.find((file) => file.artifactId === 'video')!.sha256).toBe(record.artifacts.find((a) => a.id === 'video')!.sha256);
    expect(files.get(`${FOLDER}/thread.json`)).toEqual(fixture.artifacts.get('thread'));
    expect(json.files.find((file) => file.artifactId === 'thread')!.redaction).toBeUndefined();
    expect(text(files.get('report.html'))).toContain('Please stop');
    expect(text(files.get('VERIFY.txt'))).toMatch(/A captured conversation \(thread.json\) is kept\s+word for word/);
    expect(problemsOf(await verifyBundle(zip))).toEqual([]);
  });

  it('refuses a platform copy holding an image that was not pixelated', async () => {
    const fixture = completeFixture();
    const signer = await realSigner();
    // A redactor that hands the original back: the verifier must not take it for a pixelated copy.
    const zip = await buildBundleBytes(
      bundleInput(fixture, signer, { copy: 'platform', redactImage: async (bytes, mediaType) => ({ bytes: bytes.slice(), mediaType }) }),
    );
    const result = await verifyBundle(zip);
    expect(problemsOf(result)).toContain(`${FOLDER}/tile-001.png: is the original image, not a pixelated one`);
  });

  it('leaves out of the platform copy an image that cannot be pixelated, rather than failing or showing it', async () => {
    const fixture = completeFixture();
    const zip = await buildBundleBytes(
      bundleInput(fixture, await realSigner(), {
        copy: 'platform',
        redactImage: async (bytes, mediaType) => {
          if (mediaType === 'image/jpeg') throw new Error('cannot decode');
          return fakeRedact(bytes, mediaType);
        },
      }),
    );
    const json = captureJson(await unzipToMap(zip));
    expect(json.omitted.find((file) => file.artifactId === 'image')?.reason).toBe('left out of the platform copy: it could not be pixelated');
    expect((await verifyBundle(zip)).ok).toBe(true);
  });

  it('imports as a new case: every artifact re-keyed, its bytes and fields kept, the chain new', async () => {
    const fixture = completeFixture();
    const zip = await buildBundleBytes(bundleInput(fixture, await realSigner()));
    let n = 0;
    const imported = await parseBundleForImport(zip, { bundleName: 'b.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` });
    expect(verifyChain(imported.captures)).toEqual([]);
    const original = fixture.captures[1]!;
    const copy = imported.captures[1]!;
    expect(copy.artifacts).toHaveLength(original.artifacts.length);
    expect(copy.observed.coverage).toEqual(original.observed.coverage);
    for (const [index, artifact] of copy.artifacts.entries()) {
      const before = original.artifacts[index]!;
      expect(artifact.id).not.toBe(before.id);
      expect({ ...artifact, id: before.id }).toEqual(before);
      expect(imported.artifacts.get(artifact.id)).toEqual(fixture.artifacts.get(before.id));
    }
    expect(copy.imported?.originalRecordHash).toBe(original.recordHash);
  });

  it('in under-18 mode lists images, videos and the archive by fingerprint only, keeps the conversation, and verifies', async () => {
    const fixture = completeFixture({ under18: true });
    const input = bundleInput(fixture, await realSigner());
    const zip = await buildBundleBytes(input);
    const files = await unzipToMap(zip);
    expect([...files.keys()].filter((path) => path.startsWith(`${FOLDER}/`)).sort()).toEqual([`${FOLDER}/capture.json`, `${FOLDER}/thread.json`]);
    const json = captureJson(files);
    expect(json.omitted).toHaveLength(fixture.captures[1]!.artifacts.length - 1);
    expect(json.omitted.every((file) => file.reason === NEVER_STORED)).toBe(true);
    const html = text(files.get('report.html'));
    for (const artifact of fixture.captures[1]!.artifacts) expect(html).toContain(artifact.sha256);
    expect(html).toContain('only its fingerprint (above) was kept');
    expect(html).not.toMatch(/<img[^>]+0002-2026-11-22-reddit/);
    expect(problemsOf(await verifyBundle(zip))).toEqual([]);
    const imported = await parseBundleForImport(zip, { bundleName: 'b.zip', now: () => new Date(), newId: () => crypto.randomUUID() });
    expect(imported.artifacts.size).toBe(2);
    expect(THREAD.messages).toHaveLength(3);
  });
});
