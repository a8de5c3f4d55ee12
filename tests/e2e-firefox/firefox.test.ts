import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/shared/chain';
import { CHROME_BUILD, ROOT, launchWithExtension, openOptions, waitFor } from '../e2e/support/browser';
import { exportThroughButton, importThroughOptions } from '../e2e/support/bundle-actions';
import { saveThroughPopup, sha256Hex } from '../e2e/support/capture-helpers';
import { sendFromPage } from '../e2e/support/extension-messages';
import { startFixtureServer, type FixtureServer } from '../e2e/support/fixture-server';
import { dumpStore, readRows } from '../e2e/support/store';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { clickInPopup, popupText, waitInPopup } from './support/popup';

let server: FixtureServer;
let session: FirefoxSession;
let work: string;

beforeAll(async () => {
  server = await startFixtureServer();
  work = mkdtempSync(join(tmpdir(), 'preserve-ff-bundle-'));
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/*
 * Why this is the person's path: the toolbar button is clicked in Firefox's own window (see
 * clickToolbarButton), which is what grants Preserve activeTab on the page in front and opens
 * the real popup over it; the popup then picks that tab itself. Its buttons are clicked in its
 * own document (support/popup.ts). Nothing here calls Preserve's background directly.
 */
async function saveThroughToolbar(target: Page, mode: 'visible' | 'full'): Promise<string> {
  await session.clickToolbarButton(target);
  await waitInPopup(session, 'button.save', 'the popup to know the page', { enabled: true });
  await clickInPopup(session, { selector: `input[name="mode"][value="${mode}"]` });
  await clickInPopup(session, { selector: 'button.save' });
  await waitInPopup(session, '[data-testid="saved-message"]', 'the popup to confirm the capture', { timeoutMs: 20_000 });
  return popupText(session, '[data-testid="saved-message"]');
}

function verifies(zip: string) {
  const verified = spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });
  return { ok: verified.status === 0, output: verified.stdout + verified.stderr };
}

