import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { removalRoutes } from '../../src/platforms/routes';
import { verifyChain } from '../../src/shared/chain';
import type { RemovalRequestRecord, RouteRef, TrackerEvent } from '../../src/shared/takedown-types';
import { trackUrls } from '../../src/takedowns/tracker';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { paceCaptures, saveThroughPopup, tabIdOf } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

const POST_URL = 'https://www.reddit.com/r/colors/comments/b4d5xm/literally_nothing_black_edition/';
const FORM_PATH = '/hc/en-us/requests/new';
// Reddit's first route: its help-desk form, served here under its real hostname.
const ROUTE = removalRoutes('reddit')[0]!;
const ROUTE_REF: RouteRef = { platformId: 'reddit', kind: ROUTE.kind, label: ROUTE.label, url: ROUTE.url! };

const HOSTS: Record<string, (path: string) => string | null> = {
  'www.reddit.com': (path) => (path === new URL(POST_URL).pathname ? 'reddit/reddit-3.html' : null),
  // The form posts to /submit; the help desk answers with its "Request received" page.
  'support.reddithelp.com': (path) => ({ [FORM_PATH]: 'forms/reddit/requests-new.html', '/submit': 'takedowns/request-received.html' })[path] ?? null,
};

let server: FixtureServer;
let session: ExtensionSession;
let store: Page;

