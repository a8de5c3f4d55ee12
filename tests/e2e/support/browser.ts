import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type WebWorker } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const E2E_BUILD = join(ROOT, 'dist/e2e');
export const CHROME_BUILD = join(ROOT, 'dist/chrome');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  return found;
}

export interface ExtensionSession {
  browser: Browser;
  userDataDir: string;
  extension: Extension;
  extensionId: string;
  worker(): Promise<WebWorker>;
  close(): Promise<void>;
}

/** Flags that keep Chromium off the (absent) network and away from Google's services. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
];

export interface LaunchOptions {
  hostRules?: string[];
  args?: string[];
  headless?: boolean;
  downloadDir?: string;
  /** The browser's language (e.g. "es"), which browser.i18n follows. */
  lang?: string;
  /** Runs once the browser is up and before the extension is installed (e.g. to attach a recorder). */
  beforeInstall?: (browser: Browser) => Promise<void>;
}

export async function launchWithExtension(buildDir: string, options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No built extension in ${buildDir}: run npm run build first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'preserve-profile-'));
  if (options.downloadDir) {
    // Downloads keep their names (Browser.setDownloadBehavior would give them GUIDs).
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    const download = { default_directory: options.downloadDir, prompt_for_download: false, directory_upgrade: true };
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ download }));
  }
  // Every hostname not mapped to the fixture server resolves to nothing: a test never reaches
  // the internet, even when a saved real page points at its CDN.
  const rules = [...(options.hostRules ?? []), 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'];
  const hostRules = [`--host-resolver-rules=${rules.join(', ')}`, ...(options.hostRules?.length ? ['--ignore-certificate-errors'] : [])];
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    defaultViewport: null,
    args: ['--window-size=1280,900', ...QUIET_FLAGS, ...hostRules, ...(options.lang ? [`--lang=${options.lang}`] : []), ...(options.args ?? [])],
    // On Linux Chromium takes its UI language from the environment as well as --lang.
    ...(options.lang && { env: { ...process.env, LANGUAGE: options.lang } }),
  });
  await options.beforeInstall?.(browser);
  // On install Preserve opens its welcome page; wait for it so it cannot take the front later.
  const welcome = browser.waitForTarget((t) => t.url().endsWith('/src/options/index.html#welcome'), { timeout: 10_000 });
  const extensionId = await browser.installExtension(buildDir);
  await welcome;
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error('The extension did not install.');
  return {
    browser,
    userDataDir,
    extension,
    extensionId,
    worker: () => serviceWorker(browser, extensionId),
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker, started if it was stopped, once its module has run. */
export async function serviceWorker(browser: Browser, extensionId: string): Promise<WebWorker> {
  const prefix = `chrome-extension://${extensionId}/`;
  let target = browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(prefix));
  if (!target) {
    // A message from an extension page wakes a stopped worker, as any click in Preserve would.
    const page = await browser.newPage();
    await page.goto(`${prefix}src/options/index.html`);
    const woken = browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(prefix), { timeout: 15_000 });
    await page.evaluate(() => chrome.runtime.sendMessage('wake').catch(() => undefined));
    target = await woken;
    await page.close();
  }
  const worker = (await target.worker())!;
  await waitFor(() => worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.runtime?.id), 'the worker to start');
  return worker;
}

export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Clicks the toolbar button for `page` as a person would, and returns the popup that opens. */
export async function openPopup(session: ExtensionSession, page: Page): Promise<Page> {
  await page.bringToFront();
  const popupUrl = `chrome-extension://${session.extensionId}/src/popup/index.html`;
  const opened = session.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10_000 });
  await page.triggerExtensionAction(session.extension);
  const popup = await (await opened).asPage();
  await popup.waitForSelector('main.popup');
  return popup;
}

export async function openOptions(session: ExtensionSession, hash = ''): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  return page;
}
