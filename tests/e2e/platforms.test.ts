import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { paceCaptures } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

// Real platform addresses, served from saved pages on this machine (host-resolver rules + TLS).
const PAGES: Record<string, Record<string, string>> = {
  'www.reddit.com': { '/r/colors/comments/b4d5xm/literally_nothing_black_edition/': 'reddit/reddit-3.html' },
  'x.com': {
    '/realDonaldTrump/status/1222907250383245320': 'x/x-1.html',
    '/realDonaldTrump': 'x/logged-out-wall-handmade.html',
  },
};

let server: FixtureServer;
let session: ExtensionSession;
let store: Page;

beforeAll(async () => {
  server = await startFixtureServer(Object.fromEntries(Object.entries(PAGES).map(([host, paths]) => [host, (path: string) => paths[path] ?? null])));
  session = await launchWithExtension(E2E_BUILD, { hostRules: Object.keys(PAGES).map((host) => `MAP ${host} 127.0.0.1:${server.port}`) });
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the page and the real popup over it, spaced from the last capture since the test may save. */
async function popupLabelFor(url: string) {
  await paceCaptures();
  return popupOver(url);
}

/** The real popup over the page, once it has named the page (for tests that only read the popup). */
async function popupOver(url: string) {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const popup = await openPopup(session, page);
  const label = await (await popup.waitForSelector('[data-testid="page-label"]'))!.evaluate((element) => element.textContent);
  return { page, popup, label };
}

describe('platform detection and extraction in the real popup', () => {
  it('names a Reddit post and its author, and stores what the page claims', async () => {
    const url = 'https://www.reddit.com/r/colors/comments/b4d5xm/literally_nothing_black_edition/';
    const { page, popup, label } = await popupLabelFor(url);
    expect(label).toBe('Reddit post by u/thatrandomretard');
    await popup.waitForFunction(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === false);
    await popup.click('::-p-aria(Save evidence)');
    await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
    const capture = (await dumpStore(store)).captures.at(-1)!;
    expect(capture.observed.tabUrl).toBe(url);
    expect(capture.claimed?.platform).toMatchObject({ platform: { id: 'reddit', name: 'Reddit' }, kind: 'post', postId: 'b4d5xm' });
    expect(capture.claimed?.post).toMatchObject({ postId: 'b4d5xm', author: { handle: 'u/thatrandomretard' } });
    await page.close();
  });

  it('names an X post with its author, post id and the time the page claims', async () => {
    const url = 'https://x.com/realDonaldTrump/status/1222907250383245320';
    const { page, popup, label } = await popupLabelFor(url);
    expect(label).toBe('X post by @realDonaldTrump');
    await popup.waitForFunction(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === false);
    await popup.click('::-p-aria(Save evidence)');
    await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
    const capture = (await dumpStore(store)).captures.at(-1)!;
    expect(capture.claimed?.post).toMatchObject({
      postId: '1222907250383245320',
      author: { name: 'Donald J. Trump', handle: '@realDonaldTrump' },
      publishedAt: '2020-01-30T15:39:43.000Z',
    });
    expect(capture.claimed?.post?.text).toContain('Schiff blasted for not focusing on California homeless.');
    await page.close();
  });

  it('names an X profile behind a login wall', async () => {
    const { page, popup, label } = await popupLabelFor('https://x.com/realDonaldTrump');
    expect(label).toBe('X profile @realDonaldTrump');
    await popup.close();
    await page.close();
  });

  it('offers "Full page" first on a post and "Visible part" on a profile, and keeps what the person picks', async () => {
    const modes = (popup: Page) =>
      popup.$$eval('.mode-choice input[name="mode"]', (inputs) =>
        (inputs as HTMLInputElement[]).map((input) => ({ value: input.value, checked: input.checked, disabled: input.disabled })),
      );
    // The label is drawn from the same detection the default comes from, so by then the default is settled.
    const post = await popupOver('https://www.reddit.com/r/colors/comments/b4d5xm/literally_nothing_black_edition/');
    expect(post.label).toBe('Reddit post by u/thatrandomretard');
    expect(await modes(post.popup)).toEqual([
      { value: 'visible', checked: false, disabled: false },
      { value: 'full', checked: true, disabled: false },
    ]);
    expect(await post.popup.$eval('.mode-choice input:checked', (input) => input.parentElement?.textContent?.trim())).toBe('Full page');
    // The person's choice wins over the default.
    await post.popup.click('::-p-text(Visible part)');
    expect((await modes(post.popup)).map((mode) => mode.checked)).toEqual([true, false]);
    await post.popup.close();
    await post.page.close();

    const xPost = await popupOver('https://x.com/realDonaldTrump/status/1222907250383245320');
    expect(xPost.label).toBe('X post by @realDonaldTrump');
    expect((await modes(xPost.popup)).map((mode) => mode.checked)).toEqual([false, true]);
    await xPost.popup.close();
    await xPost.page.close();

    const profile = await popupOver('https://x.com/realDonaldTrump');
    expect(profile.label).toBe('X profile @realDonaldTrump');
    expect(await modes(profile.popup)).toEqual([
      { value: 'visible', checked: true, disabled: false },
      { value: 'full', checked: false, disabled: false },
    ]);
    expect(await profile.popup.$eval('.mode-choice input:checked', (input) => input.parentElement?.textContent?.trim())).toBe('Visible part');
    await profile.popup.close();
    await profile.page.close();
  });

  it('shows the platform and the post facts on the options page, labelled as the page’s claims', async () => {
    // Its own capture of the X post, so it does not lean on the test above.
    const { page, popup } = await popupLabelFor('https://x.com/realDonaldTrump/status/1222907250383245320');
    await popup.waitForFunction(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === false);
    await popup.click('::-p-aria(Save evidence)');
    await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
    await page.close();
    const capture = (await dumpStore(store)).captures.at(-1)!;
    expect(capture.claimed?.platform?.platform.id).toBe('x');
    const options = await openOptions(session, `#capture/${capture.id}`);
    await options.waitForSelector('.claimed');
    const claimed = await options.$eval('.claimed', (element) => element.textContent ?? '');
    expect(claimed).toContain('X (post)');
    expect(claimed).toContain('1222907250383245320');
    expect(claimed).toContain('2020-01-30T15:39:43.000Z');
    expect(await options.$eval('h2', (element) => element.textContent)).toBe('X post by @realDonaldTrump');
    await options.close();
  });
});