beforeAll(async () => {
  server = await startFixtureServer(HOSTS);
  session = await launchWithExtension(E2E_BUILD, { hostRules: Object.keys(HOSTS).map((host) => `MAP ${host} 127.0.0.1:${server.port}`) });
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Every row of one object store, read with the raw IndexedDB API (encryption is off here). */
async function readTable<T>(name: string): Promise<T[]> {
  await store.evaluate('globalThis.__name ??= (fn) => fn');
  return store.evaluate(async (table) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('preserve');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<unknown[]>((done, fail) => {
      const request = db.transaction(table).objectStore(table).getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return rows;
  }, name) as Promise<T[]>;
}

describe('"I sent it": the confirmation page becomes the request’s record', () => {
  it('captures the confirmation (chained), records the request with its reference and marks the post requested', async () => {
    // 1. Evidence of the post, saved through the real popup.
    const post = await session.browser.newPage();
    await post.goto(POST_URL, { waitUntil: 'domcontentloaded' });
    await (await saveThroughPopup(session, post)).close();
    const evidence = (await dumpStore(store)).captures.at(-1)!;
    expect(evidence.observed.tabUrl).toBe(POST_URL);

    // 2. "Open the form" from Preserve's page: no host access was granted, so the form opens unfilled
    //    and the person fills it from the toolbar with "Fill in this form".
    const opened = await sendFromPage(store, 'takedown.openForm', {
      caseId: evidence.caseId,
      captureIds: [evidence.id],
      route: ROUTE_REF,
      values: {
        contentUrls: [POST_URL],
        legalName: 'Alex Example',
        email: 'alex@example.org',
        description: 'Intimate images of me shared without my consent.',
      },
    });
    expect(opened.error).toBeUndefined();
    const { tabId } = opened.value as { tabId: number };
    const form = await (await session.browser.waitForTarget((t) => t.url().startsWith(`https://support.reddithelp.com${FORM_PATH}`))).asPage();
    await form.waitForSelector('#request_custom_fields_1');
    const fillPopup = await openPopup(session, form);
    await (await fillPopup.waitForSelector('::-p-aria(Fill in this form)'))!.click();
    await fillPopup.waitForFunction(() => /^Filled \d+ field/.test(document.querySelector('[data-testid="request-message"]')?.textContent ?? ''));
    await fillPopup.close();
    const inForm = await form.$$eval('input:not([type=hidden]):not([type=submit]), textarea', (fields) =>
      fields.map((field) => (field as HTMLInputElement).value).filter(Boolean),
    );
    expect(inForm).toContain(POST_URL);

    // 3. The person submits; the help desk shows its confirmation in the same tab.
    await Promise.all([form.waitForNavigation(), form.click('input[type="submit"]')]);
    await form.waitForFunction(() => document.body.textContent?.includes('Request received'));
    expect(await tabIdOf(await session.worker(), 'https://support.reddithelp.com/submit')).toBe(tabId);

    // 4. "I sent it" in the popup opened on the confirmation page (the toolbar click grants activeTab there).
    await paceCaptures();
    const sentPopup = await openPopup(session, form);
    await (await sentPopup.waitForSelector('::-p-aria(I sent it)'))!.click();
    const said = await sentPopup.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="request-message"]')?.textContent ?? '';
        return text.startsWith('Recorded') ? text : false;
      },
      { timeout: 15_000 },
    );
    expect(await said.jsonValue()).toContain('reference 31415926');
    const [request] = await readTable<RemovalRequestRecord>('requests');
    if (!request?.confirmationCaptureId) throw new Error('No request with a confirmation capture was stored.');

    // The confirmation is a capture like any other, chained after the post's, in the same case.
    const { captures } = await dumpStore(store);
    const confirmation = captures.find((c) => c.id === request.confirmationCaptureId)!;
    expect(confirmation).toMatchObject({ trigger: 'request-confirmation', caseId: evidence.caseId, seq: evidence.seq + 1, prevHash: evidence.recordHash });
    expect(confirmation.observed.tabUrl).toBe('https://support.reddithelp.com/submit');
    expect(verifyChain(captures.filter((c) => c.caseId === evidence.caseId).sort((a, b) => a.seq - b.seq))).toEqual([]);

    // The request as stored: route, addresses, evidence, what was filled, and the page's reference
    // (its "(#31415926)", not the date, time or phone number on the same page).
    expect(request).toMatchObject({
      caseId: evidence.caseId,
      urls: [POST_URL],
      captureIds: [evidence.id],
      route: ROUTE_REF,
      method: 'form',
      reference: '31415926',
      confirmationCaptureId: confirmation.id,
    });
    // The kept copy is what stood in the form: every filled value was in a field.
    expect(request.filled).toContainEqual(expect.objectContaining({ key: 'contentUrl', value: POST_URL }));
    for (const field of request.filled ?? []) expect(inForm).toContain(field.value);

    // The tracker: the post is "requested", with the route and the reference.
    const events = await readTable<TrackerEvent>('trackerEvents');
    expect(events).toEqual([expect.objectContaining({ url: POST_URL, status: 'requested', requestId: request.id, at: request.sentAt })]);
    const [tracked] = trackUrls({ captures, requests: [request], events });
    expect(tracked).toMatchObject({ url: POST_URL, status: 'requested' });
    expect(tracked?.history.at(-1)).toMatchObject({ reference: '31415926', route: ROUTE_REF });

    // Recorded once: the values kept for the tab are gone, so a second click is refused in plain words.
    await sentPopup.click('::-p-aria(I sent it)');
    await sentPopup.waitForFunction(() =>
      document.querySelector('[data-testid="request-message"]')?.textContent?.startsWith('Preserve did not open or fill a form'),
    );
    await sentPopup.close();
    expect(await readTable('requests')).toHaveLength(1);
    await post.close();
  });

  it('refuses "I sent it" on a form page Preserve did not open or fill, and stores nothing', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://support.reddithelp.com/submit', { waitUntil: 'domcontentloaded' });
    const before = { captures: (await dumpStore(store)).captures.length, requests: (await readTable('requests')).length };
    const popup = await openPopup(session, page);
    await (await popup.waitForSelector('::-p-aria(I sent it)'))!.click();
    const said = await popup.waitForSelector('[data-testid="request-message"]');
    expect(await said?.evaluate((element) => element.textContent)).toBe(
      'Preserve did not open or fill a form in this tab. You can record the request by hand on the options page.',
    );
    await popup.close();
    expect((await dumpStore(store)).captures).toHaveLength(before.captures);
    expect(await readTable('requests')).toHaveLength(before.requests);
    await page.close();
  });
});
