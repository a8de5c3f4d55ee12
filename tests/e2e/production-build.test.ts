import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchWithExtension, openPopup, type ExtensionSession } from './support/browser';
import { sha256Hex } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(CHROME_BUILD);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the shipped build (no test hooks)', () => {
  it('captures through the real toolbar popup and stores a verifiable record', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    const popup = await openPopup(session, page);
    const worker = await session.worker();
    expect(await worker.evaluate(() => typeof (globalThis as { __preserveE2E?: unknown }).__preserveE2E)).toBe('undefined');
    await (await popup.waitForSelector('::-p-aria(Save evidence)'))!.click();
    await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    const { captures, artifacts } = await dumpStore(options);
    expect(captures).toHaveLength(1);
    const screenshot = captures[0]!.artifacts[0]!;
    expect(sha256Hex(artifacts.get(screenshot.id)!)).toBe(screenshot.sha256);
  });
});
