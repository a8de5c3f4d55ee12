import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removalRoutes } from '../../src/platforms/routes';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, ROOT, type ExtensionSession } from './support/browser';
import { exportThroughButton } from './support/bundle-actions';
import { paceCaptures, saveThroughPopup } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, readRows } from './support/store';

// The whole flow of issue #9 in the built extension, on real hostnames served from this machine:
// capture an X post → Request removal → the routes in order → Open the form (filled) → the person
// submits → "I sent it" in the popup → the tracker shows "requested" with the reference → a letter
// saved → export → the bundle carries the request, the copy of what was filled, and the letter.
const POST_URL = 'https://x.com/realDonaldTrump/status/1222907250383245320';
const FORM = removalRoutes('x')[0]!;
const FORM_URL = FORM.url!;
const HOSTS: Record<string, (path: string) => string | null> = {
  'x.com': (path) => (path === new URL(POST_URL).pathname ? 'x/x-1.html' : null),
  // The X form fixture posts to /submit; X's help centre then shows its thanks page.
  // A site Preserve does not know: its contacts are in the page and in its security.txt.
  'pics.example': (path) =>
    ({ '/photo/4411': 'takedowns/unknown-host/post.html', '/.well-known/security.txt': 'takedowns/unknown-host/security.txt' })[path] ?? null,
  'help.x.com': (path) => ({ [new URL(FORM_URL).pathname]: 'forms/x/private-information.html', '/submit': 'takedowns/x-report-received.html' })[path] ?? null,
};

let server: FixtureServer;
let session: ExtensionSession;
let store: Page;
const downloads = mkdtempSync(join(tmpdir(), 'preserve-requests-downloads-'));

