import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
import { FORM_FIXTURES, formFixtureRoutes } from '../e2e/support/form-fixtures';
import { dumpStore, readRows } from '../e2e/support/store';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { clickInPopup, popupText, waitInPopup } from './support/popup';

let server: FixtureServer;
let session: FirefoxSession;
let work: string;

/** A post under a real-looking https hostname, up until a test takes it down. */
const WATCHED_HOST = 'media.imagehost-example.com';
const WATCHED_URL = `https://${WATCHED_HOST}/gallery/4521`;
let watchedOnline = true;

beforeAll(async () => {
  server = await startFixtureServer({
    ...formFixtureRoutes(),
    [WATCHED_HOST]: (path) => (watchedOnline && path === '/gallery/4521' ? 'pages/post.html' : null),
  });
  work = mkdtempSync(join(tmpdir(), 'preserve-ff-bundle-'));
  session = await launchFirefox(undefined, { https: { hosts: [...Object.keys(FORM_FIXTURES), WATCHED_HOST], port: server.port } });
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

/**
 * Imports through the options page's file input. The import opens the new case at once, and the
 * case view that said "imported" is replaced by the new case's, whose bar says it again
 * (imported-from): either is the person's confirmation.
 */
async function importInOptions(zip: string): Promise<string> {
  const options = await session.openExtensionTab('src/options/index.html');
  const input = (await options.waitForSelector('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(zip);
  const outcome = await options.waitForSelector('[data-testid="import-done"], [data-testid="import-error"], [data-testid="imported-from"]', {
    timeout: 30_000,
  });
  const said = await outcome!.evaluate((element) => `${element.getAttribute('data-testid')}: ${element.textContent}`);
  await options.close();
  return said;
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
    // Firefox has no pageCapture: the page archive is the HTML snapshot, hashed like the screenshot.
    const snapshot = capture!.artifacts.find((artifact) => artifact.kind === 'html')!;
    expect(snapshot).toMatchObject({ name: 'page.html', mediaType: 'text/html' });
    const html = store.artifacts.get(snapshot.id)!;
    expect(sha256Hex(html)).toBe(snapshot.sha256);
    const text = html.toString('utf8');
    expect(text).toContain(`<base href="${server.origin}/pages/post.html">`);
    expect(text).toContain(`Address: ${server.origin}/pages/post.html`);
    expect(text).toContain('data-preserve-snapshot');
    expect(text).not.toMatch(/<script/i);
    // The same-origin photo is inside the file, drawn from what the page showed.
    expect(text).toMatch(/<img id="photo" src="data:image\/png;base64,/);
    expect(capture!.observed.mediaNotes ?? []).not.toContainEqual(expect.objectContaining({ note: expect.stringContaining('MHTML') }));
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
    const listed = run('grep -h "page.html" SHA256SUMS', dir).output;
    expect(listed, 'page.html is listed in SHA256SUMS').toMatch(/^[0-9a-f]{64} [ *]\S+\/page\.html$/m);
    expect(readFileSync(join(dir, 'VERIFY.txt'), 'utf8')).toContain('page.html is a copy of the page');
  });

  it('imports its own bundle back as a second case', async () => {
    expect(await importInOptions(bundle)).toMatch(/^(import-done|imported-from): .*All \d+ files matched/);
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
      const chromiumStore = await dumpStore(options);
      const imported = chromiumStore.cases.filter((record) => record.imported);
      expect(imported).toHaveLength(1);
      // Firefox's page.html came across whole: same fingerprint, same bytes.
      const snapshot = chromiumStore.captures.find((capture) => capture.caseId === imported[0]!.id)!.artifacts.find((artifact) => artifact.kind === 'html')!;
      expect(snapshot.name).toBe('page.html');
      expect(sha256Hex(chromiumStore.artifacts.get(snapshot.id)!)).toBe(snapshot.sha256);
      await options.close();
    } finally {
      await chromium.close();
    }
    const verified = verifies(fromChromium);
    expect(verified.ok, verified.output).toBe(true);
    expect(await importInOptions(fromChromium)).toMatch(/^(import-done|imported-from): /);
    const store = await dumpStore(session.extensionPage);
    const chromiumCase = store.cases
      .filter((record) => record.imported)
      .find((record) => store.captures.some((capture) => capture.caseId === record.id && capture.observed.tabUrl.endsWith('/pages/lying.html')));
    expect(chromiumCase, 'the case exported from Chromium').toBeDefined();
    expect(store.captures.find((capture) => capture.caseId === chromiumCase!.id)!.observed.browser.name).not.toBe('Firefox');
    rmSync(downloads, { recursive: true, force: true });
  });

  it('saves a page taller than one canvas as two exact full-page bands, without scrolling it', async () => {
    const target = await session.browser.newPage();
    await target.goto(`${server.origin}/fullpage/tall.html?height=40000`);
    await saveThroughToolbar(target, 'full');
    const store = await dumpStore(session.extensionPage);
    const capture = store.captures.at(-1)!;
    expect(capture.observed.tabUrl).toContain('/fullpage/tall.html');
    const bands = capture.artifacts.filter((artifact) => artifact.kind === 'fullpage');
    expect(capture.artifacts.filter((artifact) => artifact.kind === 'tile')).toEqual([]);
    expect(bands.map((band) => band.rect)).toEqual([
      { x: 0, y: 0, width: expect.any(Number), height: 32_767 },
      { x: 0, y: 32_767, width: expect.any(Number), height: 40_000 - 32_767 },
    ]);
    expect(capture.observed.coverage).toMatchObject({
      mode: 'full',
      scroller: 'document',
      coveredHeight: 40_000,
      totalHeight: 40_000,
      tiles: 2,
      complete: true,
    });
    for (const band of bands) {
      const bytes = store.artifacts.get(band.id)!;
      expect(sha256Hex(bytes)).toBe(band.sha256);
      expect(band.height).toBe(band.rect!.height);
    }
    expect(await target.evaluate(() => scrollY)).toBe(0);
    await target.close();
  });

  /*
   * A person's right-click: Firefox's own context menu opens over the image (BiDi input, as a mouse
   * would), and "Save evidence" is chosen in that menu in the browser window, which fires
   * menus.onClicked with activeTab granted. Nothing calls Preserve's listener directly.
   */
  it('saves from the right-click menu on an image, with what was right-clicked', async () => {
    const target = await session.browser.newPage();
    await target.goto(`${server.origin}/pages/post.html`);
    await target.bringToFront();
    const before = (await dumpStore(session.extensionPage)).captures.length;
    const box = (await (await target.$('#photo'))!.boundingBox())!;
    await target.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const chosen = await session.inBrowserWindow<string>(`(async () => {
      const menu = document.getElementById('contentAreaContextMenu');
      for (let tries = 0; menu.state !== 'open' && tries < 50; tries++) await new Promise((done) => setTimeout(done, 50));
      const labels = [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden).map((item) => item.getAttribute('label'));
      const item = [...menu.querySelectorAll('menuitem')].find((candidate) => candidate.getAttribute('label') === 'Save evidence');
      if (!item) return 'missing: ' + labels.join(' | ');
      item.closest('menu')?.openMenu(true);
      item.closest('menupopup').activateItem(item);
      return 'chosen';
    })()`);
    expect(chosen).toBe('chosen');
    let store = await dumpStore(session.extensionPage);
    await waitFor(async () => {
      store = await dumpStore(session.extensionPage);
      return store.captures.length > before;
    }, 'the right-click capture to be stored');
    const capture = store.captures.at(-1)!;
    expect(capture.observed.tabUrl).toBe(`${server.origin}/pages/post.html`);
    expect(capture.trigger).toBe('context-menu');
    expect(capture.observed.contextTarget).toMatchObject({ mediaType: 'image', srcUrl: `${server.origin}/pages/photo.png` });
    expect(capture.artifacts.map((artifact) => artifact.kind)).toContain('html');
    // The image itself, byte for byte. Firefox refuses the extension's own fetch of it (a
    // NetworkError, where Chrome's activeTab allows it), so the page fetches it and hands it over.
    const media = capture.artifacts.find((artifact) => artifact.kind === 'media');
    expect(media, JSON.stringify(capture.observed.mediaNotes)).toMatchObject({
      mediaType: 'image/png',
      sourceUrl: `${server.origin}/pages/photo.png`,
      fetchedVia: 'page',
    });
    const photo = readFileSync(join(ROOT, 'tests/fixtures/pages/photo.png'));
    expect(media!.sha256).toBe(sha256Hex(photo));
    expect(sha256Hex(store.artifacts.get(media!.id)!)).toBe(sha256Hex(photo));
    expect(capture.observed.mediaNotes ?? []).toEqual([]);
    await target.close();
  });

  it('the options page keeps images veiled, and Settings explains the HTML snapshot instead of MHTML', async () => {
    const target = await session.browser.newPage();
    await target.goto(`${server.origin}/pages/post.html`);
    await saveThroughToolbar(target, 'visible');
    await target.close();
    const saved = (await dumpStore(session.extensionPage)).captures.at(-1)!;
    const options = await session.openExtensionTab(`src/options/index.html#case/${saved.caseId}`);
    // Thumbnails load as their rows come into view; with four captures this one may be below the fold.
    const row = await options.waitForSelector(`.capture-row[data-capture-id="${saved.id}"]`, { timeout: 10_000 });
    await row!.evaluate((element) => element.scrollIntoView());
    const thumbnail = await options.waitForSelector(`.capture-row[data-capture-id="${saved.id}"] img`, { timeout: 10_000 });
    expect(await thumbnail!.evaluate((image) => image.classList.contains('veiled'))).toBe(true);
    await options.close();
    const settings = await session.openExtensionTab('src/options/index.html#settings');
    const explained = await settings.waitForSelector('[data-testid="archives-firefox"]');
    expect(await explained!.evaluate((element) => element.textContent)).toContain('page.html');
    expect(await settings.$('[data-testid="archives-state"]')).toBeNull();
    await settings.close();
  });

  it('finds one of my images on the page through the popup', async () => {
    const images = await session.openExtensionTab('src/options/index.html#images');
    const input = (await images.waitForSelector('input[type="file"][name="add-images"]')) as ElementHandle<HTMLInputElement>;
    // A real photograph: the fixture page's own flat drawing has too little detail for a reliable PDQ hash.
    await input.uploadFile(join(ROOT, 'tests/fixtures/photos/bridge-1-original.jpg'));
    await images.waitForSelector('[data-testid="my-image"]', { timeout: 20_000 });
    await images.close();
    const target = await session.browser.newPage();
    await target.goto(`${server.origin}/pages/post.html`);
    // The post shows that photograph, as a page would that had copied it.
    await target.evaluate(async () => {
      const photo = document.getElementById('photo') as HTMLImageElement;
      photo.src = '/photos/bridge-1-original.jpg';
      await photo.decode();
    });
    await session.clickToolbarButton(target);
    await waitInPopup(session, '.find-my-images button', 'the popup to offer Find my images');
    await clickInPopup(session, { selector: '.find-my-images button' });
    await waitInPopup(session, '[data-testid="image-match"], [data-testid="find-images-none"], .find-my-images [role="alert"]', 'the search to finish', {
      timeoutMs: 20_000,
    });
    const found = await session.extensionPage.evaluate(() => {
      const [popup] = chrome.extension.getViews({ type: 'popup' });
      return [...(popup?.document.querySelectorAll('[data-testid="image-match"]') ?? [])].map((row) => [
        row.getAttribute('data-src'),
        row.getAttribute('data-distance'),
      ]);
    });
    expect(found).toEqual([[`${server.origin}/photos/bridge-1-original.jpg`, expect.stringMatching(/^\d+$/)]]);
    expect(Number(found[0]![1])).toBeLessThanOrEqual(31);
    await target.close();
  });

  it('fills a removal form from the toolbar popup with the saved details, and submits nothing', async () => {
    const profile = { legalName: 'Alex Example', email: 'requests@example.org', signatureName: 'Alex Example', phone: '+1 555 0100' };
    expect((await sendFromPage(session.extensionPage, 'takedown.saveProfile', { profile })).ok).toBe(true);
    const form = await session.browser.newPage();
    await form.goto('https://onlyfans.com/dmca');
    await form.waitForSelector('form');
    // The toolbar click grants activeTab on the form's tab: no host access asked for, no prompt.
    await session.clickToolbarButton(form);
    await waitInPopup(session, '.requests button', 'the popup to recognise the removal form');
    await clickInPopup(session, { text: 'Fill in this form' });
    await waitInPopup(session, '[data-testid="request-message"]', 'the popup to say what it filled');
    expect(await popupText(session, '[data-testid="request-message"]')).toMatch(/^Filled \d+ fields?/);
    const values = await form.evaluate(() =>
      Object.fromEntries(
        [
          ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
            'input[type=text], input[type=email], input[type=tel], input:not([type]), textarea',
          ),
        ].map((field) => [field.name, field.value]),
      ),
    );
    expect(values).toMatchObject({ n: profile.legalName, e: profile.email, s: profile.signatureName, d: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(values.w, 'the neutral description').not.toBe('');
    // Only what is shared by default: the phone number stays out unless the person ticks it.
    expect(values.p).toBe('');
    // The sworn statement is the person's to tick, and the form is theirs to send.
    expect(await form.$eval('input[name=perjury]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    expect(server.requests.filter((request) => request.host === 'onlyfans.com' && (request.method !== 'GET' || request.path === '/submit'))).toEqual([]);
    await form.close();
  });

  /*
   * Turning link checks on asks for host access to the captured https site. The page's request
   * opens Firefox's own permission prompt (a doorhanger in the browser window), answered there with
   * its "Allow" button, as a person would; nothing is granted beforehand.
   */
  it('watches a captured link after Firefox’s permission prompt is answered, and sees it removed', async () => {
    // A case of its own: the other cases' loopback pages would each wait their turn (10 s apart).
    const created = await sendFromPage(session.extensionPage, 'case.create', { title: 'Watched post' });
    const caseId = (created.value as { id: string }).id;
    expect((await sendFromPage(session.extensionPage, 'case.setActive', { caseId })).ok).toBe(true);
    const target = await session.browser.newPage();
    await target.goto(WATCHED_URL);
    await saveThroughToolbar(target, 'visible');
    await target.close();
    const capture = (await dumpStore(session.extensionPage)).captures.at(-1)!;
    expect(capture).toMatchObject({ caseId, observed: { tabUrl: WATCHED_URL } });
    const options = await session.openExtensionTab(`src/options/index.html#case/${capture.caseId}`);
    const toggle = await options.waitForSelector('[data-testid="monitor-panel"] input[type="checkbox"]');
    expect(await toggle!.evaluate((box) => (box as HTMLInputElement).checked)).toBe(false);
    await toggle!.click();
    const answered = await session.inBrowserWindow<string>(`(async () => {
      for (let tries = 0; tries < 100; tries++) {
        const button = document.querySelector('#addon-webext-permissions-notification .popup-notification-primary-button');
        if (PopupNotifications.panel.state === 'open' && button) {
          const asked = document.querySelector('#addon-webext-permissions-notification')?.textContent ?? '';
          button.click();
          return asked;
        }
        await new Promise((done) => setTimeout(done, 50));
      }
      return 'no prompt';
    })()`);
    expect(answered).toContain(WATCHED_HOST);
    await options.waitForSelector('::-p-aria(Check links now)');
    expect(await session.extensionPage.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `https://${WATCHED_HOST}/*`)).toBe(true);
    watchedOnline = false;
    const before = server.requests.filter((request) => request.host === WATCHED_HOST).length;
    await options.click('::-p-aria(Check links now)');
    const link = `[data-testid="monitored-link"][data-state="removed"]`;
    await options.waitForFunction(
      (selector, url) => [...document.querySelectorAll(selector)].some((row) => row.querySelector('.url')?.textContent === url),
      { timeout: 15_000 },
      link,
      WATCHED_URL,
    );
    expect(server.requests.filter((request) => request.host === WATCHED_HOST).length).toBe(before + 1);
    // Opened afresh (the driver does not follow a moz-extension:// reload): the tracker as stored.
    await options.close();
    const reopened = await session.openExtensionTab(`src/options/index.html#case/${capture.caseId}`);
    await reopened.waitForSelector('[data-testid="tracker"] [data-testid="tracked-url"]');
    const tracked = await reopened.$$eval('[data-testid="tracker"] [data-testid="tracked-url"]', (rows) =>
      rows.map((row) => [row.querySelector('.url')?.textContent, row.getAttribute('data-status')]),
    );
    expect(tracked).toContainEqual([WATCHED_URL, 'removed']);
    await reopened.close();
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
