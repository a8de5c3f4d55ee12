import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { LockStatus } from '../../src/shared/messages';
import { E2E_BUILD, ROOT, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession, type LaunchOptions } from './support/browser';
import { exportThroughButton } from './support/bundle-actions';
import { paceCaptures, saveThroughPopup } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { rawCount, rawStoreText } from './support/raw-store';

const PASSPHRASE = 'correct horse battery staple';
// What must never be readable in the store once encryption is on: addresses, titles, page text, images.
const PAGE_TEXTS = [
  'A post by Sam Example',
  'Sam Example on Social',
  'social.example',
  'Totally different title',
  'bank.example',
  'Nothing here is what it claims',
];
const PNG = '\x89PNG\r\n\x1a\n';
const JPEG = '\xff\xd8\xff';

// The fixture server only serves files; every test gets its own browser profile, so no test sees
// captures, keys or a lock state that another test left behind (a fresh profile costs ~0.6 s here).
let server: FixtureServer;
const sessions: ExtensionSession[] = [];
const tempDirs: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await server?.close();
});

async function freshProfile(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const session = await launchWithExtension(E2E_BUILD, options);
  sessions.push(session);
  return session;
}

function downloadsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  tempDirs.push(dir);
  return dir;
}

/**
 * Saves each fixture page through the real toolbar popup, in order. While locked, the popup must
 * say the capture was saved and encrypted instead of showing its image.
 */
