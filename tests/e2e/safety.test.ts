import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { exportThroughButtonOn } from './support/bundle-actions';
import { saveThroughPopup } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';
import { verifyChain } from '../../src/shared/chain';

let server: FixtureServer;
let session: ExtensionSession;
let downloads: string;
let neutralUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  session = await launchWithExtension(E2E_BUILD, { downloadDir: downloads });
  neutralUrl = `${server.origin}/pages/photo.png?neutral`;
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}/pages/post.html`);
  await (await saveThroughPopup(session, page)).close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function setSettings(patch: Record<string, unknown>) {
  const options = await openOptions(session, '#settings');
  await options.waitForSelector('.settings');
  await options.evaluate((p) => chrome.runtime.sendMessage({ preserve: 1, type: 'settings.update', payload: { patch: p } }), patch);
  await options.close();
}

const extensionTabs = async () =>
  (await session.browser.pages()).filter((page) => page.url().startsWith(`chrome-extension://${session.extensionId}/src/options`));

describe('first run and under-18 mode', () => {
  it('opens a welcome page on install that asks about age', async () => {
    const welcome = (await session.browser.pages()).find((page) => page.url().endsWith('/src/options/index.html#welcome'));
    expect(welcome).toBeDefined();
    await welcome!.waitForSelector('[data-testid="age-question"]');
    expect(await welcome!.$eval('[data-testid="age-question"] h2', (element) => element.textContent)).toMatch(/under 18/);
  });

  it('keeps no image once the person is under 18, only its fingerprint and the facts', async () => {
    const welcome = await openOptions(session, '#welcome');
    await (await welcome.waitForSelector('::-p-aria(Yes, under 18)'))!.click();
    const help = await welcome.waitForSelector('[data-testid="under-18-help"]');
    expect(await help!.evaluate((element) => element.textContent)).toMatch(/Take It Down[\s\S]*CyberTipline/);
    await welcome.close();

    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/lying.html`);
    const popup = await saveThroughPopup(session, page);
    await popup.waitForSelector('[data-testid="no-image-kept"]');
    await popup.close();
    const dump = await dumpStore(await openOptions(session));
    const capture = dump.captures.at(-1)!;
    expect(capture.artifacts[0]).toMatchObject({ kind: 'screenshot', stored: false });
    expect(capture.artifacts[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([...dump.artifactCaptureIds.values()]).not.toContain(capture.id);
    expect(verifyChain(dump.captures)).toEqual([]);
    await setSettings({ ageOfPersonShown: 'adult' });
    await page.close();
  });
});

describe('images are blurred by default', () => {
  it('until the setting says otherwise', async () => {
    // Its own capture, with images kept and the default blur, whatever ran before.
    await setSettings({ ageOfPersonShown: 'adult', revealImagesByDefault: false });
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    await (await saveThroughPopup(session, page)).close();
    await page.close();
    let options = await openOptions(session);
    await options.waitForSelector('.capture-row img');
    expect(await options.$eval('.capture-row img', (img) => img.className)).toContain('veiled');
    await options.close();
    const settingsPage = await openOptions(session, '#settings');
    await (await settingsPage.waitForSelector('::-p-text(Blur images until I choose to see them)'))!.click();
    await settingsPage.waitForSelector('::-p-text(Saved.)');
    await settingsPage.close();
    options = await openOptions(session);
    await options.waitForSelector('.capture-row img');
    expect(await options.$eval('.capture-row img', (img) => img.className)).not.toContain('veiled');
    await options.close();
    await setSettings({ revealImagesByDefault: false });
  });
});

describe('quick exit', () => {
  it('from the popup: the page goes to the neutral page and every Preserve tab closes', async () => {
    await setSettings({ quickExitUrl: neutralUrl });
    await openOptions(session);
    await openOptions(session, '#settings');
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    const popup = await openPopup(session, page);
    await popup.click('::-p-aria(Quick exit)');
    await waitFor(() => page.url() === neutralUrl, 'the page to become the neutral page');
    await waitFor(async () => (await extensionTabs()).length === 0, 'Preserve tabs to close');
  });

  it('from the options page: that tab itself becomes the neutral page', async () => {
    await setSettings({ quickExitUrl: neutralUrl });
    const options = await openOptions(session);
    const other = await openOptions(session, '#settings');
    await options.bringToFront();
    await options.click('::-p-aria(Quick exit)');
    await waitFor(() => options.url() === neutralUrl, 'the options tab to become the neutral page');
    await waitFor(() => other.isClosed(), 'the other Preserve tab to close');
  });

  it('from the keyboard shortcut', async () => {
    await setSettings({ quickExitUrl: neutralUrl });
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/lying.html`);
    await openOptions(session);
    await page.bringToFront();
    const worker = await session.worker();
    await page.bringToFront();
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.commands.onCommand as unknown as { dispatch(c: string, t: unknown): void }).dispatch('quick-exit', tab);
    });
    await waitFor(() => page.url() === neutralUrl, 'the page to become the neutral page');
    await waitFor(async () => (await extensionTabs()).length === 0, 'Preserve tabs to close');
  });
});

describe('durability', () => {
  it('shows the space used and whether the browser keeps the store safe', async () => {
    const options = await openOptions(session);
    const status = await options.waitForSelector('[data-testid="storage-status"] ::-p-text(Space used on this device)');
    expect(await status!.evaluate((element) => element.textContent)).toMatch(/Space used on this device: [\d.]+ (bytes|KB|MB)/);
    expect(await options.$eval('[data-testid="storage-status"]', (element) => element.textContent)).toMatch(
      /keep it even when disk space runs low|may clear it/,
    );
    await options.close();
  });
});

describe('few traces', () => {
  it('can erase an exported bundle from the download list while the file stays on disk', async () => {
    await setSettings({ eraseExportsFromDownloadList: true });
    const options = await openOptions(session);
    // The options page stays open until the end: it is what erases the saved download.
    const file = await exportThroughButtonOn(options, downloads, 'legal');
    const worker = await session.worker();
    await waitFor(async () => (await worker.evaluate(() => chrome.downloads.search({}))).length === 0, 'the download list to forget it');
    expect(existsSync(file)).toBe(true);
    await options.close();
  });
});
