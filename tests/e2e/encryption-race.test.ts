import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, launchWithExtension, openOptions, type ExtensionSession } from './support/browser';
import { saveThroughPopup } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { rawStoreText } from './support/raw-store';
import { dumpStore } from './support/store';

const PASSPHRASE = 'correct horse battery staple';
const NOTE = 'Reported to the platform on Monday';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('turning encryption on twice at once, through the real worker', () => {
  it('keeps one key, and every case, capture, note and artifact still opens', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    await (await saveThroughPopup(session, page)).close();
    const options = await openOptions(session);
    const [capture] = (await dumpStore(options)).captures;
    expect((await sendFromPage(options, 'note.add', { captureId: capture!.id, text: NOTE })).ok).toBe(true);

    // What a double-click sent before the button was disabled: two requests, in flight together.
    const replies = await options.evaluate((passphrase) => {
      const enable = () => chrome.runtime.sendMessage({ preserve: 1, type: 'lock.enable', payload: { passphrase } });
      return Promise.all([enable(), enable()]);
    }, PASSPHRASE);
    expect(replies.map((reply) => (reply.ok ? 'ok' : reply.error.code)).sort()).toEqual(['already-encrypted', 'ok']);
    const stored = Object.values(await rawStoreText(options)).join('\n');
    expect(stored).not.toContain(NOTE);
    expect(stored).not.toContain('A post by Sam Example');

    expect((await sendFromPage(options, 'lock.lock', {})).ok).toBe(true);
    await options.reload();
    const field = await options.waitForSelector('.unlock input[type="password"]');
    await field!.type(PASSPHRASE);
    await options.click('::-p-aria(Unlock)');
    await options.waitForSelector('.capture-row');
    expect(await options.$$eval('option', (items) => items.map((item) => item.textContent))).toContain('My case');
    expect(await options.$$eval('.capture-row .url', (items) => items.map((item) => item.textContent))).toEqual([`${server.origin}/pages/post.html`]);
    await options.click('.capture-row .open');
    await options.waitForSelector(`::-p-text(${NOTE})`);
    // The screenshot opens too; once it is drawn the button below it stops moving.
    await options.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.capture-detail .screenshot img');
      return image?.complete === true && image.naturalWidth > 0;
    });
    await options.click('::-p-text(Check fingerprints now)');
    await options.waitForSelector('[data-testid="integrity-result"].ok');
  });
});