beforeAll(async () => {
  server = await startFixtureServer(HOSTS);
  // The e2e build holds host access to help.x.com (manifest.config.ts), as if the person had said yes at the click.
  session = await launchWithExtension(E2E_BUILD, {
    downloadDir: downloads,
    hostRules: Object.keys(HOSTS).map((host) => `MAP ${host} 127.0.0.1:${server.port}`),
  });
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const textOf = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent ?? '');

async function saveProfile() {
  const settings = await openOptions(session, '#settings');
  await settings.waitForSelector('::-p-aria(Save details)');
  // Typed over what is there, as a person correcting their details would.
  const retype = async (selector: string, value: string) => {
    await settings.click(selector, { count: 3 });
    await settings.keyboard.press('Backspace');
    await settings.type(selector, value);
  };
  await retype('::-p-aria(Legal name)', 'Alex Example');
  await retype('input[type="email"]', 'requests@example.org');
  await retype('::-p-aria(Name to sign with (typed as your signature))', 'Alex Example');
  await settings.click('::-p-aria(Save details)');
  await settings.waitForFunction(() => document.body.textContent?.includes('Your details are saved.'));
  await settings.close();
}

describe('a removal request from capture to tracker', () => {
  it('captures a post, shows its routes in order, fills the form, records "I sent it", tracks it as requested and exports it all', async () => {
    await saveProfile();

    // 1. Evidence of the post, through the real popup.
    const post = await session.browser.newPage();
    await post.goto(POST_URL, { waitUntil: 'domcontentloaded' });
    await (await saveThroughPopup(session, post)).close();
    const evidence = (await dumpStore(store)).captures.at(-1)!;
    expect(evidence.observed.tabUrl).toBe(POST_URL);

    // 2. Request removal from the capture: X's routes, in order, each with its lines.
    const detail = await openOptions(session, `#capture/${evidence.id}`);
    await (await detail.waitForSelector('::-p-aria(Request removal)'))!.click();
    await detail.waitForSelector('[data-testid="removal-panel"] [data-testid="route"]');
    const cards = await detail.$$eval('[data-testid="route"]', (elements) =>
      elements.map((element) => ({
        step: (element as HTMLElement).dataset.step,
        label: element.querySelector('.route-label')?.textContent ?? '',
        needs: element.querySelector('[data-testid="route-needs"]')?.textContent ?? '',
        discloses: element.querySelector('[data-testid="route-discloses"]')?.textContent ?? '',
        caveat: element.querySelector('[data-testid="route-caveat"]')?.textContent ?? null,
        advice: !!element.querySelector('[data-testid="agent-advice"]'),
        form: [...element.querySelectorAll('button')].some((button) => button.textContent === 'Open the form'),
      })),
    );
    expect(cards.map((card) => card.step)).toEqual([
      'platform',
      'take-it-down-act',
      'in-app',
      'hash-blocking',
      'copyright',
      'copyright',
      'search',
      'search',
      'guide',
    ]);
    expect(cards[0]!.label).toContain(FORM.label);
    expect(cards[0]!.form).toBe(true);
    expect(cards[3]!.label).toContain('StopNCII.org');
    expect(cards[4]).toMatchObject({ advice: true, form: true });
    expect(cards[4]!.discloses).toContain('X sends your whole notice, with your name and email, to the person who posted it.');
    expect(cards[4]!.needs).toContain('that you own the copyright');
    expect(cards[5]!.caveat).toBe('Preserve could not confirm this route; check it before relying on it.');

    // 3. "Open the form": the form opens under its real hostname and is filled as it loads.
    const opened = session.browser.waitForTarget((target) => target.url() === FORM_URL, { timeout: 10_000 });
    await detail.click('[data-testid="route"]:first-child ::-p-aria(Open the form)');
    const form = (await (await opened).asPage())!;
    await detail.bringToFront();
    // The worker waits up to 30 s for the form to load (form-handlers.ts); two browsers share the cores here.
    const result = await detail.waitForFunction(() => document.querySelector('[data-testid="open-result"]')?.textContent || false, { timeout: 35_000 });
    expect(await result.jsonValue()).toMatch(/^Filled \d+ fields\. Check them, then send the form yourself\./);
    const fields = await form.$$eval('input[name], textarea[name]', (elements) =>
      Object.fromEntries(elements.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
    );
    expect(fields).toMatchObject({ Form_Urls: POST_URL, Form_Name: 'Alex Example', Form_Email: 'requests@example.org', Form_Signature: 'Alex Example' });

    // 4. The person sends the form; the help centre thanks them in the same tab.
    await form.bringToFront();
    await Promise.all([form.waitForNavigation(), form.click('button[type="submit"]')]);
    await form.waitForFunction(() => document.body.textContent?.includes('Thanks for your report'));

    // 5. "I sent it" in the popup on that page, with the reference the person types.
    await paceCaptures();
    const popup = await openPopup(session, form);
    await popup.waitForSelector('::-p-aria(Fill in this form)');
    await popup.type('[data-testid="sent-reference"]', 'X-REF-777');
    await popup.click('::-p-aria(I sent it)');
    const said = await popup.waitForFunction(() => document.querySelector('[data-testid="request-message"]')?.textContent || false, { timeout: 15_000 });
    expect(await said.jsonValue()).toBe('Recorded: this page and your request are kept in your case (reference X-REF-777).');
    await popup.close();

    // 6. The tracker in the case view: the post is requested, with the route and the reference.
    const caseView = await openOptions(session, `#case/${evidence.caseId}`);
    const row = await caseView.waitForSelector(`[data-testid="tracked-url"][data-status="requested"]`, { timeout: 10_000 });
    const rowText = await row!.evaluate((element) => element.textContent ?? '');
    expect(rowText).toContain(POST_URL);
    expect(await textOf(caseView, '[data-testid="tracked-status"]')).toBe('requested');
    expect(rowText).toContain(FORM.label);
    expect(rowText).toContain('reference X-REF-777');
    await Promise.all([detail.close(), caseView.close(), post.close(), form.close()]);

    // 7. A letter saved to the case, then the bundle: the request, the copy of the form, the letter.
    const letters = await openOptions(session, `#letters/${evidence.caseId}`);
    await letters.waitForSelector('[data-testid="letter-text"]');
    await letters.click('::-p-aria(Save to the case)');
    await letters.waitForFunction(() => document.body.textContent?.includes('The letter is saved to the case'));
    await letters.close();
    const zipPath = await exportThroughButton(session, downloads, 'legal');
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const bundled = JSON.parse(await zip.file('requests.json')!.async('string')) as {
      requests: Array<{ reference?: string; urls: string[]; filled?: Array<{ key: string; value: string }>; confirmationCaptureId?: string }>;
      letters: Array<{ files: { text: string } | null; textSha256: string }>;
    };
    const [request] = bundled.requests;
    expect(request).toMatchObject({ reference: 'X-REF-777', urls: [POST_URL] });
    expect(request!.filled).toEqual(expect.arrayContaining([{ key: 'email', label: expect.any(String), value: 'requests@example.org' }]));
    const records = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => name.endsWith('/capture.json'))
        .map(async (name) => JSON.parse(await zip.file(name)!.async('string')) as { record: { id: string; trigger: string } }),
    );
    expect(records.some(({ record }) => record.id === request!.confirmationCaptureId && record.trigger === 'request-confirmation')).toBe(true);
    const [letter] = bundled.letters;
    const letterText = await zip.file(letter!.files!.text)!.async('uint8array');
    expect(createHash('sha256').update(letterText).digest('hex')).toBe(letter!.textSha256);
    const verified = spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zipPath], { encoding: 'utf8' });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
  });

  it('builds a letter from the case, lets the person edit it, and saves it to the case with its fingerprint', async () => {
    await saveProfile();
    const post = await session.browser.newPage();
    await post.goto(POST_URL, { waitUntil: 'domcontentloaded' });
    await (await saveThroughPopup(session, post)).close();
    const evidence = (await dumpStore(store)).captures.at(-1)!;

    const letters = await openOptions(session, `#letters/${evidence.caseId}`);
    const text = (await letters.waitForSelector('[data-testid="letter-text"]'))!;
    const built = await text.evaluate((element) => (element as HTMLTextAreaElement).value);
    expect(built).toContain(POST_URL);
    expect(built).toContain('Alex Example');
    await text.click();
    await letters.keyboard.press('End');
    await letters.keyboard.type(' Added by me.');
    await letters.click('::-p-aria(Save to the case)');
    await letters.waitForFunction(() => document.body.textContent?.includes('The letter is saved to the case'));
    // What was stored is the edited text, and the fingerprint shown is its SHA-256.
    const stored = await readRows<{ text: string; textSha256: string }>(letters, 'letters');
    const mine = stored.filter((row) => row.text.includes('Added by me.'));
    expect(mine).toHaveLength(1);
    expect(createHash('sha256').update(mine[0]!.text, 'utf8').digest('hex')).toBe(mine[0]!.textSha256);
    // The page lists the case's saved letters (an earlier test may have saved one too) with their fingerprints.
    await letters.waitForFunction(
      (hash) => [...document.querySelectorAll('.letters .hash')].some((element) => element.textContent === hash),
      { timeout: 5_000 },
      mine[0]!.textSha256,
    );
    await Promise.all([letters.close(), post.close()]);
  });

  it('on a site Preserve does not know, finds its abuse contacts in the page and its security.txt, only when asked', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://pics.example/photo/4411', { waitUntil: 'domcontentloaded' });
    const popup = await openPopup(session, page);
    await (await popup.waitForSelector('::-p-aria(Request removal)'))!.click();
    await popup.waitForSelector('::-p-aria(Look for this site’s report or abuse contacts)');
    const asked = () => server.requests.filter((request) => request.path === '/.well-known/security.txt');
    expect(asked()).toEqual([]);
    await popup.click('::-p-aria(Look for this site’s report or abuse contacts)');
    await popup.waitForSelector('[data-testid="route"][data-step="host-abuse"]');
    const labels = await popup.$$eval('[data-testid="route"]', (cards) =>
      cards.map((card) => `${(card as HTMLElement).dataset.step}: ${card.querySelector('.route-label')?.textContent?.replace(/^\d+\.\s*/, '')}`),
    );
    expect(labels.slice(0, 5)).toEqual([
      'host-abuse: An address on the page: abuse@pics.example',
      'host-abuse: A link on the page: Report abuse',
      'host-abuse: Listed in the site’s security.txt: mailto:security@pics.example',
      'host-abuse: Listed in the site’s security.txt: https://pics.example/security-contact',
      'hosting-provider: The company that hosts pics.example',
    ]);
    // The page fetched its own security.txt, once, after the click.
    expect(asked()).toEqual([{ host: 'pics.example', path: '/.well-known/security.txt', method: 'GET' }]);
    await Promise.all([popup.close(), page.close()]);
  });
});
