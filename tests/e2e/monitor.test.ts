import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkCheckRecord } from '../../src/shared/matching-types';
import type { TrackerEvent } from '../../src/shared/takedown-types';
import type { CaseRecord, IncidentRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, waitFor, type ExtensionSession } from './support/browser';
import { saveThroughPopup } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { readRows } from './support/store';

/*
 * A watched link goes 200 → 404 → 200 on a local server under a real-looking https hostname. The
 * e2e build starts with access to that host granted (manifest.config.ts): Puppeteer cannot answer
 * the browser's permission prompt, and with access already granted the page's request resolves
 * at once. The only test hook is a shorter per-host pace; the checking path is the shipped one.
 */
const HOST = 'media.imagehost-example.com';
const POST_URL = `https://${HOST}/gallery/4521`;

let online = true;
let server: FixtureServer;
let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  server = await startFixtureServer({ [HOST]: (path) => (online && path === '/gallery/4521' ? 'pages/post.html' : null) });
  session = await launchWithExtension(E2E_BUILD, { hostRules: [`MAP ${HOST} 127.0.0.1:${server.port}`] });
  const worker = await session.worker();
  await worker.evaluate(() => {
    globalThis.__preserveMonitorPaceMs = 50;
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function checkNow(expected: string): Promise<void> {
  const before = (await readRows<LinkCheckRecord>(options, 'linkChecks')).length;
  await options.click('::-p-aria(Check links now)');
  await waitFor(async () => (await readRows<LinkCheckRecord>(options, 'linkChecks')).length > before, 'a new link check');
  await options.waitForSelector(`[data-testid="monitored-link"][data-state="${expected}"]`, { timeout: 10_000 });
}

async function trackerStatus(): Promise<string | null> {
  await options.reload();
  await options.waitForSelector('[data-testid="monitor-panel"] input[type="checkbox"]');
  return options.$eval('[data-testid="tracker"] [data-testid="tracked-url"]', (row) => row.getAttribute('data-status')).catch(() => null);
}

describe('watching captured links', () => {
  it('sees a saved page go down and come back, and tells the tracker and the incident log', async () => {
    const target = await session.browser.newPage();
    await target.goto(POST_URL);
    await (await saveThroughPopup(session, target)).close();
    await target.close();

    options = await openOptions(session);
    const [caseRecord] = await readRows<CaseRecord>(options, 'cases');
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#case/${caseRecord!.id}`);
    const toggle = await options.waitForSelector('[data-testid="monitor-panel"] input[type="checkbox"]');
    expect(await toggle!.evaluate((box) => (box as HTMLInputElement).checked)).toBe(false);
    await toggle!.click();
    await options.waitForSelector('::-p-aria(Check links now)');
    const monitors = await readRows<{ enabled: boolean; url: string }>(options, 'monitors');
    expect(monitors).toEqual([expect.objectContaining({ enabled: true, url: POST_URL })]);

    await checkNow('up');
    online = false;
    await checkNow('removed');
    expect(await trackerStatus()).toBe('removed');
    online = true;
    await options.waitForSelector('::-p-aria(Check links now)');
    await checkNow('reappeared');
    expect(await options.$(`[data-testid="reappeared-actions"] a[href="${POST_URL}"]`)).not.toBeNull();
    expect(await trackerStatus()).toBe('reappeared');

    const checks = (await readRows<LinkCheckRecord>(options, 'linkChecks')).sort((a, b) => a.checkedAt.localeCompare(b.checkedAt));
    expect(checks.map((check) => [check.state, check.httpStatus])).toEqual([
      ['up', 200],
      ['removed', 404],
      ['reappeared', 200],
    ]);
    const events = await readRows<TrackerEvent>(options, 'trackerEvents');
    expect(events.map((event) => event.status).sort()).toEqual(['reappeared', 'removed']);
    const logged = (await readRows<IncidentRecord>(options, 'incidents')).filter((entry) => entry.source === 'monitor');
    expect(logged.map((entry) => entry.status).sort()).toEqual(['open', 'removed']);
    expect(logged.every((entry) => entry.context === POST_URL)).toBe(true);
    // Three plain requests reached the watched page, and no more.
    expect(server.requests.filter((request) => request.host === HOST && request.path === '/gallery/4521').length).toBe(1 + 3);
  });
});
