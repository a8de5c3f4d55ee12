import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../../manifest.config';
import { ROOT, waitFor } from '../../e2e/support/browser';

export const FIREFOX_BUILD = join(ROOT, 'dist/firefox');

/** A fixed moz-extension:// host (Firefox picks a random one per profile otherwise). */
export const EXTENSION_UUID = '7e57f1ef-0000-4000-8000-00000000e2e5';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The toolbar button's id in Firefox's window: the add-on id with every non-word character as "_". */
const ACTION_WIDGET_ID = `${FIREFOX_ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).');
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  /** Preserve's welcome tab, opened by Preserve itself on install: the test's handle on an extension page. */
  extensionPage: Page;
  downloads: string;
  /** Opens one of Preserve's pages in a new tab (Firefox refuses to navigate to moz-extension:// from the driver). */
  openExtensionTab(path: string): Promise<Page>;
  /** Clicks Preserve's toolbar button in the browser window, with `target` the tab in front. */
  clickToolbarButton(target: Page): Promise<void>;
  /** Runs `expression` in the browser window's own scope (its menus and toolbar), as Firefox's UI code. */
  inBrowserWindow<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Real https hostnames served by the loopback fixture server on `port` (as Chromium's
   * host-resolver rules do): the names resolve to the loopback address, port 443 is sent to
   * `port`, and the fixture server's self-signed certificate is accepted.
   */
  https?: { hosts: string[]; port: number };
}

export async function launchFirefox(buildDir = FIREFOX_BUILD, options: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No built extension in ${buildDir}: run npm run build first.`);
  const downloads = mkdtempSync(join(tmpdir(), 'preserve-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: Boolean(options.https),
    // The browser window's own script (its toolbar) is reachable only with system access; the
    // toolbar button is clicked there, as a person's click would be.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }),
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Off the network: every name but the loopback fixture server resolves to nothing.
      'network.dns.localDomains': ['localhost', ...(options.https?.hosts ?? [])].join(','),
      ...(options.https && { 'network.socket.forcePort': `443=${options.https.port}` }),
      'network.proxy.type': 0,
      'network.dns.disableIPv6': true,
    },
  });
  await browser.installExtension(buildDir);
  let extensionPage: Page | undefined;
  await waitFor(async () => {
    extensionPage = await findPage(browser, (url) => url.endsWith('/src/options/index.html#welcome'));
    return Boolean(extensionPage);
  }, 'Preserve to open its welcome page on install');
  const page = extensionPage!;
  await page.waitForSelector('main');
  return {
    browser,
    extensionPage: page,
    downloads,
    async openExtensionTab(path) {
      const url = `${EXTENSION_ORIGIN}/${path}`;
      const before = new Set(await browser.pages());
      await page.evaluate((address) => chrome.tabs.create({ url: address }), url);
      let opened: Page | undefined;
      await waitFor(async () => {
        opened = await findPage(browser, (href) => href === url, before);
        return Boolean(opened);
      }, `${path} to open`);
      await opened!.waitForSelector('main');
      return opened!;
    },
    async clickToolbarButton(target) {
      // Headless Firefox keeps a popup open when the focus moves; a person's click elsewhere closes it.
      // Clicking the button over an open popup would close it instead of opening it for `target`.
      await page.evaluate(() => {
        for (const view of chrome.extension.getViews({ type: 'popup' })) view.close();
      });
      await waitFor(async () => (await page.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length)) === 0, 'the last popup to close');
      await target.bringToFront();
      const result = await inBrowserWindow<string>(
        browser,
        `(() => {
          // Pinned, as the README asks, so the button is on the toolbar rather than in the extensions menu.
          CustomizableUI.addWidgetToArea(${JSON.stringify(ACTION_WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
          const node = CustomizableUI.getWidget(${JSON.stringify(ACTION_WIDGET_ID)}).forWindow(window).node;
          const button = node?.querySelector('.unified-extensions-item-action-button') ?? node?.firstElementChild;
          if (!button) return 'no button';
          button.click();
          return 'clicked';
        })()`,
      );
      if (result !== 'clicked') throw new Error(`Could not click Preserve's toolbar button: ${result}`);
    },
    inBrowserWindow: (expression) => inBrowserWindow(browser, expression),
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** A tab whose address matches, read from the page itself (puppeteer does not follow moz-extension:// navigations). */
async function findPage(browser: Browser, matches: (url: string) => boolean, except: Set<Page> = new Set()): Promise<Page | undefined> {
  for (const page of await browser.pages()) {
    if (except.has(page)) continue;
    const url = await page.evaluate(() => location.href).catch(() => '');
    if (matches(url)) return page;
  }
  return undefined;
}

/** Runs `expression` in the browser window's own (chrome) scope over WebDriver BiDi. */
async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox browser window found.');
  const evaluated = await connection.send('script.evaluate', { target: { context: window.context }, expression, awaitPromise: true });
  if (evaluated.result.type !== 'success') throw new Error(`In the browser window: ${JSON.stringify(evaluated.result)}`);
  return evaluated.result.result?.value as T;
}

interface BidiConnection {
  send(method: 'browsingContext.getTree', params: object): Promise<{ result: { contexts: { context: string; url: string }[] } }>;
  send(method: 'script.evaluate', params: object): Promise<{ result: { type: string; result?: { value?: unknown } } }>;
}
