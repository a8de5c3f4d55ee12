import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/shared/chain';
import type { CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { paceCaptures, sha256Hex } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, type StoreDump } from './support/store';

// Hand-made chat views (tests/fixtures/chats/) under their real hostnames. Each starts at the
// newest of 36 messages, loads older ones in batches when scrolled to the top, and records what
// the real apps would send to the other person: "typing" when the composer gets focus or a key,
// "seen" on a click in the list.
const CHATS: Record<string, Record<string, string>> = {
  'discord.com': { '/channels/@me/1100000000000000001': 'chats/discord/direct-message.html' },
  'web.telegram.org': { '/k/': 'chats/telegram/web-k.html' },
  'x.com': { '/messages/1900000000000000001-1900000000000000002': 'chats/x/conversation.html' },
  'www.instagram.com': { '/direct/t/340282366841710300949128123456789012/': 'chats/instagram/direct-thread.html' },
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
  session = await launchWithExtension(E2E_BUILD, { hostRules: Object.keys(CHATS).map((host) => `MAP ${host} 127.0.0.1:${server.port}`) });
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
  await paceCaptures();
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

function expectNobodyTold(result: Awaited<ReturnType<typeof captureConversation>>) {
  expect(result.chat.signals).toEqual([]);
  expect(result.chat.focusedEditable).toBe(false);
  expect(result.requests.filter((request) => /\/api\/(?:seen|typing)/.test(request.path))).toEqual([]);
}

describe('Capture conversation, through the real popup', () => {
  it('Discord: scrolls back through every batch the app loads and keeps each screen and every message', async () => {
    const result = await captureConversation('https://discord.com/channels/@me/1100000000000000001', 'loaded');
    const { capture, thread } = result;
    expect(thread.platform).toEqual({ id: 'discord', name: 'Discord' });
    expect(thread.otherAccount).toEqual({ name: 'Mara V', id: '800000000000000002' });
    expect(thread.messages.map((message) => message.text)).toEqual(Array.from({ length: 36 }, (_, i) => expected(i).text));
    expect(thread.messages.map((message) => message.claimedTime)).toEqual(Array.from({ length: 36 }, (_, i) => expected(i).time));
    expect(thread.messages.map((message) => message.sender)).toEqual(Array.from({ length: 36 }, (_, i) => (expected(i).outgoing ? 'you_here' : 'Mara V')));
    expect(thread.messages[20]!.media[0]).toBe('https://cdn.discordapp.com/attachments/1100000000000000001/1300000000000000001/photo.png');
    expect(thread.complete).toBe(true);
    // The three older batches were asked for by the page itself as it was scrolled.
    expect(result.requests.filter((request) => request.path === '/api/older')).toHaveLength(3);
    const tiles = capture.artifacts.filter((artifact) => artifact.kind === 'tile');
    expect(tiles.length).toBeGreaterThanOrEqual(3);
    expect(tiles.map((tile) => tile.index)).toEqual(tiles.map((_, i) => i));
    expect(capture.observed.coverage).toMatchObject({ mode: 'conversation', scroller: 'element', tiles: tiles.length, complete: true });
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    // Put back where the person had it: the newest message in view.
    expect(
      await result.page.evaluate(
        () =>
          document.querySelector('.scroller')!.scrollTop + document.querySelector('.scroller')!.clientHeight >=
          document.querySelector('.scroller')!.scrollHeight - 2,
      ),
    ).toBe(true);
    await result.page.close();
  });

  it('Telegram Web: "the last 50" from a list that drops messages far below, in order, with the peer id', async () => {
    const result = await captureConversation('https://web.telegram.org/k/#123456789', 'last-50');
    const { thread } = result;
    expect(thread.otherAccount).toEqual({ name: 'Mara V', id: '123456789' });
    // 36 exist: the range reaches the beginning and says the whole range is there.
    expect(thread.messages.map((message) => [message.sender, message.outgoing, message.claimedTime, message.text])).toEqual(
      Array.from({ length: 36 }, (_, i) => [expected(i).outgoing ? 'You' : 'Mara V', expected(i).outgoing, expected(i).time, expected(i).text]),
    );
    expect(thread.complete).toBe(true);
    expectNobodyTold(result);
    expectVerifies(result.capture, result.dump);
    await result.page.close();
  });

  it('X: the other account id from the conversation id and the twid cookie; every message of a 36-message conversation', async () => {
    const result = await captureConversation('https://x.com/messages/1900000000000000001-1900000000000000002', 'last-50');
    const { thread } = result;
    expect(thread.otherAccount).toEqual({ name: 'Mara V', handle: '@mara_v', id: '1900000000000000002' });
    expect(thread.messages).toHaveLength(36);
    expect(thread.messages.map((message) => [message.sender, message.claimedTime, message.text])).toEqual(
      Array.from({ length: 36 }, (_, i) => [expected(i).outgoing ? 'You' : 'Mara V', expected(i).time, expected(i).text]),
    );
    expect(thread.messages[20]!.media).toEqual(['https://ton.twitter.com/i/ton/data/dm/1900000000000000001/1900000000000000002/photo.jpg']);
    expectNobodyTold(result);
    expectVerifies(result.capture, result.dump);
    await result.page.close();
  });

  it('Instagram: Cancel keeps what was taken, marked partial, and it verifies', async () => {
    const result = await captureConversation('https://www.instagram.com/direct/t/340282366841710300949128123456789012/', 'loaded', async (popup) => {
      await popup.waitForSelector('::-p-text(Cancel)');
      await popup.click('::-p-text(Cancel)');
    });
    const { capture, thread } = result;
    expect(thread.complete).toBe(false);
    expect(thread.stoppedBecause).toContain('cancelled');
    expect(capture.observed.coverage).toMatchObject({ mode: 'conversation', complete: false, stoppedBecause: 'cancelled' });
    expect(capture.artifacts.filter((artifact) => artifact.kind === 'tile').length).toBeGreaterThanOrEqual(1);
    // The newest messages come first; what was read is in order and ends with the newest.
    expect(thread.messages.at(-1)!.text).toBe(expected(35).text);
    expect(thread.messages.length).toBeLessThan(36);
    expectNobodyTold(result);
    expectVerifies(capture, result.dump);
    await result.page.close();
  });
});
