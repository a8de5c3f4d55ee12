import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { dispatchContextMenu, saveThroughPopup, sha256Hex, tabIdOf, waitForCaptureCount } from './support/capture-helpers';
import { MEDIA_HOSTS, mediaFile, startMediaServer, type MediaServer } from './support/media-server';
import { dumpStore, type StoreDump } from './support/store';

let server: MediaServer;
let session: ExtensionSession;
let store: Page;
const pages = new Map<string, Page>();

beforeAll(async () => {
  server = await startMediaServer();
  session = await launchWithExtension(E2E_BUILD, { hostRules: MEDIA_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`) });
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const url = (name: string) => `http://media.test/media/${name}`;

/** The fixture page, opened once and brought to the front, with activeTab granted by a toolbar click. */
async function frontPage(name: string): Promise<Page> {
  let page = pages.get(name);
  if (!page) {
    page = await session.browser.newPage();
    await page.goto(url(name));
    pages.set(name, page);
  }
  await (await openPopup(session, page)).close();
  return page;
}

/** Right-click → Save evidence on `srcUrl` (the real context-menu listener), and the capture it stored. */
async function rightClickCapture(name: string, info: Record<string, unknown>): Promise<{ capture: CaptureRecord; dump: StoreDump }> {
  await frontPage(name);
  const before = (await dumpStore(store)).captures.length;
  const worker = await session.worker();
  await dispatchContextMenu(worker, await tabIdOf(worker, url(name)), { pageUrl: url(name), ...info });
  const dump = await waitForCaptureCount(session, store, before + 1);
  return { capture: dump.captures.at(-1)!, dump };
}

/** The colours of a stored PNG at some points, decoded by the browser. */
async function pixels(bytes: Buffer, points: Array<[number, number]>): Promise<Array<[number, number, number]>> {
  return store.evaluate(
    async (base64, at) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const drawing = canvas.getContext('2d')!;
      drawing.drawImage(bitmap, 0, 0);
      return at.map(([x, y]) => {
        const [r, g, b] = drawing.getImageData(x, y, 1, 1).data;
        return [r!, g!, b!] as [number, number, number];
      });
    },
    bytes.toString('base64'),
    points,
  );
}

/** MHTML keeps the HTML quoted-printable: soft line breaks and =XX escapes. */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

describe('the page archive', () => {
  it('saves MHTML beside a capture: hashed like every artifact, with the page in it', async () => {
    const page = await frontPage('images.html');
    await (await saveThroughPopup(session, page)).close();
    const dump = await dumpStore(store);
    const capture = dump.captures.at(-1)!;
    const archive = capture.artifacts.find((artifact) => artifact.kind === 'mhtml')!;
    expect(archive).toMatchObject({ name: 'page.mhtml', mediaType: 'multipart/related' });
    const bytes = dump.artifacts.get(archive.id)!;
    expect(archive.size).toBe(bytes.length);
    expect(archive.sha256).toBe(sha256Hex(bytes));
    const text = decodeQuotedPrintable(bytes.toString('latin1'));
    expect(text).toContain('Content-Type: multipart/related');
    expect(text).toContain('heliotrope lanterns over the quay');
    expect(capture.observed.mediaNotes).toBeUndefined();
  });
});

describe('the media itself', () => {
  it('saves a right-clicked image at full resolution: the largest srcset candidate, without cookies', async () => {
    const { capture, dump } = await rightClickCapture('images.html', { mediaType: 'image', srcUrl: url('photo-small.jpg') });
    const media = capture.artifacts.filter((artifact) => artifact.kind === 'media');
    expect(media).toHaveLength(1);
    const bytes = dump.artifacts.get(media[0]!.id)!;
    expect(bytes.equals(mediaFile('photo-large.jpg'))).toBe(true);
    expect(media[0]).toMatchObject({
      sourceUrl: url('photo-large.jpg'),
      fetchedVia: 'extension',
      mediaType: 'image/jpeg',
      size: bytes.length,
      sha256: sha256Hex(bytes),
    });
    // The page set a cookie and showed only the small copy; Preserve's own request for the original carried no cookie…
    const fetched = server.requests.filter((request) => request.path === '/media/photo-large.jpg');
    expect(fetched.map((request) => request.cookie)).toEqual([undefined]);
    // …though the page's own requests to the same site do carry it (the control).
    const page = await frontPage('images.html');
    await page.evaluate(() => fetch('stream.m3u8').then((response) => response.text()));
    expect(server.requests.filter((request) => request.path === '/media/stream.m3u8').at(-1)?.cookie).toBe('session=fixture-secret');
  });

  it('saves an image from another site that allows it, with its address, type, size and hash', async () => {
    const { capture, dump } = await rightClickCapture('images.html', { mediaType: 'image', srcUrl: 'http://cdn.test/media/other-origin.png' });
    const [media] = capture.artifacts.filter((artifact) => artifact.kind === 'media');
    const bytes = dump.artifacts.get(media!.id)!;
    expect(bytes.equals(mediaFile('other-origin.png'))).toBe(true);
    expect(media).toMatchObject({
      sourceUrl: 'http://cdn.test/media/other-origin.png',
      mediaType: 'image/png',
      size: bytes.length,
      sha256: sha256Hex(bytes),
      fetchedVia: 'extension',
    });
  });

  it('says why when a site lets neither Preserve nor the page read its image', async () => {
    const { capture } = await rightClickCapture('images.html', { mediaType: 'image', srcUrl: 'http://nocors.test/media/other-origin.png' });
    expect(capture.artifacts.filter((artifact) => artifact.kind === 'media')).toEqual([]);
    expect(capture.observed.mediaNotes).toContainEqual({
      sourceUrl: 'http://nocors.test/media/other-origin.png',
      note: expect.stringMatching(/^Not saved: .*screenshot and the page archive/),
    });
  });

  it('saves a video with a file source byte for byte', async () => {
    const { capture, dump } = await rightClickCapture('video-file.html', { mediaType: 'video', srcUrl: url('clip.webm') });
    const [media] = capture.artifacts.filter((artifact) => artifact.kind === 'media');
    const bytes = dump.artifacts.get(media!.id)!;
    expect(bytes.equals(mediaFile('clip.webm'))).toBe(true);
    expect(media).toMatchObject({ name: 'media-1.webm', mediaType: 'video/webm', sourceUrl: url('clip.webm'), sha256: sha256Hex(mediaFile('clip.webm')) });
  });

  it('keeps a frame, the player’s addresses and a plain note for a blob: (streamed) video', async () => {
    const page = await frontPage('video-blob.html');
    await waitFor(() => page.$eval('video', (video) => (video as HTMLVideoElement).readyState >= 2), 'the streamed video to show a frame');
    const blobUrl = await page.$eval('video', (video) => (video as HTMLVideoElement).currentSrc);
    expect(blobUrl).toMatch(/^blob:http:\/\/media\.test\//);
    const { capture, dump } = await rightClickCapture('video-blob.html', { mediaType: 'video', srcUrl: blobUrl });
    expect(capture.artifacts.filter((artifact) => artifact.kind === 'media')).toEqual([]);
    const [frame] = capture.artifacts.filter((artifact) => artifact.kind === 'frame');
    const bytes = dump.artifacts.get(frame!.id)!;
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(frame).toMatchObject({ mediaType: 'image/png', sourceUrl: blobUrl, width: 320, height: 180, size: bytes.length, sha256: sha256Hex(bytes) });
    expect(frame!.note).toMatch(/stream/);
    expect(capture.observed.mediaNotes).toEqual(
      expect.arrayContaining([
        { sourceUrl: blobUrl, note: expect.stringMatching(/cannot be saved as one file.*A still of the frame/) },
        { sourceUrl: url('stream.m3u8'), note: expect.stringContaining('HLS') },
      ]),
    );
  });

  it('cuts a still out of the screenshot when another site’s video may not be read by the page', async () => {
    const page = await frontPage('video-nocors.html');
    await waitFor(() => page.$eval('video', (video) => (video as HTMLVideoElement).readyState >= 2), 'the other site’s video to show a frame');
    // The control: the page itself cannot read this video's frames (the canvas is tainted).
    const readable = await page.$eval('video', (video) => {
      const canvas = document.createElement('canvas');
      canvas.getContext('2d')!.drawImage(video as HTMLVideoElement, 0, 0);
      try {
        canvas.toDataURL();
        return true;
      } catch {
        return false;
      }
    });
    expect(readable).toBe(false);
    const srcUrl = 'http://nocors.test/media/solid.webm';
    expect(server.requests.some((request) => request.host === 'nocors.test' && request.path === '/media/solid.webm')).toBe(true);
    const { capture, dump } = await rightClickCapture('video-nocors.html', { mediaType: 'video', srcUrl });
    expect(capture.artifacts.filter((artifact) => artifact.kind === 'media')).toEqual([]);
    const [frame] = capture.artifacts.filter((artifact) => artifact.kind === 'frame');
    const bytes = dump.artifacts.get(frame!.id)!;
    const ratio = capture.observed.devicePixelRatio!;
    expect(frame).toMatchObject({
      mediaType: 'image/png',
      fetchedVia: 'rendered',
      sourceUrl: srcUrl,
      width: Math.round(320 * ratio),
      height: Math.round(180 * ratio),
      size: bytes.length,
      sha256: sha256Hex(bytes),
      note: expect.stringContaining('A still cut from the screenshot, because the page does not let its video frames be read.'),
    });
    // Every corner and the middle are the video's colour, not the white page around it.
    for (const [r, g, b] of await pixels(bytes, [
      [1, 1],
      [frame!.width! - 2, 1],
      [1, frame!.height! - 2],
      [frame!.width! - 2, frame!.height! - 2],
      [frame!.width! >> 1, frame!.height! >> 1],
    ])) {
      expect(Math.abs(r - 200) + Math.abs(g - 40) + Math.abs(b - 120)).toBeLessThan(30);
    }
    expect(capture.observed.mediaNotes).toContainEqual({
      sourceUrl: srcUrl,
      note: expect.stringMatching(/^Not saved: .*A still cut from the screenshot was saved instead\.$/),
    });
  });

  it('keeps only the fingerprint of that still in under-18 mode', async () => {
    const setAge = (age: string) =>
      store.evaluate((value) => chrome.runtime.sendMessage({ preserve: 1, type: 'settings.update', payload: { patch: { ageOfPersonShown: value } } }), age);
    await setAge('under-18');
    try {
      const { capture, dump } = await rightClickCapture('video-nocors.html', { mediaType: 'video', srcUrl: 'http://nocors.test/media/solid.webm' });
      const [frame] = capture.artifacts.filter((artifact) => artifact.kind === 'frame');
      expect(frame).toMatchObject({ fetchedVia: 'rendered', stored: false, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(dump.artifacts.has(frame!.id)).toBe(false);
    } finally {
      await setAge('adult');
    }
  });

  it('stops at the size cap and records why, keeping the rest of the capture', async () => {
    const started = Date.now();
    const { capture } = await rightClickCapture('images.html', { mediaType: 'image', srcUrl: url('huge.jpg') });
    expect(capture.artifacts.filter((artifact) => artifact.kind === 'media')).toEqual([]);
    expect(capture.artifacts.map((artifact) => artifact.kind)).toEqual(['screenshot', 'mhtml']);
    expect(capture.observed.mediaNotes).toContainEqual({ sourceUrl: url('huge.jpg'), note: expect.stringContaining('larger than 200 MB') });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
