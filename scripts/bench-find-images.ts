// Finding copies in the shipped build (issue #12): "Find my images on this page" on a page of 50
// images, from the popup's click to its answer, against a bare captureVisibleTab of the same tab;
// and "Add images" for one photo and one short video, from the file input's change to the row
// listed, against decoding the same photo in the same page. Interleaved, in one run.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { CHROME_BUILD, launchWithExtension, openOptions, openPopup } from '../tests/e2e/support/browser';
import { FIXTURES_DIR } from '../tests/e2e/support/fixture-server';
import { crop, decode, encode, resize, variantsOf } from '../tests/e2e/support/image-variants';
import { percentile, type BenchEntry } from './bench-stats';

const ROUNDS = Number(process.env.BENCH_FIND_ROUNDS ?? 10);
const SPACING_MS = 650; // captureVisibleTab allows two calls a second
const PHOTO = join(FIXTURES_DIR, 'photos/bridge-1-original.jpg');
const VIDEO = join(FIXTURES_DIR, 'my-video/four-shots.webm');

const pause = (ms = SPACING_MS) => new Promise((done) => setTimeout(done, ms));

function serve(files: Map<string, Buffer>, html: () => string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
    const file = files.get(path.slice(1));
    // No CORS headers: the page cannot read these pixels, so Preserve reads them from screenshots.
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/jpeg' }).end(file);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The e2e gallery (tests/e2e/find-my-images.test.ts): 6 altered copies among 44 other photos, one copy far down. */
function gallery(cdnOrigin: string, siteOrigin: string): string {
  const copies = ['reencoded.jpg', 'resized.jpg', 'blurred.jpg', 'sharpened.jpg', 'contrast.jpg'];
  const thumbs = (from: number, to: number, origin: string) =>
    Array.from({ length: to - from }, (_, k) => `<img class="thumb" src="${origin}/other-${from + k}.jpg" alt="">`).join('');
  return `<!doctype html><title>Gallery</title><style>img{margin:2px;vertical-align:top} .copy{width:240px} .thumb{width:96px;height:96px}</style>
<div>${copies.map((name) => `<img class="copy" src="${cdnOrigin}/${name}" alt="">`).join('')}</div>
<div>${thumbs(0, 22, cdnOrigin)}${thumbs(22, 44, siteOrigin)}</div>
<div style="margin-top:2400px"><img class="copy" src="${cdnOrigin}/mirrored.jpg" loading="lazy" alt=""></div>`;
}

async function addAndTime(options: Page, path: string): Promise<number> {
  await options.evaluate(() => {
    const input = document.querySelector('input[name="add-images"]')!;
    input.addEventListener('change', () => Object.assign(globalThis, { __changedAt: performance.now() }), { capture: true, once: true });
  });
  const before = (await options.$$('[data-testid="my-image"]')).length;
  const input = (await options.$('input[name="add-images"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await options.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="my-image"]').length > count,
    { polling: 'mutation', timeout: 30_000 },
    before,
  );
  return options.evaluate(() => performance.now() - (globalThis as unknown as { __changedAt: number }).__changedAt);
}

export async function benchFindImages(): Promise<BenchEntry[]> {
  const shown = resize(decode(PHOTO), 480, 301);
  const files = new Map(Object.entries(variantsOf(shown)));
  const other = decode(join(FIXTURES_DIR, 'photos/q0122.jpg'));
  for (let k = 0; k < 44; k++) {
    const side = 96 + (k % 5) * 32;
    files.set(`other-${k}.jpg`, encode(crop(other, (k * 37) % (other.width - side), (k * 23) % (other.height - side), side, side)));
  }
  let cdnOrigin = '';
  let siteOrigin = '';
  const cdn = await serve(files, () => '');
  const site = await serve(files, () => gallery(cdnOrigin, siteOrigin));
  cdnOrigin = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
  siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
  const session = await launchWithExtension(CHROME_BUILD);
  try {
    const options = await openOptions(session, '#images');
    await options.waitForSelector('input[name="add-images"]');
    // tsx names the functions sent to a page with an esbuild helper the page lacks (tests/e2e/support/store.ts).
    await options.evaluate('globalThis.__name ??= (fn) => fn');
    const photoBase64 = readFileSync(PHOTO).toString('base64');
    const decodeOnly: number[] = [];
    const addPhoto: number[] = [];
    const addVideo: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      decodeOnly.push(
        await options.evaluate(async (base64) => {
          const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
          const started = performance.now();
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d', { willReadFrequently: true })!;
          context.drawImage(bitmap, 0, 0);
          context.getImageData(0, 0, canvas.width, canvas.height);
          bitmap.close();
          return performance.now() - started;
        }, photoBase64),
      );
      addPhoto.push(await addAndTime(options, PHOTO));
      if (round < 3) addVideo.push(await addAndTime(options, VIDEO));
    }

    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${siteOrigin}/`, { waitUntil: 'load' });
    const popup = await openPopup(session, page); // the click grants activeTab, as a person's would
    await popup.evaluate('globalThis.__name ??= (fn) => fn');
    const worker = await session.worker();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const bare: number[] = [];
    const clickToAnswer: number[] = [];
    let matched = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await pause();
      bare.push(
        await worker.evaluate(async (id) => {
          const tab = await chrome.tabs.get(id);
          const started = performance.now();
          await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
          return performance.now() - started;
        }, tabId),
      );
      await pause();
      const answer = await popup.evaluate(async () => {
        const summary = () => document.querySelector('[data-testid="find-images-summary"], [data-testid="find-images-none"], .find-my-images [role="alert"]');
        const previous = summary();
        const started = performance.now();
        document.querySelector<HTMLButtonElement>('.find-my-images button')!.click();
        // Each answer is drawn as a new element once "Looking…" has replaced the last one.
        for (;;) {
          const now = summary();
          if (now && now !== previous) return { ms: performance.now() - started, matches: document.querySelectorAll('[data-testid="image-match"]').length };
          await new Promise((done) => setTimeout(done, 2));
        }
      });
      clickToAnswer.push(answer.ms);
      matched = answer.matches;
    }
    // The 6 altered copies, whatever else: a bench that finds nothing measures nothing.
    if (matched < 6) throw new Error(`Find my images found ${matched} matches during the bench, expected the 6 copies`);
    const baseline = percentile(bare, 50);
    const decodeBaseline = percentile(decodeOnly, 50);
    return [
      { name: 'find my images: captureVisibleTab of the same tab (baseline)', unit: 'ms', median: baseline, p95: percentile(bare, 95) },
      {
        name: 'find my images: 50 images, click to answer (goal ≤ 2 s)',
        unit: 'ms',
        median: percentile(clickToAnswer, 50),
        p95: percentile(clickToAnswer, 95),
        baseline,
        ratio: percentile(clickToAnswer, 50) / baseline,
      },
      { name: 'add images: decode a 1600×1004 JPEG (baseline)', unit: 'ms', median: decodeBaseline, p95: percentile(decodeOnly, 95) },
      {
        name: 'add images: one 1600×1004 photo, chosen to listed',
        unit: 'ms',
        median: percentile(addPhoto, 50),
        p95: percentile(addPhoto, 95),
        baseline: decodeBaseline,
        ratio: percentile(addPhoto, 50) / decodeBaseline,
      },
      { name: 'add images: a 4 s 320×240 video, chosen to listed', unit: 'ms', median: percentile(addVideo, 50), p95: percentile(addVideo, 95) },
    ];
  } finally {
    await session.close();
    await new Promise((done) => cdn.close(done));
    await new Promise((done) => site.close(done));
  }
}

// `npx tsx scripts/bench-find-images.ts` runs this part alone (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchFindImages());
