/**
 * Privacy, end to end, in Debian's Chromium with the built extension:
 * 1. a web page can neither see nor reach Preserve;
 * 2. Preserve's own contexts make no network request during a whole session.
 * Every check is first shown to fire on purpose (a "leaky twin" of the build, or a deliberate
 * request from each extension context), so a blind check cannot pass by seeing nothing.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, ElementHandle, Page, Protocol, WebWorker } from 'puppeteer-core';
import { CHROME_BUILD, E2E_BUILD, ROOT, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { dispatchContextMenu, saveThroughPopup, tabIdOf, waitForCaptureCount } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

// ─── Builds ─────────────────────────────────────────────────────────────────────────────────

/** A private copy of a build, so a rebuild running elsewhere cannot swap files under a running test. */
function snapshotOf(build: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'preserve-build-'));
  cpSync(build, dir, { recursive: true });
  return dir;
}

/** Every file of a build, as paths relative to its root ("src/popup/index.html"). */
function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/**
 * The same extension made detectable on purpose: every file web-accessible, open to messages
 * from 127.0.0.1 and answering them. The checks below must all catch it.
 */
function leakyTwinOf(build: string): string {
  const dir = snapshotOf(build);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['*'], matches: ['<all_urls>'] }];
  manifest.externally_connectable = { matches: ['http://127.0.0.1/*'] };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  appendFileSync(
    join(dir, manifest.background.service_worker),
    '\nchrome.runtime.onMessageExternal.addListener((message, _sender, reply) => reply({ pong: message }));\n',
  );
  return dir;
}

// ─── What a web page can try ────────────────────────────────────────────────────────────────

type ElementProbe = 'loaded' | 'error' | 'no answer';
interface ProbeResult {
  fetch: 'read' | 'blocked';
  img: ElementProbe;
  script: ElementProbe;
  link: ElementProbe;
}

/**
 * From the page's own world: fetch each URL, and load it as an <img>, a <script> and a stylesheet
 * <link>. The test knows the extension id; a real page would guess it (ids of listed extensions are public).
 */
async function probeFromPage(page: Page, urls: string[]): Promise<Record<string, ProbeResult>> {
  return page.evaluate(async (targets) => {
    const load = (element: HTMLImageElement | HTMLScriptElement | HTMLLinkElement) =>
      new Promise<'loaded' | 'error' | 'no answer'>((done) => {
        const finish = (result: 'loaded' | 'error' | 'no answer') => {
          clearTimeout(timer);
          element.remove();
          done(result);
        };
        const timer = setTimeout(() => finish('no answer'), 5_000);
        element.onload = () => finish('loaded');
        element.onerror = () => finish('error');
        if (element instanceof HTMLImageElement) element.src = element.dataset.url!;
        else document.head.append(element);
      });
    const probe = async (url: string) => {
      const img = document.createElement('img');
      img.dataset.url = url;
      const script = document.createElement('script');
      script.src = url;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = url;
      const [fetched, ...elements] = await Promise.all([
        fetch(url).then(() => 'read' as const, () => 'blocked' as const),
        load(img),
        load(script),
        load(link),
      ]);
      return [url, { fetch: fetched, img: elements[0], script: elements[1], link: elements[2] }] as const;
    };
    return Object.fromEntries(await Promise.all(targets.map(probe)));
  }, urls);
}

/** The page's own chrome.runtime, if it has one: can it message the extension and get an answer? */
async function messageFromPage(page: Page, extensionId: string): Promise<{ reached: boolean; how: string }> {
  return page.evaluate(async (id) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } } }).chrome?.runtime;
    if (typeof runtime?.sendMessage !== 'function') return { reached: false, how: 'the page has no chrome.runtime.sendMessage' };
    try {
      return { reached: true, how: `answered ${JSON.stringify(await runtime.sendMessage(id, { hello: 'is Preserve here?' }))}` };
    } catch (error) {
      return { reached: false, how: `sendMessage failed: ${(error as Error).message}` };
    }
  }, extensionId);
}

