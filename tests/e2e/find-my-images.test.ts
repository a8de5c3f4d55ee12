import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyImageRecord } from '../../src/shared/matching-types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { paceCaptures } from './support/capture-helpers';
import { FIXTURES_DIR } from './support/fixture-server';
import { crop, decode, encode, resize, variantsOf } from './support/image-variants';
import { readCaptures, readRows } from './support/store';

// "Find my images on this page" (issue #12) in the built extension: the person adds a photo under
// My images, opens a page that shows six altered copies of it, served from another origin with no
// CORS headers (so the page cannot read their pixels), among 44 unrelated photos, one copy lazy-loaded
// far down the page; every copy is found and nothing else, and "Save evidence" records the matches.
const REFERENCE = join(FIXTURES_DIR, 'photos/bridge-1-original.jpg');
const COPIES = ['reencoded.jpg', 'resized.jpg', 'blurred.jpg', 'sharpened.jpg', 'contrast.jpg', 'mirrored.jpg'];

let session: ExtensionSession;
let cdn: Server;
let site: Server;
let cdnOrigin: string;
let siteOrigin: string;
const cdnRequests: string[] = [];

function serve(files: Map<string, Buffer>, html: () => string, seen?: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    seen?.push(path);
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
    const file = files.get(path.slice(1));
    // No Access-Control-Allow-Origin: a canvas drawing these images is tainted.
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'no-store' }).end(file);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function pageHtml(): string {
  const copy = (name: string, extra = '') => `<img class="copy" src="${cdnOrigin}/${name}" alt="" ${extra}>`;
  const thumbs = (from: number, to: number, origin: string) =>
    Array.from({ length: to - from }, (_, k) => `<img class="thumb" src="${origin}/other-${from + k}.jpg" alt="">`).join('');
  return `<!doctype html><title>Gallery</title><style>body{margin:8px;font:14px sans-serif} img{margin:2px;vertical-align:top} .copy{width:240px} .thumb{width:96px;height:96px}</style>
<h1>Gallery</h1>
<div>${COPIES.filter((name) => name !== 'mirrored.jpg')
    .map((name) => copy(name))
    .join('')}</div>
<div>${thumbs(0, 22, cdnOrigin)}${thumbs(22, 44, siteOrigin)}</div>
<div style="margin-top:2400px">${copy('mirrored.jpg', 'loading="lazy"')}</div>`;
}

beforeAll(async () => {
  // A site shows a smaller copy: the six altered copies are made from a 480 px version.
  const shown = resize(decode(REFERENCE), 480, 301);
  const files = new Map(Object.entries(variantsOf(shown)));
  // 44 different views of another photo: real texture, nothing like the reference.
  const other = decode(join(FIXTURES_DIR, 'photos/q0122.jpg'));
  for (let k = 0; k < 44; k++) {
    const side = 96 + (k % 5) * 32;
    files.set(`other-${k}.jpg`, encode(crop(other, (k * 37) % (other.width - side), (k * 23) % (other.height - side), side, side)));
  }
  cdn = await serve(files, () => '', cdnRequests);
  site = await serve(files, pageHtml);
  cdnOrigin = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
  siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
  session = await launchWithExtension(E2E_BUILD);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await new Promise((done) => cdn?.close(done));
  await new Promise((done) => site?.close(done));
});

