import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/shared/chain';
import type { CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { sha256Hex } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, type StoreDump } from './support/store';

// Hand-made chat views (tests/fixtures/chats/) under their real hostnames. Each starts at the
// newest of 36 messages, loads older ones in batches when scrolled to the top, shows the app's
// start-of-conversation sign once nothing older is left, and records what the real apps would
// send to the other person: "typing" when the composer gets focus or a key, "seen" on a click in
// the list. `?older=` in the address sets how much history exists (tests/fixtures/chats/lazy-chat.js).
// Each screen costs half a second (Chrome's captureVisibleTab limit), so the window is sized for
// few screens: Discord's first 12 messages overflow it, each batch of 8 fits in one screen, and
// Instagram's, X's, Messenger's and Snapchat's 12 fit on one screen (a conversation that scrolls nowhere).
const CHATS: Record<string, Record<string, string>> = {
  'discord.com': { '/channels/@me/1100000000000000001': 'chats/discord/direct-message.html' },
  'web.telegram.org': { '/k/': 'chats/telegram/web-k.html' },
  'x.com': { '/messages/1900000000000000001-1900000000000000002': 'chats/x/conversation.html' },
  'www.instagram.com': { '/direct/t/340282366841710300949128123456789012/': 'chats/instagram/direct-thread.html' },
  'www.messenger.com': { '/t/100000000000123/': 'chats/messenger/thread.html' },
  'web.snapchat.com': { '/7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33': 'chats/snapchat/web-chat.html' },
};

const PHRASES = [
  'hey, are you there?',
  'I saw what you posted',
  'please take it down',
  'why are you doing this',
  'ok',
  'I need you to delete it now',
  'this is not okay',
  'you have until tonight',
  'I am keeping a record of this',
  'ok',
  'send the money or everyone sees it',
  'I will report this',
];
/** Message i of the fixtures' conversation: its text, whether it is the person's own, its time. */
function expected(i: number) {
  const phrase = PHRASES[i % 12]!;
  return {
    text: phrase === 'ok' ? 'ok' : `${String(i + 1).padStart(2, '0')} ${phrase}`,
    outgoing: i % 3 === 2,
    time: new Date(Date.UTC(2026, 2, 3, 20, 7 * i)).toISOString(),
  };
}

interface Thread {
  platform: { id: string; name: string };
  conversationId: string;
  otherAccount: { name?: string; handle?: string; id?: string };
  complete: boolean;
  stoppedBecause?: string;
  messages: Array<{ sender: string; senderId?: string; outgoing?: boolean; claimedTime?: string; text: string; media: string[] }>;
}

let server: FixtureServer;
let session: ExtensionSession;
let store: Page;