interface TraceWatch {
  observer: MutationObserver;
  note(records: MutationRecord[]): void;
  shape(): string[];
  mutations: string[];
  messages: string[];
  globals: string[];
  keys: string[];
  html: string;
  elements: string[];
}
interface Traces {
  mutations: string[];
  messages: string[];
  addedGlobals: string[];
  removedGlobals: string[];
  addedKeys: string[];
  changedElements: string[];
  htmlChanged: boolean;
}

/**
 * Installs in the page's own world what a page would use to notice an extension at work: a
 * MutationObserver on the whole document, a message listener, and a snapshot of its globals,
 * of <html> and of every element with its attributes. The watch itself is part of the baseline.
 */
async function watchForTraces(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: TraceWatch = {
      observer: new MutationObserver((records) => watch.note(records)),
      note: (records) => {
        for (const record of records) watch.mutations.push(`${record.type} on <${record.target.nodeName.toLowerCase()}> ${record.attributeName ?? ''} +${record.addedNodes.length} -${record.removedNodes.length}`);
      },
      shape: () => Array.from(document.querySelectorAll('*'), (element) =>
        `${element.tagName.toLowerCase()}[${Array.from(element.attributes, (attribute) => `${attribute.name}=${attribute.value}`).join(' ')}]`),
      mutations: [],
      messages: [],
      globals: [],
      keys: [],
      html: '',
      elements: [],
    };
    watch.observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    addEventListener('message', (event) => watch.messages.push(JSON.stringify(event.data)));
    Object.defineProperty(window, '__traceWatch', { value: watch });
    watch.globals = Object.getOwnPropertyNames(window);
    watch.keys = Object.keys(window);
    watch.html = document.documentElement.outerHTML;
    watch.elements = watch.shape();
  });
}

async function readTraces(page: Page): Promise<Traces> {
  return page.evaluate(() => {
    const watch = (window as unknown as { __traceWatch: TraceWatch }).__traceWatch;
    watch.note(watch.observer.takeRecords());
    const globals = Object.getOwnPropertyNames(window);
    const elements = watch.shape();
    return {
      mutations: watch.mutations,
      messages: watch.messages,
      addedGlobals: globals.filter((name) => !watch.globals.includes(name)),
      removedGlobals: watch.globals.filter((name) => !globals.includes(name)),
      addedKeys: Object.keys(window).filter((name) => !watch.keys.includes(name)),
      changedElements: elements.filter((element, index) => watch.elements[index] !== element),
      htmlChanged: document.documentElement.outerHTML !== watch.html,
    };
  });
}

const NO_TRACES: Traces = { mutations: [], messages: [], addedGlobals: [], removedGlobals: [], addedKeys: [], changedElements: [], htmlChanged: false };

// ─── Network recorder ───────────────────────────────────────────────────────────────────────

interface SeenRequest {
  /** A request, a WebSocket, or the address a target (tab, worker…) was created with or navigated to. */
  kind: 'request' | 'websocket' | 'address';
  url: string;
  /** The kind of CDP target it was seen in: 'service_worker', 'page', 'other' (the popup)… */
  targetType: string;
  /** The document or worker script that made it. */
  documentUrl: string;
  /** Scripts named by the initiator, e.g. a content script's chrome-extension:// file. */
  initiatorUrls: string[];
}

function initiatorUrls(initiator?: Protocol.Network.Initiator): string[] {
  const urls = initiator?.url ? [initiator.url] : [];
  for (let stack = initiator?.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((frame) => frame.url));
  return urls.filter(Boolean);
}

const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

/**
 * Sees every request of every target in the browser: pages, the popup, the options page, service
 * and other workers, frames. It auto-attaches with waitForDebuggerOnStart, so a new target stays
 * paused until Network is enabled on it and nothing it does first is missed. Attach it before the
 * extension is installed (launchWithExtension's beforeInstall) to see the worker's first run too.
 */
class NetworkRecorder {
  readonly requests: SeenRequest[] = [];
  readonly #seen = new Set<string>();

