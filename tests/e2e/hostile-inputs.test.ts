import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { dispatchShortcut, paceCaptures, tabIdOf } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { readCaptures } from './support/store';

const TWENTY_MB = 20_000_000;

let server: FixtureServer;
let session: ExtensionSession;
let store: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD);
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Saves `url` from the keyboard shortcut's listener and returns the new capture. */
async function captureWithShortcut(url: string): Promise<CaptureRecord> {
  const page = await session.browser.newPage();
  await page.goto(url);
  const before = (await readCaptures(store)).length;
  // The toolbar click grants activeTab on this tab, as a person's earlier click would.
  await (await openPopup(session, page)).close();
  const worker = await session.worker();
  await page.bringToFront();
  await dispatchShortcut(worker, await tabIdOf(worker, url));
  // Records only: another test's capture holds a page archive of about 100 MB.
  await waitFor(async () => (await readCaptures(store)).length > before, 'the capture', 15_000);
  const capture = (await readCaptures(store)).at(-1)!;
  await page.close();
  return capture;
}

/** Opens a capture on the options page, clicks "Check fingerprints now" and returns what it says. */
async function checkFingerprints(captureId: string): Promise<{ className: string; text: string }> {
  const options = await openOptions(session, `#capture/${captureId}`);
  await (await options.waitForSelector('::-p-text(Check fingerprints now)'))!.click();
  const result = await options.waitForSelector('[data-testid="integrity-result"]');
  const answer = await result!.evaluate((element) => ({ className: element.className, text: element.textContent ?? '' }));
  await options.close();
  return answer;
}

/** Changes one stored row through the raw IndexedDB API, as anyone with the profile's files could. */
async function tamperWithRow(storeName: 'artifacts' | 'captures', id: string, change: 'bytes' | 'record'): Promise<void> {
  await store.evaluate('globalThis.__name ??= (fn) => fn');
  await store.evaluate(
    async (name, key, what) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('preserve');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const run = <T>(mode: IDBTransactionMode, act: (objects: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((done, fail) => {
          const request = act(db.transaction(name, mode).objectStore(name));
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      const row = (await run('readonly', (objects) => objects.get(key))) as Record<string, unknown>;
      if (what === 'bytes') {
        // Read the bytes outside any transaction: awaiting a Blob would end it.
        const bytes = new Uint8Array(await (row.data as Blob).arrayBuffer());
        bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff; // one byte inside the PNG
        row.data = new Blob([bytes], { type: (row.data as Blob).type });
      } else {
        (row.observed as { tabUrl: string }).tabUrl = 'https://somewhere-else.example/';
      }
      await run('readwrite', (objects) => objects.put(row));
      db.close();
    },
    storeName,
    id,
    change,
  );
}

describe('a page that tries to make its capture huge', () => {
  it('with five 20 MB attributes, captures fast and stores a small record that says what was clipped', async () => {
    const url = `${server.origin}/pages/huge-claims.html`;
    const page = await session.browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('body[data-ready="yes"]');
    // The toolbar click grants activeTab on this tab, as a person's earlier click would.
    await (await openPopup(session, page)).close();
    const before = (await readCaptures(store)).length;
    const worker = await session.worker();
    const tabId = await tabIdOf(worker, url);
    await paceCaptures();
    const started = Date.now();
    // The right-clicked image's address is 20 MB too; it is built in the worker rather than sent.
    await worker.evaluate(
      async (id, prefix, length) => {
        const tab = await chrome.tabs.get(id);
        (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
          { menuItemId: 'preserve-save-evidence', editable: false, mediaType: 'image', srcUrl: prefix + 'a'.repeat(length), pageUrl: tab.url },
          tab,
        );
      },
      tabId,
      `${server.origin}/pages/photo.png?`,
      TWENTY_MB,
    );
    // Records only: the page archive of this page is about 100 MB, and reading its bytes is the test's cost, not the capture's.
    await waitFor(async () => (await readCaptures(store)).length > before, 'the capture', 15_000);
    const elapsed = Date.now() - started;
    const capture = (await readCaptures(store)).at(-1)!;

    expect(capture.observed.tabUrl).toBe(url);
    // Measured here: 0.6–1.5 s from the click until the test has read the stored record back.
    expect(elapsed).toBeLessThan(8_000);
    const size = JSON.stringify(capture).length;
    expect(size).toBeLessThan(100_000);
    expect(capture.claimed?.clickedElement?.tag).toBe('img');
    expect(capture.claimed?.clipped).toEqual(
      expect.arrayContaining([
        { field: 'lang', length: TWENTY_MB },
        { field: 'canonicalUrl', length: TWENTY_MB + 'https://social.example/'.length },
        { field: 'clickedElement.alt', length: TWENTY_MB },
        { field: 'clickedElement.title', length: TWENTY_MB },
        { field: 'clickedElement.src', length: TWENTY_MB + `${server.origin}/pages/photo.png?`.length },
      ]),
    );
    expect(capture.observed.clipped).toContainEqual({ field: 'contextTarget.srcUrl', length: TWENTY_MB + `${server.origin}/pages/photo.png?`.length });
    expect(capture.observed.tabTitle.length).toBeLessThanOrEqual(4_096);

    const options = await openOptions(session, `#capture/${capture.id}`);
    const note = await options.waitForSelector('[data-testid="clipped-note"]');
    const text = await note!.evaluate((element) => element.textContent ?? '');
    expect(text).toContain("The page's text was clipped to keep this capture small");
    expect(text).toContain('the language (20,000,000 characters)');
    expect(text).toContain('clickedElement.alt (20,000,000 characters)');
    await options.close();
    await page.close();
  });
});

describe('"Check fingerprints now" on a store changed behind Preserve’s back', () => {
  it('says all is well for an untouched capture (the control)', async () => {
    const capture = await captureWithShortcut(`${server.origin}/pages/post.html`);
    const result = await checkFingerprints(capture.id);
    expect(result.className).toBe('ok');
    expect(result.text).toMatch(/^All fingerprints match/);
  });

  it('names the capture and the file when a screenshot’s stored bytes were changed', async () => {
    const capture = await captureWithShortcut(`${server.origin}/pages/post.html`);
    await tamperWithRow('artifacts', capture.artifacts[0]!.id, 'bytes');
    const result = await checkFingerprints(capture.id);
    expect(result.className).toBe('error');
    expect(result.text).toContain(`(capture #${capture.seq}) does not match its fingerprints: screenshot.png.`);
    expect(result.text).toContain('This copy may have been changed since it was saved.');
  });

  it('names the record itself when a stored capture record was edited', async () => {
    const capture = await captureWithShortcut(`${server.origin}/pages/lying.html`);
    await tamperWithRow('captures', capture.id, 'record');
    const result = await checkFingerprints(capture.id);
    expect(result.className).toBe('error');
    expect(result.text).toContain(`(capture #${capture.seq}) does not match its fingerprints: the capture record itself.`);
  });
});
