import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { E2E_BUILD, ROOT, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { exportThroughButton } from './support/bundle-actions';
import { paceCaptures, saveThroughPopup } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { rawCount, rawStoreText } from './support/raw-store';

const PASSPHRASE = 'correct horse battery staple';
// What must never be readable in the store once encryption is on: addresses, titles, page text, images.
const PAGE_TEXTS = ['A post by Sam Example', 'Sam Example on Social', 'social.example', 'Totally different title', 'bank.example', 'Nothing here is what it claims'];
const PNG = '\x89PNG\r\n\x1a\n';
const JPEG = '\xff\xd8\xff';

let server: FixtureServer;
let session: ExtensionSession;
let downloads: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  session = await launchWithExtension(E2E_BUILD, { downloadDir: downloads });
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}/pages/post.html`);
  await (await saveThroughPopup(session, page)).close();
  const options = await openOptions(session);
  await options.waitForSelector('.capture-row img'); // the plaintext thumbnail exists before encryption
  await options.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function plaintextLeaks(page: Page): Promise<string[]> {
  const stores = await rawStoreText(page);
  const needles = [...PAGE_TEXTS, `127.0.0.1:${server.port}`, PNG, JPEG];
  return Object.entries(stores).flatMap(([store, text]) => needles.filter((needle) => text.includes(needle)).map((needle) => `${store}: ${JSON.stringify(needle)}`));
}

describe('encryption at rest', () => {
  it('the store holds plaintext before encryption is on (so the scan can see it)', async () => {
    const leaks = await plaintextLeaks(await openOptions(session));
    expect(leaks).toEqual(expect.arrayContaining([expect.stringMatching(/^captures: .*A post by Sam Example/), expect.stringMatching(/^artifacts: .*PNG/)]));
  });

  it('turns on from Settings and encrypts what was already stored', async () => {
    const settings = await openOptions(session, '#settings');
    await settings.waitForSelector('.encryption input[type="password"]');
    const [first, second] = await settings.$$('.encryption input[type="password"]');
    await first!.type(PASSPHRASE);
    await second!.type(PASSPHRASE);
    await settings.click('::-p-aria(Turn on encryption)');
    await settings.waitForSelector('::-p-text(Encryption is on)', { timeout: 30_000 });
    expect(await plaintextLeaks(settings)).toEqual([]);
    await settings.close();
  });

  it('saves new evidence while locked, and the raw store shows no image, address or page text', async () => {
    const settings = await openOptions(session, '#settings');
    await (await settings.waitForSelector('::-p-aria(Lock now)'))!.click();
    await settings.waitForSelector('::-p-text(Locked.)');
    await settings.close();
    for (const name of ['lying.html', 'post.html']) {
      const page = await session.browser.newPage();
      await page.goto(`${server.origin}/pages/${name}`);
      const popup = await saveThroughPopup(session, page);
      await popup.waitForSelector('[data-testid="locked-note"]');
      await popup.close();
      await page.close();
    }
    const options = await openOptions(session);
    await options.waitForSelector('::-p-text(Preserve is locked)');
    expect(await plaintextLeaks(options)).toEqual([]);
    expect(await rawCount(options, 'captures')).toBe(3);
    expect(await rawCount(options, 'artifacts')).toBe(3);
    await options.close();
  });

  it('refuses a wrong passphrase, then unlocks and shows every capture with its facts', async () => {
    const options = await openOptions(session);
    const field = await options.waitForSelector('.unlock input[type="password"]');
    await field!.type('not the passphrase');
    await options.click('::-p-aria(Unlock)');
    const error = await options.waitForSelector('[data-testid="unlock-error"]');
    expect(await error!.evaluate((element) => element.textContent)).toMatch(/not the one/);
    await field!.click({ count: 3 });
    await field!.type(PASSPHRASE);
    await options.click('::-p-aria(Unlock)');
    await options.waitForSelector('.capture-row');
    const urls = await options.$$eval('.capture-row .url', (items) => items.map((item) => item.textContent));
    expect(urls).toEqual([`${server.origin}/pages/post.html`, `${server.origin}/pages/lying.html`, `${server.origin}/pages/post.html`]);
    await options.click('.capture-row .open');
    await options.waitForSelector('::-p-text(Check fingerprints now)');
    await options.click('::-p-text(Check fingerprints now)');
    await options.waitForSelector('[data-testid="integrity-result"].ok');
    await options.close();
  });

  it('exports a bundle anyone can verify, from the decrypted evidence', async () => {
    const zip = await exportThroughButton(session, downloads, 'legal');
    const verified = spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
  });

  it('locks again on quick exit', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    await paceCaptures();
    const popup = await openPopup(session, page);
    await popup.click('::-p-aria(Quick exit)');
    const options = await openOptions(session);
    await options.waitForSelector('::-p-text(Preserve is locked)');
    await waitFor(async () => !(await options.evaluate(() => chrome.runtime.sendMessage({ preserve: 1, type: 'lock.status', payload: {} }))).value.unlocked, 'the lock');
  });
});