async function saveEvidence(session: ExtensionSession, names: string[], { whileLocked = false } = {}): Promise<void> {
  for (const name of names) {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/${name}`);
    const popup = await saveThroughPopup(session, page);
    if (whileLocked) await popup.waitForSelector('[data-testid="locked-note"]');
    await popup.close();
    await page.close();
  }
}

/** One plaintext capture of post.html, with the thumbnail the options page draws for it. */
async function profileWithPlaintextCapture(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const session = await freshProfile(options);
  await saveEvidence(session, ['post.html']);
  const page = await openOptions(session);
  await page.waitForSelector('.capture-row img'); // the plaintext thumbnail exists before encryption
  await page.close();
  return session;
}

/**
 * A plaintext capture, then encryption turned on by the same request the Settings button sends
 * (the worker's real path; the button itself is tested below). It returns once everything stored
 * is sealed, and leaves Preserve unlocked, as turning it on does.
 */
async function profileWithEncryptionOn(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const session = await profileWithPlaintextCapture(options);
  const page = await openOptions(session);
  const reply = await sendFromPage(page, 'lock.enable', { passphrase: PASSPHRASE });
  expect(reply, 'turning encryption on').toMatchObject({ ok: true, value: { encryption: 'on', unlocked: true } });
  await page.close();
  return session;
}

async function lockStatus(page: Page): Promise<LockStatus> {
  const reply = await sendFromPage(page, 'lock.status', {});
  if (!reply.ok) throw new Error(`lock.status failed: ${JSON.stringify(reply.error)}`);
  return reply.value as LockStatus;
}

async function plaintextLeaks(page: Page): Promise<string[]> {
  const stores = await rawStoreText(page);
  const needles = [...PAGE_TEXTS, `127.0.0.1:${server.port}`, PNG, JPEG];
  return Object.entries(stores).flatMap(([store, text]) =>
    needles.filter((needle) => text.includes(needle)).map((needle) => `${store}: ${JSON.stringify(needle)}`),
  );
}

describe('encryption at rest', () => {
  it('turns on from Settings and encrypts what was already stored', async () => {
    const session = await profileWithPlaintextCapture();
    const settings = await openOptions(session, '#settings');
    // The control: before encryption the same scan does find the page's words and images.
    expect(await plaintextLeaks(settings), 'the scan sees plaintext before encryption').toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^captures: .*A post by Sam Example/),
        expect.stringMatching(/^artifacts: .*PNG/),
        expect.stringMatching(/^thumbnails: /),
      ]),
    );
    await settings.waitForSelector('.encryption input[type="password"]');
    const [first, second] = await settings.$$('.encryption input[type="password"]');
    await first!.type(PASSPHRASE);
    await second!.type(PASSPHRASE);
    await settings.click('::-p-aria(Turn on encryption)');
    await settings.waitForSelector('::-p-text(Encryption is on)', { timeout: 30_000 });
    expect(await plaintextLeaks(settings)).toEqual([]);
    expect(await lockStatus(settings)).toMatchObject({ encryption: 'on', unlocked: true });
  });

  it('saves new evidence while locked, and the raw store shows no image, address or page text', async () => {
    const session = await profileWithEncryptionOn();
    const settings = await openOptions(session, '#settings');
    await (await settings.waitForSelector('::-p-aria(Lock now)'))!.click();
    await settings.waitForSelector('::-p-text(Locked.)');
    await settings.close();
    await saveEvidence(session, ['lying.html', 'post.html'], { whileLocked: true });
    const options = await openOptions(session);
    await options.waitForSelector('::-p-text(Preserve is locked)');
    expect(await plaintextLeaks(options)).toEqual([]);
    expect(await rawCount(options, 'captures')).toBe(3);
    // Each capture's screenshot and page archive (the e2e build holds the pageCapture permission).
    expect(await rawCount(options, 'artifacts')).toBe(6);
    // Each capture's list thumbnail too, sealed at capture time without the passphrase.
    await waitFor(async () => (await rawCount(options, 'thumbnails')) === 3, 'the sealed thumbnails');
    expect(await plaintextLeaks(options)).toEqual([]);
  });

  it('refuses a wrong passphrase, then unlocks and shows every capture with its facts', async () => {
    // Evidence sealed both ways: by the migration when encryption was turned on, and at capture while locked.
    const session = await profileWithEncryptionOn();
    const setup = await openOptions(session);
    expect(await sendFromPage(setup, 'lock.lock', {})).toMatchObject({ ok: true });
    await setup.close();
    await saveEvidence(session, ['lying.html'], { whileLocked: true });

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
    expect(urls).toEqual([`${server.origin}/pages/lying.html`, `${server.origin}/pages/post.html`]);
    // Search reads the sealed records once unlocked and shows the same rows.
    await options.type('.evidence-search input[type="search"]', 'lying');
    await options.waitForSelector('[data-testid="search-results"][data-words="lying"]');
    expect(await options.$$eval('.capture-row .url', (items) => items.map((item) => item.textContent))).toEqual([`${server.origin}/pages/lying.html`]);
    // By keyboard: panels above the list still loading can move a button between aim and click.
    await (await options.waitForSelector('::-p-aria(Clear search)'))!.focus();
    await options.keyboard.press('Enter');
    await options.waitForFunction(() => document.querySelectorAll('.capture-row').length === 2);
    await options.click('.capture-row .open');
    // The decrypted screenshot decodes as an image; waiting for it also keeps the button below from
    // moving (the image pushes it down as it loads) between finding it and clicking it.
    await options.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.capture-detail .screenshot img');
      return image?.complete === true && image.naturalWidth > 0;
    });
    await options.click('::-p-text(Check fingerprints now)');
    await options.waitForSelector('[data-testid="integrity-result"].ok');
  });

  it('exports a bundle anyone can verify, from the decrypted evidence', async () => {
    const downloads = downloadsDir();
    const session = await profileWithEncryptionOn({ downloadDir: downloads });
    // A second capture sealed as it was saved, beside the one the migration sealed.
    await saveEvidence(session, ['lying.html']);
    const options = await openOptions(session);
    expect(await plaintextLeaks(options)).toEqual([]);
    expect(await lockStatus(options)).toMatchObject({ encryption: 'on', unlocked: true });
    await options.close();

    const zip = await exportThroughButton(session, downloads, 'legal');
    const verified = spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/\b2 capture\(s\)/);
  });

  it('locks again on quick exit', async () => {
    const session = await profileWithEncryptionOn();
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    await paceCaptures();
    const popup = await openPopup(session, page);
    expect(await lockStatus(popup)).toMatchObject({ encryption: 'on', unlocked: true });
    await popup.click('::-p-aria(Quick exit)');
    const options = await openOptions(session);
    await options.waitForSelector('::-p-text(Preserve is locked)');
    await waitFor(async () => !(await lockStatus(options)).unlocked, 'the lock');
  });
});