  static async attach(browser: Browser): Promise<NetworkRecorder> {
    const recorder = new NetworkRecorder();
    const root = await browser.target().createCDPSession();
    recorder.#follow(root);
    // A tab opened straight onto an address (chrome.tabs.create) starts loading before anyone can
    // attach to it, so the address every target shows, first and after each navigation, counts too.
    const noteAddress = ({ targetInfo: target }: { targetInfo: Protocol.Target.TargetInfo }) => {
      if (target.type !== 'browser_ui' && target.url && target.url !== 'about:blank') {
        recorder.#add(`${target.targetId} address`, { kind: 'address', url: target.url, targetType: target.type, documentUrl: target.url, initiatorUrls: [] });
      }
    };
    root.on('Target.targetCreated', noteAddress);
    root.on('Target.targetInfoChanged', noteAddress);
    await root.send('Target.setDiscoverTargets', { discover: true });
    await root.send('Target.setAutoAttach', AUTO_ATTACH);
    return recorder;
  }

  /** Requests made by the extension: from its pages and workers, or by its scripts inside a web page. */
  fromExtension(extensionId: string): SeenRequest[] {
    const origin = `chrome-extension://${extensionId}/`;
    return this.requests.filter((request) => [request.documentUrl, ...request.initiatorUrls].some((url) => url.startsWith(origin)));
  }

  #follow(parent: CDPSession): void {
    parent.on('Target.attachedToTarget', (event) => {
      const session = parent.connection()?.session(event.sessionId);
      if (session) void this.#listen(session, event.targetInfo);
    });
  }

  async #listen(session: CDPSession, target: Protocol.Target.TargetInfo): Promise<void> {
    try {
      // The browser's own UI (omnibox popup…) only loads chrome:// resources.
      if (target.type === 'browser_ui') return;
      this.#follow(session);
      let documentUrl = target.url;
      session.on('Network.requestWillBeSent', (event) => {
        documentUrl = event.documentURL ?? documentUrl;
        this.#add(event.requestId, { kind: 'request', url: event.request.url, targetType: target.type, documentUrl, initiatorUrls: initiatorUrls(event.initiator) });
      });
      session.on('Network.webSocketCreated', (event) => {
        this.#add(event.requestId, { kind: 'websocket', url: event.url, targetType: target.type, documentUrl, initiatorUrls: initiatorUrls(event.initiator) });
      });
      await Promise.all([session.send('Network.enable'), session.send('Target.setAutoAttach', AUTO_ATTACH)]);
    } catch {
      // The target went away while we attached.
    } finally {
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    }
  }

  /** A worker can be attached twice (on its own and under a page it serves): count each request once. */
  #add(requestId: string, request: SeenRequest): void {
    const key = `${requestId} ${request.url}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.requests.push(request);
  }
}

/** Schemes that stay inside the browser. Anything else (http, https, ws, wss, ftp…) would leave it. */
const INTERNAL_SCHEMES = ['chrome-extension:', 'blob:', 'data:'];
const LEAVES_THE_BROWSER = /^(https?|wss?|ftp):/i;

function extensionRequestsLeavingTheBrowser(recorder: NetworkRecorder, extensionId: string): string[] {
  return recorder.fromExtension(extensionId).map((request) => request.url).filter((url) => !INTERNAL_SCHEMES.some((scheme) => url.startsWith(scheme)));
}

/** Network requests from any context (also a tab the extension might open) other than the fixture pages the test opened. */
function webRequestsNotOpenedByTheTest(recorder: NetworkRecorder, server: FixtureServer, paths: ReadonlySet<string>): string[] {
  return recorder.requests
    .map((request) => request.url)
    .filter((url) => LEAVES_THE_BROWSER.test(url))
    .filter((url) => !(url.startsWith(`${server.origin}/`) && paths.has(new URL(url).pathname)));
}

function serverRequestsNotOpenedByTheTest(server: FixtureServer, paths: ReadonlySet<string>): string[] {
  return server.requests.filter((request) => request.host !== '127.0.0.1' || !paths.has(request.path)).map((request) => `${request.host}${request.path}`);
}

/** Downloads happen in the browser process, out of every target's sight: ask the downloads list. */
async function downloadsNotFromExtensionBlobs(worker: WebWorker, extensionId: string): Promise<string[]> {
  const urls = await worker.evaluate(async () => (await chrome.downloads.search({})).map((item) => item.url));
  return urls.filter((url) => !url.startsWith(`blob:chrome-extension://${extensionId}/`));
}