beforeAll(async () => {
  server = await startFixtureServer(
    Object.fromEntries(
      Object.entries(CHATS).map(([host, paths]) => [
        host,
        (path: string) => (path === '/__fixture/lazy-chat.js' ? 'chats/lazy-chat.js' : (paths[path] ?? null)),
      ]),
    ),
  );
  session = await launchWithExtension(E2E_BUILD, {
    args: ['--window-size=900,860'],
    hostRules: Object.keys(CHATS).map((host) => `MAP ${host} 127.0.0.1:${server.port}`),
  });
  store = await openOptions(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the chat, picks the range in the real popup, clicks "Capture conversation"; returns the new capture and its thread. */
async function captureConversation(url: string, choice: string, during?: (popup: Page) => Promise<void>) {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const before = (await dumpStore(store)).captures.length;
  const requestsBefore = server.requests.length;
  // No pacing here: the worker's one capture queue spaces every screenshot (src/capture/capture-scheduler.ts).
  const popup = await openPopup(session, page);
  await popup.waitForSelector('button.conversation-start');
  await popup.select('select[aria-label="How far back"]', choice);
  await popup.click('button.conversation-start');
  await during?.(popup);
  await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 40_000 });
  const dump = await dumpStore(store);
  expect(dump.captures).toHaveLength(before + 1);
  const capture = dump.captures.at(-1)!;
  const threadRef = capture.artifacts.find((artifact) => artifact.kind === 'thread')!;
  const thread = JSON.parse(dump.artifacts.get(threadRef.id)!.toString('utf8')) as Thread;
  const requests = server.requests.slice(requestsBefore);
  const chat = {
    signals: await page.evaluate(() => (window as unknown as { __chatSignals: string[] }).__chatSignals),
    focusedEditable: await page.evaluate(() => document.activeElement?.matches('[contenteditable], input, textarea') ?? false),
  };
  await popup.close();
  return { page, capture, thread, dump, requests, chat };
}

function expectVerifies(capture: CaptureRecord, dump: StoreDump) {
  for (const artifact of capture.artifacts) {
    const bytes = dump.artifacts.get(artifact.id);
    expect(bytes, artifact.name).toBeDefined();
    expect(sha256Hex(bytes!), artifact.name).toBe(artifact.sha256);
    expect(bytes!.byteLength).toBe(artifact.size);
  }
  expect(verifyChain(dump.captures)).toEqual([]);
}

/** Screens were photographed, numbered in order, each placed within the list, and the coverage says so. */
function expectTiles(capture: CaptureRecord, complete: boolean) {
  const tiles = capture.artifacts.filter((artifact) => artifact.kind === 'tile');
  expect(tiles.length).toBeGreaterThan(0);
  expect(tiles.map((tile) => tile.index)).toEqual(tiles.map((_, i) => i));
  expect(tiles.map((tile) => tile.name)).toEqual(tiles.map((_, i) => `conversation-${String(i + 1).padStart(3, '0')}.png`));
  const coverage = capture.observed.coverage!;
  expect(coverage).toMatchObject({ mode: 'conversation', scroller: 'element', tiles: tiles.length, complete });
  expect(coverage.coveredHeight).toBeGreaterThan(0);
  expect(coverage.coveredHeight).toBeLessThanOrEqual(coverage.totalHeight);
  for (const tile of tiles) {
    expect(tile.width! * tile.height!).toBeGreaterThan(0);
    expect(tile.rect!.y + tile.rect!.height).toBeLessThanOrEqual(coverage.totalHeight);
  }
  // Scrolling back: each screen sits higher in the list than the one before.
  const tops = tiles.map((tile) => tile.rect!.y);
  expect(tops).toEqual([...tops].sort((a, b) => b - a));
  if (complete) {
    expect(coverage.coveredHeight).toBe(coverage.totalHeight);
    expect(tops.at(-1)).toBe(0);
  }
  return tiles;
}

function expectNobodyTold(result: Awaited<ReturnType<typeof captureConversation>>) {
  expect(result.chat.signals).toEqual([]);
  expect(result.chat.focusedEditable).toBe(false);
  expect(result.requests.filter((request) => /\/api\/(?:seen|typing)/.test(request.path))).toEqual([]);
}

describe('Capture conversation, through the real popup', () => {
  it('Discord: scrolls back through two batches the app loads, stops at its "beginning of your history" and keeps each screen and every message', async () => {
    // 28 messages exist: 12 shown, two older batches of 8, then Discord's intro.
    const result = await captureConversation('https://discord.com/channels/@me/1100000000000000001?older=16', 'loaded');
    const { capture, thread } = result;
    const all = Array.from({ length: 28 }, (_, k) => expected(8 + k));
    expect(thread.platform).toEqual({ id: 'discord', name: 'Discord' });
    expect(thread.otherAccount).toEqual({ name: 'Mara V', id: '800000000000000002' });
    expect(thread.messages.map((message) => message.text)).toEqual(all.map((e) => e.text));
    expect(thread.messages.map((message) => message.claimedTime)).toEqual(all.map((e) => e.time));
    expect(thread.messages.map((message) => message.sender)).toEqual(all.map((e) => (e.outgoing ? 'you_here' : 'Mara V')));
    expect(thread.messages[20 - 8]!.media[0]).toBe('https://cdn.discordapp.com/attachments/1100000000000000001/1300000000000000001/photo.png');
    expect(thread.complete).toBe(true);
    expect(thread.stoppedBecause).toBeUndefined();
    // The two older batches were asked for by the page itself as it was scrolled, and no more.
    expect(result.requests.filter((request) => request.path === '/api/older')).toHaveLength(2);
    // The first screen, one per batch, and the top of the conversation.
    expect(expectTiles(capture, true).length).toBeGreaterThanOrEqual(3);
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    // Put back where the person had it: the newest message in view.
    expect(
      await result.page.evaluate(() => {
        const list = document.querySelector('.scroller')!;
        return list.scrollTop + list.clientHeight >= list.scrollHeight - 2;
      }),
    ).toBe(true);
    await result.page.close();
  });

  it('Instagram: a conversation that fits on one screen is one screen and every message, ending at the profile header', async () => {
    const result = await captureConversation('https://www.instagram.com/direct/t/340282366841710300949128123456789012/?older=none', 'last-50');
    const { capture, thread } = result;
    const all = Array.from({ length: 12 }, (_, k) => expected(24 + k));
    expect(thread.otherAccount).toEqual({ name: 'Mara V', handle: '@mara.v' });
    expect(thread.messages.map((message) => [message.sender, message.outgoing, message.text])).toEqual(
      all.map((e) => [e.outgoing ? 'You' : 'Mara V', e.outgoing, e.text]),
    );
    // Instagram shows times only on its separators, as text.
    expect(thread.messages[0]!.claimedTime).toBe('Mar 3, 2026, 10:48 PM');
    expect(thread.complete).toBe(true);
    expect(expectTiles(capture, true)).toHaveLength(1);
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    await result.page.close();
  });

  it('X: the other account id from the conversation id and the twid cookie; every message, senders and times', async () => {
    const result = await captureConversation('https://x.com/messages/1900000000000000001-1900000000000000002?older=none', 'last-50');
    const { capture, thread } = result;
    expect(thread.otherAccount).toEqual({ name: 'Mara V', handle: '@mara_v', id: '1900000000000000002' });
    expect(thread.messages.map((message) => [message.sender, message.claimedTime, message.text])).toEqual(
      Array.from({ length: 12 }, (_, k) => [expected(24 + k).outgoing ? 'You' : 'Mara V', expected(24 + k).time, expected(24 + k).text]),
    );
    expect(thread.complete).toBe(true);
    expectTiles(capture, true);
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    await result.page.close();
  });

  it('Messenger: scrolls back through the whole history to the profile header; senders, separator times, a photo and the other account id', async () => {
    // All 36 messages are in the page (?older=all): the list is taller than the window, so it takes
    // more than one screen, and the profile header above the first message ends it without a wait.
    const result = await captureConversation('https://www.messenger.com/t/100000000000123/?older=all', 'last-50');
    const { capture, thread } = result;
    const all = Array.from({ length: 36 }, (_, k) => expected(k));
    const separators = ['8:00', '8:42', '9:24', '10:06', '10:48', '11:30'].map((time) => `Mar 3, 2026, ${time} PM`);
    expect(thread.platform).toEqual({ id: 'messenger', name: 'Messenger' });
    expect(thread.conversationId).toBe('100000000000123');
    // The header links the profile by account id; the grid's label gives the name.
    expect(thread.otherAccount).toEqual({ name: 'Mara V', id: '100000000000123' });
    expect(thread.messages.map((message) => [message.sender, message.outgoing, message.claimedTime, message.text])).toEqual(
      all.map((e, k) => [e.outgoing ? 'You' : 'Mara V', e.outgoing, separators[Math.floor(k / 6)], e.text]),
    );
    // Message 21 carries a photo; the profile pictures beside Mara's messages are not media.
    expect(thread.messages.map((message) => message.media)).toEqual(
      all.map((_, k) => (k === 20 ? ['https://scontent.xx.fbcdn.net/v/t51.2885-15/photo_n.jpg'] : [])),
    );
    expect(thread.complete).toBe(true);
    expect(thread.stoppedBecause).toBeUndefined();
    expect(expectTiles(capture, true).length).toBeGreaterThanOrEqual(2);
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    await result.page.close();
  });

  it('Snapchat web: senders from the group headers, each group’s time, the display and user name; all the app gives', async () => {
    const result = await captureConversation('https://web.snapchat.com/7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33?older=none', 'last-50');
    const { capture, thread } = result;
    const all = Array.from({ length: 12 }, (_, k) => expected(24 + k));
    expect(thread.platform).toEqual({ id: 'snapchat', name: 'Snapchat' });
    // The page shows no account number: the conversation id in the address is what identifies the chat.
    expect(thread.conversationId).toBe('7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33');
    expect(thread.otherAccount).toEqual({ name: 'Mara V', handle: '@mara.v22' });
    // A header opens each run of messages from one sender; the messages under it share its time.
    const groupTimes = all.map((e, k) => (k > 0 && all[k - 1]!.outgoing === e.outgoing ? null : e.time));
    const shown = groupTimes.map((time, k) => time ?? groupTimes.slice(0, k).findLast((t) => t !== null));
    expect(thread.messages.map((message) => [message.sender, message.outgoing, message.claimedTime, message.text])).toEqual(
      all.map((e, k) => [e.outgoing ? 'You' : 'MARA V', e.outgoing, shown[k], e.text]),
    );
    // Snapchat shows no start-of-conversation sign: nothing more loading at the top ends it, after
    // the capture's 2 s wait for older messages (scroll-back-conversation.ts), which this test pays.
    expect(thread.complete).toBe(true);
    expect(result.requests.filter((request) => request.path.startsWith('/api/older'))).toEqual([]);
    expect(expectTiles(capture, true)).toHaveLength(1);
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    await result.page.close();
  });

  it('Telegram Web: Cancel keeps what was taken, in order with the peer id, marked partial, and it verifies', async () => {
    const result = await captureConversation('https://web.telegram.org/k/#123456789', 'loaded', async (popup) => {
      await popup.waitForSelector('::-p-text(Cancel)');
      await popup.click('::-p-text(Cancel)');
    });
    const { capture, thread } = result;
    expect(thread.complete).toBe(false);
    expect(thread.stoppedBecause).toContain('cancelled');
    expect(capture.observed.coverage).toMatchObject({ stoppedBecause: 'cancelled' });
    expectTiles(capture, false);
    expect(thread.otherAccount).toEqual({ name: 'Mara V', id: '123456789' });
    // The newest messages come first; what was read is in order and ends with the newest.
    expect(thread.messages.length).toBeGreaterThan(0);
    expect(thread.messages.length).toBeLessThan(36);
    const from = 36 - thread.messages.length;
    expect(thread.messages.map((message) => [message.sender, message.outgoing, message.claimedTime, message.text])).toEqual(
      Array.from({ length: thread.messages.length }, (_, k) => {
        const e = expected(from + k);
        return [e.outgoing ? 'You' : 'Mara V', e.outgoing, e.time, e.text];
      }),
    );
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    await result.page.close();
  });
});
