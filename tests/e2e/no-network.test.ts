/**
 * Privacy, end to end, in Debian's Chromium with the built extension: Preserve's own contexts make
 * no network request during a whole session. Every check is first shown to fire on purpose (a
 * deliberate request from each extension context), so a blind check cannot pass by seeing nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { exportThroughButton, importThroughOptions } from './support/bundle-actions';
import { saveThroughPopup, tabIdOf } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import {
  NetworkRecorder,
  downloadsNotFromExtensionBlobs,
  extensionRequestsLeavingTheBrowser,
  serverRequestsNotOpenedByTheTest,
  webRequestsNotOpenedByTheTest,
} from './support/network-recorder';
import { snapshotOf } from './support/page-probes';
import { dumpStore } from './support/store';

/** What the fixture pages themselves load; the browser also asks for /favicon.ico. */
const FIXTURE_PATHS = new Set(['/pages/post.html', '/pages/photo.png', '/pages/lying.html', '/favicon.ico']);

describe('Preserve makes no network request', () => {
  let server: FixtureServer;
  let build: string;
  let downloads: string;
  let session: ExtensionSession;
  let recorder: NetworkRecorder;

  beforeAll(async () => {
    server = await startFixtureServer();
    build = snapshotOf(E2E_BUILD);
    downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
    session = await launchWithExtension(build, {
      downloadDir: downloads,
      beforeInstall: async (browser) => {
        recorder = await NetworkRecorder.attach(browser);
      },
    });

    // A whole session: captures through the popup on two pages…
    for (const [name, times] of [
      ['post.html', 2],
      ['lying.html', 1],
    ] as const) {
      const page = await session.browser.newPage();
      await page.goto(`${server.origin}/pages/${name}`);
      for (let i = 0; i < times; i++) await (await saveThroughPopup(session, page)).close();
    }
    // …the options page, a capture opened from the list, its screenshot, its fingerprints, a note…
    const options = await openOptions(session);
    await waitFor(async () => (await dumpStore(options)).captures.length === 3, 'three captures');
    // A locator, not a handle: the row is drawn again as its thumbnail and the side panels arrive.
    await options.locator('.capture-row a.open').click();
    await options.waitForSelector('[data-testid="record-hash"]');
    await (await options.waitForSelector('.screenshot .reveal'))!.click();
    await options.click('::-p-text(Check fingerprints now)');
    await options.waitForSelector('[data-testid="integrity-result"].ok');
    await options.type('.capture-detail textarea', 'Reported to the platform today.');
    await options.click('::-p-text(Save note)');
    await options.waitForSelector('::-p-text(Reported to the platform today.)');
    await options.close();
    // …both bundles exported with the button, and the legal one imported back as a new case.
    const legal = await exportThroughButton(session, downloads, 'legal');
    await exportThroughButton(session, downloads, 'platform');
    await importThroughOptions(session, legal);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(build, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  it('recorded the worker, the popup and the options page (the recorder was listening)', () => {
    const origin = `chrome-extension://${session.extensionId}/`;
    const contexts = new Set(recorder.fromExtension(session.extensionId).map((request) => `${request.targetType} ${request.documentUrl.replace(origin, '')}`));
    expect(contexts).toContain('service_worker service-worker-loader.js');
    expect(contexts).toContain('other src/popup/index.html');
    expect(contexts).toContain('page src/options/index.html');
  });

  it('sent nothing out of the browser from the extension’s worker, popup, pages or page reader', () => {
    expect(recorder.fromExtension(session.extensionId).length).toBeGreaterThan(20);
    expect(extensionRequestsLeavingTheBrowser(recorder, session.extensionId)).toEqual([]);
  });

  it('made no web request from any tab or context other than the fixture pages the test opened', () => {
    expect(webRequestsNotOpenedByTheTest(recorder, server, FIXTURE_PATHS)).toEqual([]);
  });

  it('the fixture server saw only the pages the test opened and their own resources', () => {
    expect(server.requests.map((request) => request.path)).toEqual(expect.arrayContaining(['/pages/post.html', '/pages/photo.png', '/pages/lying.html']));
    expect(serverRequestsNotOpenedByTheTest(server, FIXTURE_PATHS)).toEqual([]);
  });

  it('downloaded only the two bundles, from its own blob: URLs', async () => {
    const worker = await session.worker();
    expect(await worker.evaluate(async () => (await chrome.downloads.search({})).length)).toBe(2);
    expect(await downloadsNotFromExtensionBlobs(worker, session.extensionId)).toEqual([]);
  });

  it('(control) the same checks catch a request from each extension context', async () => {
    const controlServer = await startFixtureServer();
    const controlDownloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
    let control: NetworkRecorder | undefined;
    const controlSession = await launchWithExtension(build, {
      downloadDir: controlDownloads,
      beforeInstall: async (browser) => {
        control = await NetworkRecorder.attach(browser);
      },
    });
    try {
      const origin = controlServer.origin;
      const ws = origin.replace('http:', 'ws:');
      const page = await controlSession.browser.newPage();
      await page.goto(`${origin}/pages/post.html`);
      const popup = await openPopup(controlSession, page);
      await popup.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined), `${origin}/control/popup-fetch`);
      const worker = await controlSession.worker();
      const tabId = await tabIdOf(worker, `${origin}/pages/post.html`);
      await worker.evaluate(
        async (base, tab) => {
          await fetch(`${base}/control/worker-fetch`, { mode: 'no-cors' }).catch(() => undefined);
          // A script the extension runs inside the web page (activeTab from the toolbar click). Injected
          // as a function it has no chrome-extension:// URL of its own, so it is not attributed to the
          // extension: the check on every web request, from any context, is what catches it.
          await chrome.scripting.executeScript({
            target: { tabId: tab },
            func: (url: string) => void fetch(url, { mode: 'no-cors' }).catch(() => undefined),
            args: [`${base}/control/content-fetch`],
          });
          await chrome.downloads.download({ url: `${base}/control/download.png` });
          await chrome.tabs.create({ url: `${base}/control/opened-tab`, active: false });
        },
        origin,
        tabId,
      );
      const options = await openOptions(controlSession);
      await options.evaluate(
        (base, socket) => {
          navigator.sendBeacon(`${base}/control/options-beacon`, 'x');
          new Image().src = `${base}/control/options-img`;
          new WebSocket(`${socket}/control/options-ws`).onerror = () => undefined;
        },
        origin,
        ws,
      );

      const expected = ['popup-fetch', 'worker-fetch', 'options-beacon', 'options-img', 'options-ws'];
      await waitFor(() => expected.every((name) => control!.requests.some((request) => request.url.endsWith(`/control/${name}`))), 'the control requests');
      const fromExtension = extensionRequestsLeavingTheBrowser(control!, controlSession.extensionId);
      for (const name of expected)
        expect(fromExtension, name).toContainEqual(expect.stringMatching(new RegExp(`^(http|ws)://127\\.0\\.0\\.1:\\d+/control/${name}$`)));
      // Requests from the contexts the recorder attributes to the extension came from each kind of target.
      const leavingByTarget = new Set(
        control!
          .fromExtension(controlSession.extensionId)
          .filter((request) => !request.url.startsWith('chrome-extension:'))
          .map((request) => request.targetType),
      );
      expect(leavingByTarget).toEqual(new Set(['other', 'service_worker', 'page']));

      await waitFor(
        () => ['content-fetch', 'opened-tab'].every((name) => control!.requests.some((request) => request.url.endsWith(`/control/${name}`))),
        'the page-side control requests',
      );
      const web = webRequestsNotOpenedByTheTest(control!, controlServer, FIXTURE_PATHS);
      for (const name of [...expected.filter((name) => name !== 'options-ws'), 'content-fetch', 'opened-tab'])
        expect(web, name).toContain(`${origin}/control/${name}`);
      expect(web).toContain(`${ws}/control/options-ws`);

      await waitFor(() => controlServer.requests.some((request) => request.path === '/control/download.png'), 'the control download');
      expect(serverRequestsNotOpenedByTheTest(controlServer, FIXTURE_PATHS)).toEqual(
        expect.arrayContaining(
          ['popup-fetch', 'worker-fetch', 'content-fetch', 'download.png', 'opened-tab', 'options-beacon', 'options-img'].map(
            (name) => `127.0.0.1/control/${name}`,
          ),
        ),
      );
      expect(await downloadsNotFromExtensionBlobs(worker, controlSession.extensionId)).toEqual([`${origin}/control/download.png`]);
    } finally {
      await controlSession.close();
      await controlServer.close();
      rmSync(controlDownloads, { recursive: true, force: true });
    }
  });
});