function run(command: string, cwd: string) {
  const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function exportFromOptions(): Promise<string> {
  const before = new Set(readdirSync(session.downloads));
  const options = await session.openExtensionTab('src/options/index.html');
  await options.waitForSelector('.capture-row');
  await options.click('button.primary::-p-text(Export evidence bundle)');
  await options.waitForSelector('[data-testid="export-done"]', { timeout: 30_000 });
  let file = '';
  await waitFor(() => {
    file = readdirSync(session.downloads).find((name) => !before.has(name) && name.endsWith('.zip')) ?? '';
    return Boolean(file);
  }, 'the bundle to be downloaded');
  await options.close();
  return join(session.downloads, file);
}

describe('Preserve in Firefox', () => {
  let page: Page;
  let bundle: string;
  let exportedCount = 0;

  it('saves the page in front through the toolbar popup: record, screenshot, fingerprints and chain', async () => {
    page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    const message = await saveThroughToolbar(page, 'visible');
    expect(message.length).toBeGreaterThan(0);
    const store = await dumpStore(session.extensionPage);
    expect(store.captures).toHaveLength(1);
    const [capture] = store.captures;
    expect(capture!.observed.tabUrl).toBe(`${server.origin}/pages/post.html`);
    expect(capture!.observed.tabTitle).toBe('A post by Sam Example');
    expect(capture!.observed.browser.name).toBe('Firefox');
    const screenshot = capture!.artifacts.find((artifact) => artifact.kind === 'screenshot')!;
    const bytes = store.artifacts.get(screenshot.id)!;
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(sha256Hex(bytes)).toBe(screenshot.sha256);
    expect(verifyChain(store.captures)).toEqual([]);
  });

  it('finds the capture on the options page, exports a bundle that sha256sum -c, openssl and preserve-verify accept', async () => {
    exportedCount = (await dumpStore(session.extensionPage)).captures.length;
    bundle = await exportFromOptions();
    const dir = join(work, 'firefox-bundle');
    execFileSync('unzip', ['-q', bundle, '-d', dir]);
    const sums = run('sha256sum -c SHA256SUMS', dir);
    expect(sums.status, sums.output).toBe(0);
    for (const [signature, file] of [
      ['SHA256SUMS.sig', 'SHA256SUMS'],
      ['manifest.sig', 'manifest.json'],
    ]) {
      expect(run(`openssl dgst -sha256 -verify public-key.pem -signature ${signature} ${file}`, dir).output.trim(), signature).toBe('Verified OK');
    }
    const verified = verifies(bundle);
    expect(verified.ok, verified.output).toBe(true);
  });

  it('imports its own bundle back as a second case', async () => {
    const options = await session.openExtensionTab('src/options/index.html');
    const input = (await options.waitForSelector('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(bundle);
    const outcome = await options.waitForSelector('[data-testid="import-done"], [data-testid="import-error"]', { timeout: 30_000 });
    expect(await outcome!.evaluate((element) => `${element.getAttribute('data-testid')}: ${element.textContent}`)).toMatch(/^import-done/);
    await options.close();
    const store = await dumpStore(session.extensionPage);
    expect(store.cases.filter((record) => record.imported)).toHaveLength(1);
    const importedCase = store.cases.find((record) => record.imported)!;
    expect(store.captures.filter((capture) => capture.caseId === importedCase.id)).toHaveLength(exportedCount);
    expect(exportedCount).toBe(1);
  });

  // Chromium after Firefox, one browser at a time (the suite runs under the e2e lock).
  it('moves bundles between browsers: Firefox’s verifies and imports in Chromium, Chromium’s in Firefox', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'preserve-chromium-downloads-'));
    const chromium = await launchWithExtension(CHROME_BUILD, { downloadDir: downloads });
    let fromChromium: string;
    try {
      // Chromium's own capture exported first: exporting after the import could export the imported
      // case, which Firefox would rightly refuse as the bundle it already holds.
      const target = await chromium.browser.newPage();
      await target.goto(`${server.origin}/pages/lying.html`);
      await saveThroughPopup(chromium, target);
      fromChromium = await exportThroughButton(chromium, downloads, 'legal');
      await importThroughOptions(chromium, bundle);
      const options = await openOptions(chromium);
      const imported = (await dumpStore(options)).cases.filter((record) => record.imported);
      expect(imported).toHaveLength(1);
      await options.close();
    } finally {
      await chromium.close();
    }
    const verified = verifies(fromChromium);
    expect(verified.ok, verified.output).toBe(true);
    const options = await session.openExtensionTab('src/options/index.html');
    const input = (await options.waitForSelector('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(fromChromium);
    await options.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
    await options.close();
    const store = await dumpStore(session.extensionPage);
    const chromiumCase = store.cases
      .filter((record) => record.imported)
      .find((record) => store.captures.some((capture) => capture.caseId === record.id && capture.observed.tabUrl.endsWith('/pages/lying.html')));
    expect(chromiumCase, 'the case exported from Chromium').toBeDefined();
    expect(store.captures.find((capture) => capture.caseId === chromiumCase!.id)!.observed.browser.name).not.toBe('Firefox');
    rmSync(downloads, { recursive: true, force: true });
  });

  it('locks with a passphrase: records sealed at rest, the options page asks for it and opens with it', async () => {
    const passphrase = 'a long and calm passphrase';
    expect((await sendFromPage(session.extensionPage, 'lock.enable', { passphrase })).ok).toBe(true);
    await waitFor(
      async () => {
        const rows = await readRows<Record<string, unknown>>(session.extensionPage, 'captures');
        // Sealed rows keep only what the chain needs (ids, hashes, the capture time): no address, no title.
        return rows.length > 0 && rows.every((row) => 'sealed' in row && !('tabUrl' in (row.observed as object)) && !('claimed' in row));
      },
      'every capture to be sealed',
      20_000,
    ).catch(async (error) => {
      const status = await sendFromPage(session.extensionPage, 'lock.status', {});
      const rows = await readRows<Record<string, unknown>>(session.extensionPage, 'captures');
      throw new Error(`${error}: ${JSON.stringify(status)} ${JSON.stringify(rows.map((row) => Object.keys(row)))}`);
    });
    expect((await sendFromPage(session.extensionPage, 'lock.lock', {})).ok).toBe(true);
    const options = await session.openExtensionTab('src/options/index.html');
    const field = await options.waitForSelector('input[type="password"]');
    expect(await options.$('.capture-row')).toBeNull();
    await field!.type(passphrase);
    await options.click('button[type="submit"].primary');
    await options.waitForSelector('.capture-row', { timeout: 20_000 });
    await options.close();
  });

  it('quick exit sends the page in front to the neutral page and closes every Preserve tab', async () => {
    const neutral = `${server.origin}/pages/post.html?neutral`;
    expect((await sendFromPage(session.extensionPage, 'settings.update', { patch: { quickExitUrl: neutral } })).ok).toBe(true);
    const target = await session.browser.newPage();
    await target.goto(`${server.origin}/pages/lying.html`);
    await session.openExtensionTab('src/options/index.html');
    await session.clickToolbarButton(target);
    await waitInPopup(session, 'button.quick-exit', 'the popup');
    await clickInPopup(session, { selector: 'button.quick-exit' });
    await waitFor(() => target.url() === neutral, 'the page to go to the neutral page');
    await waitFor(async () => {
      const urls = await Promise.all((await session.browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => '')));
      return urls.every((url) => !url.startsWith('moz-extension:'));
    }, 'every Preserve tab to close');
  });
});
