import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removalRoutes } from '../../src/platforms/routes';
import type { FillReport, RouteRef } from '../../src/shared/takedown-types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, waitFor, type ExtensionSession } from './support/browser';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FILL_VALUES, FORM_HOST_RULES, formFixtureRoutes } from './support/form-fixtures';

const VALUES = FILL_VALUES;
const [URL1, URL2] = VALUES.contentUrls as [string, string];

/** The platform's own route whose form is at `url`, as the pages send it. */
function routeAt(platformId: string, url: string): RouteRef {
  const route = removalRoutes(platformId).find((known) => known.url === url);
  if (!route) throw new Error(`No ${platformId} route at ${url}`);
  return { platformId, kind: route.kind, label: route.label, url };
}

let server: FixtureServer;
let session: ExtensionSession;
let extensionPage: Page;

beforeAll(async () => {
  server = await startFixtureServer(formFixtureRoutes());
  session = await launchWithExtension(E2E_BUILD, { hostRules: FORM_HOST_RULES(server.port) });
  extensionPage = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** "Open the form" as the Request removal page sends it; returns the opened form's tab. */
async function openForm(route: RouteRef) {
  const opened = session.browser.waitForTarget((target) => target.url() === route.url, { timeout: 10_000 });
  const reply = await sendFromPage(extensionPage, 'takedown.openForm', { caseId: 'case-1', captureIds: ['capture-1'], route, values: VALUES });
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  const page = (await (await opened).asPage())!;
  return { page, answer: reply.value as { tabId: number; report: FillReport | null; reason?: string } };
}

/** "Fill in this form" through the real toolbar popup: the click grants activeTab on the form's tab. */
async function fillFromToolbar(page: Page, knownTabId: number | null, extra: Record<string, unknown> = {}) {
  const popup = await openPopup(session, page);
  // As the popup finds it: the active tab of the window it was opened in.
  const tabId = knownTabId ?? (await popup.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!));
  const reply = await sendFromPage(popup, 'takedown.fill', { tabId, ...extra });
  await popup.close();
  return reply;
}

/** Every text field of the page (and its same-origin frames), by name, as it stands. */
function fieldValues(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const read = (doc: Document) => {
      for (const field of Array.from(
        doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
          'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=submit]), textarea',
        ),
      )) {
        out[field.name] = field.value;
      }
      for (const frame of Array.from(doc.querySelectorAll('iframe'))) if (frame.contentDocument) read(frame.contentDocument);
    };
    read(document);
    return out;
  });
}

/** The panel is one attribute-less element after <body>, with a closed shadow root. */
const panelShown = (page: Page) =>
  page.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    return !!last && last !== document.body && last.localName === 'div' && last.attributes.length === 0 && last.shadowRoot === null;
  });

