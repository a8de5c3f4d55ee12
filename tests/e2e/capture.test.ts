import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { verifyChain } from '../../src/shared/chain';
import type { CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { dispatchContextMenu, dispatchShortcut, paceCaptures, saveThroughPopup, sha256Hex, tabIdOf, waitForCaptureCount } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

let server: FixtureServer;
let session: ExtensionSession;
let page: Page;
let store: Page;
let postUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD);
  postUrl = `${server.origin}/pages/post.html`;
  page = await session.browser.newPage();
  await page.goto(postUrl);
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const captureThroughPopup = (target: Page) => saveThroughPopup(session, target);

/** A click on the toolbar button grants activeTab on that tab, as a person's earlier click would. */
async function grantActiveTab(target: Page): Promise<void> {
  await (await openPopup(session, target)).close();
}

/** Each test makes the captures it looks at: one from the shortcut on the post page. */
async function captureFromShortcut(): Promise<CaptureRecord> {
  await grantActiveTab(page);
  const before = (await dumpStore(store)).captures.length;
  const worker = await session.worker();
  await dispatchShortcut(worker, await tabIdOf(worker, postUrl));
  return (await waitForCaptureCount(session, store, before + 1)).captures.at(-1)!;
}

describe('capture through the toolbar popup', () => {
  it('names the page, saves it in one click and confirms with the time and a blurred thumbnail', async () => {
    const before = await dumpStore(store);
    const popup = await openPopup(session, page);
    await popup.waitForFunction((url) => document.body.textContent?.includes(url), {}, postUrl);
    await popup.close();

    const confirmed = await captureThroughPopup(page);
    const message = await confirmed.$eval('[data-testid="saved-message"]', (element) => element.textContent);
    expect(message).toMatch(/^Saved at /);
    // The thumbnail is read from the store after the confirmation is shown.
    const thumbnail = (await confirmed.waitForSelector('.saved img', { timeout: 5_000 }))!;
    expect(await thumbnail.evaluate((img) => img.className)).toContain('veiled');
    await confirmed.close();

    const dump = await dumpStore(store);
    expect(dump.captures).toHaveLength(before.captures.length + 1);
    const capture = dump.captures.at(-1)!;
    expect(capture.trigger).toBe('popup');
    expect(capture.observed.tabUrl).toBe(postUrl);
    expect(capture.observed.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(capture.observed.timeZone).toBeTruthy();
    expect(capture.observed.viewport!.width).toBeGreaterThan(300);
    expect(capture.observed.devicePixelRatio).toBe(1);
    expect(capture.observed.browser.name).toMatch(/Chrom/);
    expect(capture.claimed?.canonicalUrl).toBe('https://social.example/sam/posts/42');
    expect(capture.claimed?.meta).toContainEqual({ name: 'og:title', content: 'Sam Example on Social' });

    const [artifact] = capture.artifacts;
    const screenshot = dump.artifacts.get(artifact!.id)!;
    expect(screenshot.subarray(1, 4).toString()).toBe('PNG');
    expect(artifact).toMatchObject({ kind: 'screenshot', size: screenshot.length, sha256: sha256Hex(screenshot) });
    expect(artifact!.width).toBe(capture.observed.viewport!.width);
    expect(artifact!.height).toBe(capture.observed.viewport!.height);
    expect(capture.prevHash).toBe(before.captures.at(-1)?.recordHash ?? null);
    expect(verifyChain(dump.captures)).toEqual([]);
  });
});

describe('capture through the context menu and the shortcut', () => {
  it('stores what was right-clicked: the image as the browser saw it and as the page describes it', async () => {
    const worker = await session.worker();
    const photoUrl = `${server.origin}/pages/photo.png`;
    // The toolbar click grants activeTab on this tab, as a person's earlier click would.
    await (await openPopup(session, page)).close();
    const before = (await dumpStore(store)).captures.length;
    await dispatchContextMenu(worker, await tabIdOf(worker, postUrl), { mediaType: 'image', srcUrl: photoUrl, pageUrl: postUrl });
    const dump = await waitForCaptureCount(session, store, before + 1);
    const capture = dump.captures.at(-1)!;
    expect(capture.trigger).toBe('context-menu');
    expect(capture.observed.contextTarget).toMatchObject({ mediaType: 'image', srcUrl: photoUrl });
    expect(capture.claimed?.clickedElement).toMatchObject({ tag: 'img', alt: 'A shared photo', naturalWidth: 480 });
    expect(capture.claimed?.clickedElement?.nearbyText).toContain('Caption under the photo');
  });

  it('stores a right-clicked link and selected text', async () => {
    await grantActiveTab(page);
    const worker = await session.worker();
    const before = (await dumpStore(store)).captures.length;
    await dispatchContextMenu(worker, await tabIdOf(worker, postUrl), {
      linkUrl: 'https://social.example/sam',
      selectionText: 'text of the post',
      pageUrl: postUrl,
    });
    const capture = (await waitForCaptureCount(session, store, before + 1)).captures.at(-1)!;
    expect(capture.observed.contextTarget).toMatchObject({ linkUrl: 'https://social.example/sam', selectionText: 'text of the post' });
    expect(capture.claimed?.clickedElement).toMatchObject({ tag: 'a', href: 'https://social.example/sam' });
  });

  it('captures from the keyboard shortcut', async () => {
    await grantActiveTab(page);
    const worker = await session.worker();
    const before = (await dumpStore(store)).captures.length;
    await dispatchShortcut(worker, await tabIdOf(worker, postUrl));
    const capture = (await waitForCaptureCount(session, store, before + 1)).captures.at(-1)!;
    expect(capture.trigger).toBe('shortcut');
    expect(capture.observed.tabUrl).toBe(postUrl);
  });
});

describe('the stored evidence', () => {
  it('keeps every hash true to the stored bytes and chains the captures of a case', async () => {
    await captureFromShortcut();
    await captureFromShortcut();
    const dump = await dumpStore(store);
    expect(dump.captures.length).toBeGreaterThanOrEqual(2);
    for (const capture of dump.captures) {
      for (const artifact of capture.artifacts) expect(sha256Hex(dump.artifacts.get(artifact.id)!)).toBe(artifact.sha256);
    }
    expect(verifyChain(dump.captures)).toEqual([]);
    expect(dump.captures.map((capture) => capture.seq)).toEqual(dump.captures.map((_, index) => index + 1));
    const [defaultCase] = dump.cases;
    expect(defaultCase?.headHash).toBe(dump.captures.at(-1)!.recordHash);
    expect(defaultCase?.captureCount).toBe(dump.captures.length);
  });

  it('keeps what the page claims apart from what the browser observed', async () => {
    const lyingUrl = `${server.origin}/pages/lying.html`;
    const lying = await session.browser.newPage();
    await lying.goto(lyingUrl);
    await (await captureThroughPopup(lying)).close();
    const capture = (await dumpStore(store)).captures.at(-1)!;
    expect(capture.observed.tabUrl).toBe(lyingUrl);
    expect(capture.claimed?.canonicalUrl).toBe('https://bank.example/login');
    expect(capture.observed).not.toHaveProperty('canonicalUrl');
    await lying.close();
  });
});

describe('a capture interrupted by the worker stopping', () => {
  it('leaves no partial record, and the next capture continues the chain', async () => {
    // Its own first capture: the chain link to continue, and activeTab from the toolbar click.
    await captureFromShortcut();
    const before = await dumpStore(store);
    await page.bringToFront();
    let worker = await session.worker();
    await worker.evaluate(() => {
      globalThis.__preserveE2E!.holdCommit = true;
    });
    await dispatchShortcut(worker, await tabIdOf(worker, postUrl));
    await waitFor(() => worker.evaluate(() => globalThis.__preserveE2E!.commitHeld), 'the capture to be mid-transaction');
    await worker.close();

    const after = await dumpStore(store);
    expect(after.captures).toHaveLength(before.captures.length);
    expect(after.artifacts.size).toBe(before.artifacts.size);
    expect([...after.artifactCaptureIds.values()].every((id) => after.captures.some((capture) => capture.id === id))).toBe(true);

    worker = await session.worker();
    await page.bringToFront();
    await dispatchShortcut(worker, await tabIdOf(worker, postUrl));
    const resumed = await waitForCaptureCount(session, store, before.captures.length + 1);
    expect(resumed.captures.at(-1)!.prevHash).toBe(before.captures.at(-1)!.recordHash);
    expect(verifyChain(resumed.captures)).toEqual([]);
  });
});

describe('the options page', () => {
  it('lists every capture newest first with a blurred thumbnail, address and time', async () => {
    await captureFromShortcut();
    const dump = await dumpStore(store);
    const options = await openOptions(session);
    await options.waitForSelector('.capture-row');
    const rows = await options.$$eval('.capture-row', (items) =>
      items.map((item) => ({
        id: item.getAttribute('data-capture-id'),
        url: item.querySelector('.url')?.textContent,
        time: item.querySelector('time')?.getAttribute('datetime'),
      })),
    );
    const newestFirst = [...dump.captures].reverse();
    expect(rows.map((row) => row.id)).toEqual(newestFirst.map((capture) => capture.id));
    expect(rows[0]?.url).toBe(newestFirst[0]?.observed.tabUrl);
    expect(rows[0]?.time).toBe(newestFirst[0]?.observed.capturedAt);
    await options.waitForSelector('.capture-row img.veiled');
    await options.close();
  });

  it('opens a capture with its facts and hashes, shows the screenshot on request and checks the fingerprints', async () => {
    const capture = await captureFromShortcut();
    const options = await openOptions(session, `#capture/${capture.id}`);
    await options.waitForSelector('[data-testid="record-hash"]');
    expect(await options.$eval('[data-testid="record-hash"]', (element) => element.textContent)).toBe(capture.recordHash);
    expect(await options.$eval('[data-testid="artifact-hash"]', (element) => element.textContent)).toBe(capture.artifacts[0]?.sha256);
    const text = await options.$eval('article', (element) => element.textContent ?? '');
    expect(text).toContain('What the browser recorded');
    expect(text).toContain('What the page claimed');
    // The page sets the tab title, so it is listed with the page's claims, labelled as such.
    expect(await options.$eval('.observed', (element) => element.textContent ?? '')).not.toContain('A post by Sam Example');
    expect(await options.$eval('.claimed', (element) => element.textContent ?? '')).toContain('Tab title (set by the page)A post by Sam Example');
    await options.waitForSelector('.screenshot img.veiled');
    await options.click('.screenshot .reveal');
    expect(await options.$eval('.screenshot img', (img) => img.className)).not.toContain('veiled');
    await (await options.waitForSelector('::-p-text(Check fingerprints now)'))!.click();
    await options.waitForSelector('[data-testid="integrity-result"]');
    expect(await options.$eval('[data-testid="integrity-result"]', (element) => element.className)).toBe('ok');
    await options.close();
  });
});

describe('pages that cannot be captured', () => {
  it('explains in plain words on a browser page and stores nothing', async () => {
    const before = (await dumpStore(store)).captures.length;
    const browserPage = await session.browser.newPage();
    await browserPage.goto('chrome://version');
    await paceCaptures();
    const popup = await openPopup(session, browserPage);
    const alert = await popup.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((element) => element.textContent)).toMatch(/can't be captured: it is one of the browser's own pages/);
    expect(await popup.$eval('button.save', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect((await dumpStore(store)).captures).toHaveLength(before);
    await popup.close();
    await browserPage.close();
  });
});
