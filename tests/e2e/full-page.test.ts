import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { verifyChain } from '../../src/shared/chain';
import type { ArtifactRef, CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { paceCaptures, sha256Hex, tabIdOf } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, type StoreDump } from './support/store';

// A narrow, very tall window at half density: about 7,900 CSS px a screen, so a 40,000 px page
// takes 6 tiles (3 s at two screenshots a second) and its stitched view still needs 2 segments.
const WINDOW = ['--window-size=300,8000', '--force-device-scale-factor=0.5'];
const SCALE = 0.5;

let server: FixtureServer;
let session: ExtensionSession;
let store: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD, { args: WINDOW });
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the page, clicks the toolbar button (activeTab), and asks for a full-page capture as the popup does. */
async function captureFullPage(path: string, before?: (page: Page) => Promise<void>) {
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}/fullpage/${path}`);
  await before?.(page);
  await paceCaptures();
  const popup = await openPopup(session, page);
  const tabId = await tabIdOf(await session.worker(), page.url());
  const reply = await sendFromPage(popup, 'capture.take', { tabId, trigger: 'popup', mode: 'full' });
  expect(reply.error).toBeUndefined();
  await popup.close();
  const dump = await dumpStore(store);
  return { page, dump, capture: dump.captures.at(-1)! };
}

const ofKind = (capture: CaptureRecord, kind: ArtifactRef['kind']) => capture.artifacts.filter((artifact) => artifact.kind === kind);

/** Every row's colour in one column of a stored PNG, decoded by the browser. */
async function column(bytes: Buffer, x: number): Promise<Array<[number, number, number]>> {
  return store.evaluate(
    async (base64, atX) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(1, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, atX, 0, 1, bitmap.height, 0, 0, 1, bitmap.height);
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, 1, bitmap.height).data;
      return Array.from({ length: bitmap.height }, (_, row) => [pixels[row * 4]!, pixels[row * 4 + 1]!, pixels[row * 4 + 2]!] as [number, number, number]);
    },
    bytes.toString('base64'),
    x,
  );
}

async function stitchedColumn(dump: StoreDump, capture: CaptureRecord, x: number) {
  const rows: Array<[number, number, number]> = [];
  for (const segment of ofKind(capture, 'fullpage')) rows.push(...(await column(dump.artifacts.get(segment.id)!, x)));
  return rows;
}

const near = (colour: [number, number, number], target: [number, number, number]) => colour.every((value, i) => Math.abs(value - target[i]!) <= 12);
const RED: [number, number, number] = [220, 0, 0];
const GREEN: [number, number, number] = [0, 200, 0];
const BLUE: [number, number, number] = [0, 0, 230];
const MAGENTA: [number, number, number] = [200, 0, 200];

function expectHashesTrue(dump: StoreDump, capture: CaptureRecord) {
  for (const artifact of capture.artifacts) {
    const bytes = dump.artifacts.get(artifact.id)!;
    if (artifact.mediaType === 'image/png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(artifact.sha256).toBe(sha256Hex(bytes));
    expect(artifact.size).toBe(bytes.length);
  }
}

describe('a full-page capture', () => {
  it('photographs a 40,000 px page once over: the sticky header once, lazy images loaded, the last rows kept, in segments', async () => {
    const { page, dump, capture } = await captureFullPage('tall.html?height=40000', (tall) =>
      tall.evaluate(() => scrollTo({ top: 1234, behavior: 'instant' })),
    );
    expect(capture.observed.coverage).toMatchObject({ mode: 'full', scroller: 'document', complete: true, totalHeight: 40000, coveredHeight: 40000 });
    const tiles = ofKind(capture, 'tile');
    expect(tiles.length).toBe(capture.observed.coverage!.tiles);
    expect(tiles.map((tile) => tile.index)).toEqual(tiles.map((_, i) => i));
    expect(tiles.at(-1)!.rect!.y + tiles.at(-1)!.rect!.height).toBe(40000);
    expectHashesTrue(dump, capture);

    const segments = ofKind(capture, 'fullpage');
    expect(segments.length).toBe(Math.ceil((40000 * SCALE) / 16384));
    expect(segments.every((segment) => segment.height! <= 16384)).toBe(true);
    expect(segments.reduce((sum, segment) => sum + segment.height!, 0)).toBe(40000 * SCALE);

    const middle = await stitchedColumn(dump, capture, 150); // clear of the header's text
    expect(middle.filter((colour) => near(colour, RED)).length).toBe(40 * SCALE); // the 40 px header, once
    expect(middle.slice(0, 40 * SCALE).every((colour) => near(colour, RED))).toBe(true);
    const left = await stitchedColumn(dump, capture, 20);
    expect(left.slice(-30 * SCALE).every((colour) => near(colour, GREEN))).toBe(true); // the last 30 px band
    const screen: number = await page.evaluate(() => window.innerHeight);
    const firstImage = Math.round((40 + Math.round(screen * 1.5)) * SCALE); // below the header, in #content
    expect(left.slice(firstImage + 5, firstImage + 45).every((colour) => near(colour, BLUE))).toBe(true); // a lazy image, loaded
    const right = await stitchedColumn(dump, capture, Math.round(500 * SCALE) - 20);
    expect(right.filter((colour) => near(colour, MAGENTA)).length).toBe(60 * SCALE); // the fixed button, once

    expect(await page.evaluate(() => scrollY)).toBe(1234); // put back
    expect(verifyChain(dump.captures)).toEqual([]);
    await page.close();
  });

  it('follows a page that scrolls inside an element, under a fixed bar', async () => {
    const { page, dump, capture } = await captureFullPage('container.html', (feed) => feed.evaluate(() => document.getElementById('feed')!.scrollTo(0, 500)));
    const total = await page.evaluate(() => document.getElementById('feed')!.scrollHeight);
    expect(capture.observed.coverage).toMatchObject({ scroller: 'element', complete: true, totalHeight: total, coveredHeight: total });
    expectHashesTrue(dump, capture);
    const rows = await stitchedColumn(dump, capture, 150); // clear of the bar's text
    expect(rows.length).toBe(Math.round((50 + total) * SCALE)); // the bar once, then the feed
    expect(rows.slice(0, 50 * SCALE).every((colour) => near(colour, [40, 40, 40]))).toBe(true);
    expect(rows.slice(50 * SCALE, 80 * SCALE).every((colour) => near(colour, BLUE))).toBe(true);
    expect(rows.slice(-30 * SCALE).every((colour) => near(colour, GREEN))).toBe(true);
    expect(await page.evaluate(() => document.getElementById('feed')!.scrollTop)).toBe(500);
    await page.close();
  });

  it('photographs a frame from another site where it sits, once, across two screens', async () => {
    const inner = `http://localhost:${server.port}/fullpage/framed-inner.html`;
    const { page, dump, capture } = await captureFullPage(`framed.html?inner=${encodeURIComponent(inner)}`, async (framed) => {
      await framed.waitForFrame((frame) => frame.url() === inner);
      await framed.waitForFunction(() => (document.getElementById('frame') as HTMLIFrameElement).contentWindow !== null);
    });
    expect(capture.observed.coverage).toMatchObject({ scroller: 'document', complete: true, totalHeight: 9430, coveredHeight: 9430 });
    expectHashesTrue(dump, capture);
    const rows = await stitchedColumn(dump, capture, 150);
    const CYAN: [number, number, number] = [0, 200, 200];
    expect(rows.length).toBe(9430 * SCALE);
    expect(rows.slice(0, 7800 * SCALE).every((colour) => near(colour, BLUE))).toBe(true);
    // The frame straddles the first screen's lower edge (about 7,900 px): it must come out once and whole.
    expect(rows.filter((colour) => near(colour, CYAN)).length).toBe(600 * SCALE);
    expect(rows.slice(7800 * SCALE, 8400 * SCALE).every((colour) => near(colour, CYAN))).toBe(true);
    expect(rows.slice(-30 * SCALE).every((colour) => near(colour, GREEN))).toBe(true);
    await page.close();
  });

  it('stops a page that keeps growing at the height limit and says where', async () => {
    const { page, capture } = await captureFullPage('growing.html');
    const coverage = capture.observed.coverage!;
    expect(coverage.complete).toBe(false);
    expect(coverage.stoppedBecause).toMatch(/^height limit/);
    expect(coverage.coveredHeight).toBeGreaterThanOrEqual(60000);
    expect(coverage.totalHeight).toBeGreaterThan(coverage.coveredHeight);
    expect(ofKind(capture, 'tile').length).toBe(coverage.tiles);
    await page.close();
  });
});