describe('filling removal forms in the built extension', () => {
  it('opens the X form and fills it as it loads when host access was granted at the click', async () => {
    const { page, answer } = await openForm(routeAt('x', 'https://help.x.com/en/forms/safety-and-sensitive-content/private-information'));
    expect(answer.reason).toBeUndefined();
    expect(answer.report?.host).toBe('help.x.com');
    expect(await fieldValues(page)).toEqual({
      Form_Urls: `${URL1}\n${URL2}`,
      Form_Description: VALUES.description,
      Form_Relationship: VALUES.relationship,
      Form_Name: VALUES.legalName,
      Form_Email: VALUES.email,
      Form_Username: '',
      Form_Signature: VALUES.signature,
    });
    // The page's own script heard every value as typed input (React-style forms register it).
    expect(await page.evaluate(() => (window as unknown as { __seen: Record<string, string> }).__seen)).toMatchObject({
      'f-name': VALUES.legalName,
      'f-mail': VALUES.email,
    });
    expect(answer.report?.unfilled.map((entry) => entry.key)).toEqual(['phone', 'address', 'date']);
    expect(answer.report?.elapsedMs).toBeLessThan(3_000);
    expect(await panelShown(page)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.innerHTML.includes('requests@example.org'))).toBe(false);
    await page.close();
  });

  it('fills both steps of a two-step form: the second step’s fields when they appear after “Next”', async () => {
    const { page, answer } = await openForm(routeAt('google_search', 'https://support.google.com/legal/troubleshooter/1114905'));
    expect(answer.report?.filled.map((field) => field.key)).toEqual(['legalName', 'email']);
    await page.click('#next');
    await waitFor(async () => (await fieldValues(page)).signature === VALUES.signature, 'the second step to be filled', 5_000);
    expect(await fieldValues(page)).toEqual({
      full_name: VALUES.legalName,
      contact_email: VALUES.email,
      country: '',
      urls: `${URL1}\n${URL2}`,
      explanation: VALUES.description,
      signature: VALUES.signature,
      signed_date: VALUES.date,
    });
    await page.close();
  });

  it('without host access, opens the form, says how to fill it, and the toolbar fills it', async () => {
    const { page, answer } = await openForm(routeAt('reddit', removalRoutes('reddit')[0]!.url!));
    expect(answer.report).toBeNull();
    expect(answer.reason).toContain('Fill in this form');
    await page.waitForSelector('#new_request');
    expect(await panelShown(page)).toBe(false);
    const reply = await fillFromToolbar(page, answer.tabId); // the tab's kept values
    expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
    expect(await fieldValues(page)).toEqual({
      'request[anonymous_requester_email]': VALUES.email,
      'request[website]': '',
      hp_field: '',
      'request[subject]': '',
      'request[custom_fields][1]': URL1,
      'request[custom_fields][2]': '',
      'request[description]': VALUES.description,
      'request[custom_fields][3]': VALUES.legalName,
    });
    const report = reply.value as FillReport;
    expect(report.unfilled).toContainEqual({ key: 'contentUrl', value: URL2 });
    expect(report.skipped.map((entry) => entry.reason)).toEqual(expect.arrayContaining(['hidden (off-screen)', 'hidden', 'not something Preserve fills']));
    expect(await panelShown(page)).toBe(true);
    await page.close();
  });

  const TOOLBAR_CASES: Array<{ platform: string; url: string; ready: string; expected: Record<string, string> }> = [
    {
      platform: 'facebook',
      url: 'https://www.facebook.com/help/contact/567360146613371',
      ready: 'form',
      expected: { link: URL1, name: VALUES.legalName!, email: VALUES.email!, confirm: VALUES.email!, details: VALUES.description!, profile: '' },
    },
    {
      platform: 'instagram',
      url: 'https://help.instagram.com/contact/584460464982589',
      ready: 'iframe',
      expected: { Field1: VALUES.legalName!, Field2: VALUES.email!, Field3: URL1, Field4: VALUES.relationship!, Field5: '' },
    },
    {
      platform: 'tiktok',
      url: 'https://www.tiktok.com/legal/report/privacy',
      ready: 'form',
      expected: { name: VALUES.legalName!, email: VALUES.email!, phone: VALUES.phone!, link: URL1, desc: VALUES.description!, handle: '' },
    },
    {
      platform: 'pornhub',
      url: 'https://www.pornhub.com/content-removal',
      ready: 'form',
      expected: { a: VALUES.legalName!, b: VALUES.email!, c1: URL1, c2: URL2, d: VALUES.description!, e_check: '' },
    },
    {
      platform: 'onlyfans',
      url: 'https://onlyfans.com/dmca',
      ready: 'form',
      expected: {
        n: VALUES.legalName!,
        c: '',
        a: VALUES.address!,
        p: VALUES.phone!,
        e: VALUES.email!,
        u: `${URL1}\n${URL2}`,
        w: VALUES.description!,
        s: VALUES.signature!,
        d: VALUES.date!,
      },
    },
  ];

  it.each(TOOLBAR_CASES)('fills the $platform form from the toolbar with exactly the right values', async ({ platform, url, ready, expected }) => {
    const { page, answer } = await openForm(routeAt(platform, url));
    await page.waitForSelector(ready);
    if (ready === 'iframe') await page.waitForFunction(() => !!document.querySelector('iframe')?.contentDocument?.querySelector('input'));
    const reply = await fillFromToolbar(page, answer.tabId);
    expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
    expect(await fieldValues(page)).toEqual(expected);
    if (platform === 'onlyfans') expect(await page.$eval('input[name=perjury]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    if (platform === 'instagram') expect((reply.value as FillReport).filled[0]?.frameUrl).toBe('https://help.instagram.com/contact/584460464982589/form');
    await page.close();
  });

  it('fills nothing and shows no panel on a look-alike host', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://help.x.com.evil.test/en/forms/safety-and-sensitive-content/private-information');
    await page.waitForSelector('#f-name');
    const route = routeAt('x', 'https://help.x.com/en/forms/safety-and-sensitive-content/private-information');
    const reply = await fillFromToolbar(page, null, { route, values: VALUES, caseId: 'case-1' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-a-form' } });
    expect(Object.values(await fieldValues(page)).every((value) => value === '')).toBe(true);
    expect(await panelShown(page)).toBe(false);
    await page.close();
  });

  it('never submitted anything: the fixture server saw no POST and no /submit', () => {
    expect(server.requests.length).toBeGreaterThan(8);
    expect(server.requests.filter((request) => request.method !== 'GET' || request.path === '/submit')).toEqual([]);
  });
});
