/**
 * Privacy, end to end, in Debian's Chromium with the built extension: a web page can neither see
 * nor reach Preserve. Every check is first shown to fire on purpose (a "leaky twin" of the build),
 * so a blind check cannot pass by seeing nothing.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CHROME_BUILD, E2E_BUILD, ROOT, launchWithExtension, openOptions, type ExtensionSession } from './support/browser';
import { dispatchContextMenu, saveThroughPopup, tabIdOf, waitForCaptureCount } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import {
  NO_TRACES,
  filesIn,
  leakyTwinOf,
  messageFromPage,
  probeFromPage,
  readTraces,
  snapshotOf,
  watchForTraces,
  type ProbeResult,
} from './support/page-probes';

describe('a web page cannot see or reach Preserve', () => {
  let server: FixtureServer;
  let build: string;
  let session: ExtensionSession;
  let files: string[];
  let probeUrls: string[];

  beforeAll(async () => {
    server = await startFixtureServer();
    build = snapshotOf(E2E_BUILD);
    files = filesIn(build);
    session = await launchWithExtension(build);
    probeUrls = files.map((file) => `chrome-extension://${session.extensionId}/${file}`);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(build, { recursive: true, force: true });
  });

  it('cannot load any of its files by fetch, <img>, <script> or <link>, though they exist', async () => {
    for (const named of ['manifest.json', 'src/content/collect-page-facts.iife.js', 'icons/icon-16.png', 'src/popup/index.html'])
      expect(files).toContain(named);
    // Each URL is real: the extension itself reads every one of them.
    const options = await openOptions(session);
    const statuses = await options.evaluate(
      (urls) =>
        Promise.all(
          urls.map(async (url) => [
            url,
            await fetch(url).then(
              (response) => response.status,
              () => 0,
            ),
          ]),
        ),
      probeUrls,
    );
    expect(Object.fromEntries(statuses)).toEqual(Object.fromEntries(probeUrls.map((url) => [url, 200])));
    await options.close();

    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    const results = await probeFromPage(page, probeUrls);
    const blocked: ProbeResult = { fetch: 'blocked', img: 'error', script: 'error', link: 'error' };
    expect(results).toEqual(Object.fromEntries(probeUrls.map((url) => [url, blocked])));
    await page.close();
  });

  it('cannot message it, and a capture leaves no trace in the page’s DOM or globals', async () => {
    // A profile of its own: the capture count, the tab found by its address and the activeTab grant
    // below must not depend on what another test did in the shared one.
    const own = await launchWithExtension(build);
    onTestFinished(() => own.close());
    const page = await own.browser.newPage();
    const postUrl = `${server.origin}/pages/post.html`;
    await page.goto(postUrl);
    const store = await openOptions(own);
    await watchForTraces(page);

    // Through the popup (the page reader runs in an isolated world) and through the context menu
    // on the photo (the reader looks the right-clicked element up in the page's DOM).
    await (await saveThroughPopup(own, page)).close();
    const worker = await own.worker();
    await dispatchContextMenu(worker, await tabIdOf(worker, postUrl), { mediaType: 'image', srcUrl: `${server.origin}/pages/photo.png`, pageUrl: postUrl });
    const dump = await waitForCaptureCount(own, store, 2);
    expect(dump.captures.map((capture) => capture.claimed?.clickedElement?.tag ?? null)).toEqual([null, 'img']);

    expect(await readTraces(page)).toEqual(NO_TRACES);
    expect(await messageFromPage(page, own.extensionId)).toMatchObject({ reached: false });
    await store.close();

    // The watch does see an extension that touches the page: the same tab, changed on purpose
    // through the scripting API (activeTab is still granted by the toolbar click).
    await worker.evaluate(
      async (tabId) => {
        await chrome.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: () => void Object.assign(window, { leakedByAnExtension: true }) });
        await chrome.scripting.executeScript({ target: { tabId }, func: () => document.documentElement.setAttribute('data-leaked', '') });
      },
      await tabIdOf(worker, postUrl),
    );
    const traces = await readTraces(page);
    expect(traces.addedGlobals).toEqual(['leakedByAnExtension']);
    expect(traces.addedKeys).toEqual(['leakedByAnExtension']);
    expect(traces.mutations).toEqual([expect.stringMatching(/^attributes on <html> data-leaked/)]);
    expect(traces.changedElements).toEqual([expect.stringMatching(/^html\[.*data-leaked=/)]);
    expect(traces.htmlChanged).toBe(true);
    await page.close();
  });

  it('ships a manifest with no web_accessible_resources and no externally_connectable', async () => {
    const worker = await session.worker();
    const loaded = await worker.evaluate(() => chrome.runtime.getManifest() as Record<string, unknown>);
    const builds = [build, CHROME_BUILD, join(ROOT, 'dist/firefox')].filter((dir) => existsSync(join(dir, 'manifest.json')));
    expect(builds).toContain(CHROME_BUILD);
    for (const manifest of [loaded, ...builds.map((dir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))]) {
      expect(manifest.name).toBe('Preserve');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      expect(manifest).not.toHaveProperty('externally_connectable');
    }
  });

  it('(control) the same checks catch a twin of the build that does expose itself', async () => {
    const twinDir = leakyTwinOf(build);
    const twin = await launchWithExtension(twinDir);
    try {
      const urls = files.map((file) => `chrome-extension://${twin.extensionId}/${file}`);
      const page = await twin.browser.newPage();
      await page.goto(`${server.origin}/pages/post.html`);
      const results = Object.values(await probeFromPage(page, urls));
      // Every file is readable, and each kind of probe on its own detects the extension.
      expect(results.every((result) => result.fetch === 'read')).toBe(true);
      for (const kind of ['img', 'script', 'link'] as const)
        expect(
          results.some((result) => result[kind] === 'loaded'),
          kind,
        ).toBe(true);
      expect(await messageFromPage(page, twin.extensionId)).toEqual({ reached: true, how: 'answered {"pong":{"hello":"is Preserve here?"}}' });
      const loaded = await (await twin.worker()).evaluate(() => chrome.runtime.getManifest() as Record<string, unknown>);
      expect(loaded).toHaveProperty('web_accessible_resources');
      expect(loaded).toHaveProperty('externally_connectable');
    } finally {
      await twin.close();
      rmSync(twinDir, { recursive: true, force: true });
    }
  });
});