describe('the popup', () => {
  it('offers Visible part or Full page, shows progress, and Cancel keeps what was taken, marked partial', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/fullpage/tall.html?screens=8`);
    const before = (await dumpStore(store)).captures.length;
    await paceCaptures();
    const popup = await openPopup(session, page);
    await popup.waitForFunction(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === false);
    expect(await popup.$eval('input[value="visible"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
    await popup.click('input[value="full"]');
    await popup.click('::-p-aria(Save evidence)');
    await popup.waitForFunction(() => /Photographing 2 of \d+…/.test(document.querySelector('[data-testid="capture-progress"]')?.textContent ?? ''), {
      timeout: 10_000,
    });
    await popup.click('::-p-aria(Cancel)');
    await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
    expect(await popup.$eval('[data-testid="coverage"]', (element) => element.textContent)).toMatch(/^You stopped it/);
    await popup.close();

    const dump = await dumpStore(store);
    expect(dump.captures).toHaveLength(before + 1);
    const capture = dump.captures.at(-1)!;
    const coverage = capture.observed.coverage!;
    expect(coverage).toMatchObject({ complete: false, stoppedBecause: 'cancelled' });
    expect(coverage.tiles).toBeGreaterThanOrEqual(2);
    expect(coverage.tiles).toBeLessThan(8);
    expect(coverage.coveredHeight).toBeLessThan(coverage.totalHeight);
    expect(ofKind(capture, 'tile')).toHaveLength(coverage.tiles);
    expect(ofKind(capture, 'fullpage').length).toBeGreaterThan(0);
    expectHashesTrue(dump, capture);
    expect(verifyChain(dump.captures)).toEqual([]);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });
});