// ─── Session steps ──────────────────────────────────────────────────────────────────────────

async function exportThroughButton(session: ExtensionSession, downloads: string, copy: 'legal' | 'platform'): Promise<string> {
  const before = new Set(readdirSync(downloads));
  const options = await openOptions(session);
  await options.waitForSelector('.capture-row');
  if (copy === 'platform') await options.click('::-p-text(Platform copy)');
  await options.click('::-p-aria(Export evidence bundle)');
  await options.waitForSelector('[data-testid="export-done"]', { timeout: 30_000 });
  let file = '';
  await waitFor(() => {
    file = readdirSync(downloads).find((name) => !before.has(name) && name.endsWith('.zip')) ?? '';
    return Boolean(file);
  }, `the ${copy} bundle to be downloaded`);
  await options.close();
  return join(downloads, file);
}

async function importThroughOptions(session: ExtensionSession, zip: string): Promise<void> {
  const options = await openOptions(session);
  const input = (await options.waitForSelector('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(zip);
  await options.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
  await options.close();
}

// ─── 1. Pages cannot see or reach Preserve ──────────────────────────────────────────────────

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
    for (const named of ['manifest.json', 'src/content/collect-page-facts.iife.js', 'icons/icon-16.png', 'src/popup/index.html']) expect(files).toContain(named);
    // Each URL is real: the extension itself reads every one of them.
    const options = await openOptions(session);
    const statuses = await options.evaluate((urls) => Promise.all(urls.map(async (url) => [url, await fetch(url).then((response) => response.status, () => 0)])), probeUrls);
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
    const page = await session.browser.newPage();
    const postUrl = `${server.origin}/pages/post.html`;
    await page.goto(postUrl);
    const store = await openOptions(session);
    await watchForTraces(page);

    // Through the popup (the page reader runs in an isolated world) and through the context menu
    // on the photo (the reader looks the right-clicked element up in the page's DOM).
    await (await saveThroughPopup(session, page)).close();
    const worker = await session.worker();
    await dispatchContextMenu(worker, await tabIdOf(worker, postUrl), { mediaType: 'image', srcUrl: `${server.origin}/pages/photo.png`, pageUrl: postUrl });
    const dump = await waitForCaptureCount(session, store, 2);
    expect(dump.captures.map((capture) => capture.claimed?.clickedElement?.tag ?? null)).toEqual([null, 'img']);

    expect(await readTraces(page)).toEqual(NO_TRACES);
    expect(await messageFromPage(page, session.extensionId)).toMatchObject({ reached: false });
    await store.close();

    // The watch does see an extension that touches the page: the same tab, changed on purpose
    // through the scripting API (activeTab is still granted by the toolbar click).
    await worker.evaluate(async (tabId) => {
      await chrome.scripting.executeScript({ target: { tabId }, world: 'MAIN', func: () => void Object.assign(window, { leakedByAnExtension: true }) });
      await chrome.scripting.executeScript({ target: { tabId }, func: () => document.documentElement.setAttribute('data-leaked', '') });
    }, await tabIdOf(worker, postUrl));
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
      for (const kind of ['img', 'script', 'link'] as const) expect(results.some((result) => result[kind] === 'loaded'), kind).toBe(true);
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

// ─── 2. No network ──────────────────────────────────────────────────────────────────────────

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
      beforeInstall: async (browser) => void (recorder = await NetworkRecorder.attach(browser)),
    });

    // A whole session: captures through the popup on two pages…
    for (const [name, times] of [['post.html', 2], ['lying.html', 1]] as const) {
      const page = await session.browser.newPage();
      await page.goto(`${server.origin}/pages/${name}`);
      for (let i = 0; i < times; i++) await (await saveThroughPopup(session, page)).close();
    }
    // …the options page, a capture opened from the list, its screenshot, its fingerprints, a note…
    const options = await openOptions(session);
    await waitFor(async () => (await dumpStore(options)).captures.length === 3, 'three captures');
    await (await options.waitForSelector('.capture-row a.open'))!.click();
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
      beforeInstall: async (browser) => void (control = await NetworkRecorder.attach(browser)),
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
      await worker.evaluate(async (base, tab) => {
        await fetch(`${base}/control/worker-fetch`, { mode: 'no-cors' }).catch(() => undefined);
        // A script the extension runs inside the web page (activeTab from the toolbar click). Injected
        // as a function it has no chrome-extension:// URL of its own, so it is not attributed to the
        // extension: the check on every web request, from any context, is what catches it.
        await chrome.scripting.executeScript({ target: { tabId: tab }, func: (url: string) => void fetch(url, { mode: 'no-cors' }).catch(() => undefined), args: [`${base}/control/content-fetch`] });
        await chrome.downloads.download({ url: `${base}/control/download.png` });
        await chrome.tabs.create({ url: `${base}/control/opened-tab`, active: false });
      }, origin, tabId);
      const options = await openOptions(controlSession);
      await options.evaluate((base, socket) => {
        navigator.sendBeacon(`${base}/control/options-beacon`, 'x');
        new Image().src = `${base}/control/options-img`;
        new WebSocket(`${socket}/control/options-ws`).onerror = () => undefined;
      }, origin, ws);

      const expected = ['popup-fetch', 'worker-fetch', 'options-beacon', 'options-img', 'options-ws'];
      await waitFor(() => expected.every((name) => control!.requests.some((request) => request.url.endsWith(`/control/${name}`))), 'the control requests');
      const fromExtension = extensionRequestsLeavingTheBrowser(control!, controlSession.extensionId);
      for (const name of expected) expect(fromExtension, name).toContainEqual(expect.stringMatching(new RegExp(`^(http|ws)://127\\.0\\.0\\.1:\\d+/control/${name}$`)));
      // Requests from the contexts the recorder attributes to the extension came from each kind of target.
      const leavingByTarget = new Set(control!.fromExtension(controlSession.extensionId).filter((request) => !request.url.startsWith('chrome-extension:')).map((request) => request.targetType));
      expect(leavingByTarget).toEqual(new Set(['other', 'service_worker', 'page']));

      await waitFor(() => ['content-fetch', 'opened-tab'].every((name) => control!.requests.some((request) => request.url.endsWith(`/control/${name}`))), 'the page-side control requests');
      const web = webRequestsNotOpenedByTheTest(control!, controlServer, FIXTURE_PATHS);
      for (const name of [...expected.filter((name) => name !== 'options-ws'), 'content-fetch', 'opened-tab']) expect(web, name).toContain(`${origin}/control/${name}`);
      expect(web).toContain(`${ws}/control/options-ws`);

      await waitFor(() => controlServer.requests.some((request) => request.path === '/control/download.png'), 'the control download');
      expect(serverRequestsNotOpenedByTheTest(controlServer, FIXTURE_PATHS)).toEqual(expect.arrayContaining(
        ['popup-fetch', 'worker-fetch', 'content-fetch', 'download.png', 'opened-tab', 'options-beacon', 'options-img'].map((name) => `127.0.0.1/control/${name}`),
      ));
      expect(await downloadsNotFromExtensionBlobs(worker, controlSession.extensionId)).toEqual([`${origin}/control/download.png`]);
    } finally {
      await controlSession.close();
      await controlServer.close();
      rmSync(controlDownloads, { recursive: true, force: true });
    }
  });
});
