import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyImageRecord } from '../../src/shared/matching-types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { paceCaptures } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { FIXTURES_DIR } from './support/fixture-server';
import { readRows } from './support/store';

// My images with a video, and under-18 mode (issue #12), in the built extension. The video is
// four one-second shots of the PDQ reference photos (tests/fixtures/my-video/SOURCE.md).
const VIDEO = join(FIXTURES_DIR, 'my-video/four-shots.webm');
const PHOTO = join(FIXTURES_DIR, 'photos/q0122.jpg');

let session: ExtensionSession;
let site: Server;
let siteOrigin: string;

/** A page that shows the video paused at `?at=` seconds, served from its own origin like any site. */
function pageHtml(at: number): string {
  return `<!doctype html><title>Clip</title><h1>Clip</h1>
<video id="clip" src="/four-shots.webm" muted preload="auto" width="320" height="240"></video>
<script>
const video = document.getElementById('clip');
video.addEventListener('loadeddata', () => { video.currentTime = ${at}; }, { once: true });
video.addEventListener('seeked', () => { document.body.dataset.ready = '1'; }, { once: true });
</script>`;
}

async function setAge(page: Page, age: 'adult' | 'under-18') {
  const reply = await sendFromPage(page, 'settings.update', { patch: { ageOfPersonShown: age } });
  expect(reply.ok).toBe(true);
}

async function deleteAllMyImages(page: Page) {
  for (const row of await readRows<MyImageRecord>(page, 'myImages')) expect((await sendFromPage(page, 'images.delete', { id: row.id })).ok).toBe(true);
}

beforeAll(async () => {
  const video = readFileSync(VIDEO);
  site = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/')
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(Number(url.searchParams.get('at'))));
    if (url.pathname === '/four-shots.webm') return void response.writeHead(200, { 'content-type': 'video/webm' }).end(video);
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  session = await launchWithExtension(E2E_BUILD);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await new Promise((done) => site?.close(done));
});

describe('my images: a video', () => {
  it('hashes a frame a second of an added video, and finds a page’s paused video by its current frame', async () => {
    const options = await openOptions(session, '#images');
    await setAge(options, 'adult');
    await deleteAllMyImages(options);
    const input = (await options.waitForSelector('input[type="file"][name="add-images"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(VIDEO);
    await options.waitForSelector('[data-testid="my-image"]', { timeout: 20_000 });
    const [stored] = await readRows<MyImageRecord>(options, 'myImages');
    expect(stored?.kind).toBe('video');
    expect(stored?.label).toBe('four-shots.webm');
    expect(stored?.keptImage).toBeUndefined();
    // Four different shots, one a second: each is kept, with the time it was taken at.
    const times = stored?.pdq.map((frame) => frame.frameMs) ?? [];
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.every((ms, k) => ms !== undefined && [0, 1000, 2000, 3000].includes(ms) && (k === 0 || ms > times[k - 1]!))).toBe(true);
    expect(stored?.pdq.every((frame) => frame.quality >= 50)).toBe(true);
    expect(stored?.dihedral.every((views) => views.length === 8)).toBe(true);
    expect(stored?.width).toBe(320);
    expect(await readRows(options, 'myImageFiles')).toEqual([]);

    const findOn = async (at: number) => {
      const page = await session.browser.newPage();
      await page.goto(`${siteOrigin}/?at=${at}`, { waitUntil: 'load' });
      await page.waitForSelector('body[data-ready="1"]');
      await paceCaptures();
      const popup = await openPopup(session, page);
      await (await popup.waitForSelector('::-p-aria(Find my images on this page)'))!.click();
      await popup.waitForSelector('[data-testid="find-images-summary"], [data-testid="find-images-none"], .find-my-images [role="alert"]', { timeout: 15_000 });
      const matches = await popup.$$eval('[data-testid="image-match"]', (rows) =>
        rows.map((row) => ({ src: row.getAttribute('data-src'), distance: Number(row.getAttribute('data-distance')) })),
      );
      await popup.close().catch(() => undefined);
      await page.close();
      return matches;
    };
    // Paused inside the second shot (q0122.jpg): that frame is what the page shows, and it matches.
    const matches = await findOn(1.5);
    console.info(
      `my images, video: frames ${stored?.pdq.map((frame) => `${frame.frameMs} ms q${frame.quality}`).join(', ')}; paused frame matched at distance ${matches[0]?.distance}`,
    );
    expect(matches).toEqual([{ src: `${siteOrigin}/four-shots.webm`, distance: expect.any(Number) }]);
    expect(matches[0]!.distance).toBeLessThanOrEqual(31);
    await options.close();
  }, 60_000);
});

describe('my images in under-18 mode', () => {
  it('offers no "Keep the image as well", and the worker keeps no image even when asked to', async () => {
    const options = await openOptions(session, '#images');
    await setAge(options, 'adult');
    await deleteAllMyImages(options);
    const photo = readFileSync(PHOTO);
    const draft = {
      label: 'sent-anyway.jpg',
      kind: 'image',
      md5: 'a'.repeat(32),
      sha256: 'b'.repeat(64),
      pdq: [{ hash: 'cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940', quality: 100 }],
      dihedral: [[]],
    };
    const keep = { base64: photo.toString('base64'), mediaType: 'image/jpeg' };
    // Control: an adult's "keep" is honoured, so the refusal below is the mode's doing.
    const kept = await sendFromPage(options, 'images.add', { image: draft, keep });
    expect(kept.ok).toBe(true);
    expect((kept.value as MyImageRecord).keptImage).toBe(true);
    expect(await readRows(options, 'myImageFiles')).toHaveLength(1);
    await deleteAllMyImages(options);
    expect(await readRows(options, 'myImageFiles')).toEqual([]);

    await setAge(options, 'under-18');
    await options.reload();
    await options.waitForSelector('[data-testid="hashes-only-note"]');
    expect(await options.$('.add-images input[type="checkbox"]')).toBeNull();
    expect(await options.$eval('.my-images', (view) => view.textContent)).not.toContain('Keep the image as well');

    const input = (await options.waitForSelector('input[type="file"][name="add-images"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(PHOTO);
    await options.waitForSelector('[data-testid="my-image"]');
    const refused = await sendFromPage(options, 'images.add', { image: draft, keep });
    expect(refused.ok).toBe(true);
    expect((refused.value as MyImageRecord).keptImage).toBeUndefined();

    const rows = await readRows<MyImageRecord>(options, 'myImages');
    expect(rows.map((row) => row.label).sort()).toEqual(['q0122.jpg', 'sent-anyway.jpg']);
    expect(rows.every((row) => row.keptImage === undefined && /^[0-9a-f]{64}$/.test(row.sha256))).toBe(true);
    expect(await readRows(options, 'myImageFiles')).toEqual([]);
    await setAge(options, 'adult');
    await options.close();
  }, 30_000);
});