describe('find my images', () => {
  it('adds a photo as hashes only, finds every altered copy from another origin and nothing else, and saves the matches', async () => {
    const options = await openOptions(session, '#images');
    const input = (await options.waitForSelector('input[type="file"][name="add-images"]')) as ElementHandle<HTMLInputElement>;
    expect(await options.$eval('input[type="checkbox"]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    await input.uploadFile(REFERENCE);
    await options.waitForSelector('[data-testid="my-image"]');
    const [stored] = await readRows<MyImageRecord>(options, 'myImages');
    expect(stored?.label).toBe('bridge-1-original.jpg');
    expect(stored?.pdq[0]?.quality).toBeGreaterThanOrEqual(50);
    expect(stored?.dihedral[0]).toHaveLength(8);
    expect(stored?.keptImage).toBeUndefined();
    expect(await readRows(options, 'myImageFiles')).toEqual([]);

    const gallery = await session.browser.newPage();
    await gallery.setViewport({ width: 1280, height: 800 });
    await gallery.goto(`${siteOrigin}/`, { waitUntil: 'load' });
    expect(cdnRequests).not.toContain('/mirrored.jpg');
    await paceCaptures();
    const popup = await openPopup(session, gallery);
    const button = (await popup.waitForSelector('::-p-aria(Find my images on this page)'))!;
    const started = Date.now();
    await button.click();
    await popup.waitForSelector('[data-testid="find-images-summary"], [data-testid="find-images-none"], .find-my-images [role="alert"]', { timeout: 20_000 });
    const wallMs = Date.now() - started;
    const matches = await popup.$$eval('[data-testid="image-match"]', (rows) =>
      rows.map((row) => ({ src: row.getAttribute('data-src'), distance: Number(row.getAttribute('data-distance')) })),
    );
    console.info(
      `find my images: 50 images, ${wallMs} ms from the click to the answer; distances ${matches.map((m) => `${m.src?.split('/').pop()} ${m.distance}`).join(', ')}`,
    );
    expect(matches.map((match) => match.src).sort()).toEqual(COPIES.map((name) => `${cdnOrigin}/${name}`).sort());
    expect(wallMs).toBeLessThan(2_000);
    // Previews are blurred until the person chooses to see one.
    expect(await popup.$$eval('[data-testid="image-match"] img', (images) => images.every((image) => image.classList.contains('veiled')))).toBe(true);
    // The page is back where the person left it.
    expect(await gallery.evaluate(() => scrollY)).toBe(0);

    await paceCaptures();
    await popup.click('.find-my-images button.primary');
    await popup.waitForSelector('[data-testid="find-images-saved"]', { timeout: 15_000 });
    const capture = (await readCaptures(options)).at(-1)!;
    expect(capture.observed.tabUrl).toBe(`${siteOrigin}/`);
    expect(capture.observed.matchedImages?.map((match) => match.src).sort()).toEqual(COPIES.map((name) => `${cdnOrigin}/${name}`).sort());
    expect(capture.observed.matchedImages?.every((match) => match.myImageId === stored!.id && match.distance <= 31)).toBe(true);
    await popup.close().catch(() => undefined);
    await gallery.close();
    await options.close();
  }, 60_000);

  it('opens each engine’s search-by-address page for a right-clicked image, with the address encoded whole', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${siteOrigin}/`, { waitUntil: 'domcontentloaded' });
    const worker = await session.worker();
    await page.bringToFront();
    // Preserve has no "tabs" permission, so the worker cannot read tab addresses: the page is the active tab.
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    const srcUrl = `${cdnOrigin}/a b.jpg?x=1&q=imgurl:evil#frag`;
    const encoded = encodeURIComponent(new URL(srcUrl).href);
    const expected: Record<string, string> = {
      'google-lens': `https://lens.google.com/uploadbyurl?url=${encoded}`,
      bing: `https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${encoded}`,
      tineye: `https://tineye.com/search?url=${encoded}`,
      yandex: `https://yandex.com/images/search?rpt=imageview&url=${encoded}`,
    };
    for (const [engine, url] of Object.entries(expected)) {
      // Every host but loopback resolves to nothing in these tests (support/browser.ts), so the engine is never contacted.
      const opened = session.browser.waitForTarget((target) => target.url() === url, { timeout: 5_000 });
      await worker.evaluate(
        async (id, menuItemId, src) => {
          const tab = await chrome.tabs.get(id);
          (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
            { menuItemId, srcUrl: src, mediaType: 'image', editable: false },
            tab,
          );
        },
        tabId,
        `preserve-find-copies-${engine}`,
        srcUrl,
      );
      await (await (await opened).asPage()).close();
    }
    await page.close();
  }, 30_000);
});
