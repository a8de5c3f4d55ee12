/**
 * What the privacy e2e tests use to look at Preserve from a web page's side: private snapshots of
 * a build and a "leaky twin" of it that exposes itself on purpose (so a blind check cannot pass by
 * seeing nothing), probes a page can run against the extension's files and messaging, and a watch
 * for the traces a capture could leave in the page's DOM and globals.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

// ─── Builds ─────────────────────────────────────────────────────────────────────────────────

/** A private copy of a build, so a rebuild running elsewhere cannot swap files under a running test. */
export function snapshotOf(build: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'preserve-build-'));
  cpSync(build, dir, { recursive: true });
  return dir;
}

/** Every file of a build, as paths relative to its root ("src/popup/index.html"). */
export function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/**
 * The same extension made detectable on purpose: every file web-accessible, open to messages
 * from 127.0.0.1 and answering them. The checks in undetectable.test.ts must all catch it.
 */
export function leakyTwinOf(build: string): string {
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

export type ElementProbe = 'loaded' | 'error' | 'no answer';
export interface ProbeResult {
  fetch: 'read' | 'blocked';
  img: ElementProbe;
  script: ElementProbe;
  link: ElementProbe;
}

/**
 * From the page's own world: fetch each URL, and load it as an <img>, a <script> and a stylesheet
 * <link>. The test knows the extension id; a real page would guess it (ids of listed extensions are public).
 */
export async function probeFromPage(page: Page, urls: string[]): Promise<Record<string, ProbeResult>> {
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
        fetch(url).then(
          () => 'read' as const,
          () => 'blocked' as const,
        ),
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
export async function messageFromPage(page: Page, extensionId: string): Promise<{ reached: boolean; how: string }> {
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
export interface Traces {
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
export async function watchForTraces(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: TraceWatch = {
      observer: new MutationObserver((records) => watch.note(records)),
      note: (records) => {
        for (const record of records)
          watch.mutations.push(
            `${record.type} on <${record.target.nodeName.toLowerCase()}> ${record.attributeName ?? ''} +${record.addedNodes.length} -${record.removedNodes.length}`,
          );
      },
      shape: () =>
        Array.from(
          document.querySelectorAll('*'),
          (element) => `${element.tagName.toLowerCase()}[${Array.from(element.attributes, (attribute) => `${attribute.name}=${attribute.value}`).join(' ')}]`,
        ),
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

export async function readTraces(page: Page): Promise<Traces> {
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

export const NO_TRACES: Traces = { mutations: [], messages: [], addedGlobals: [], removedGlobals: [], addedKeys: [], changedElements: [], htmlChanged: false };
