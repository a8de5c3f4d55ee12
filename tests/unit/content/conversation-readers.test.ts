// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_READERS } from '../../../src/content/conversation/chat-readers';
import { chatViewAt } from '../../../src/content/conversation/chat-view-at';
import type { ChatView } from '../../../src/shared/conversation';

const CHATS = resolve(import.meta.dirname, '../../fixtures/chats');

// The fixtures' conversation (tests/fixtures/chats/*): 36 messages, 3 minutes… 7 minutes apart
// from 2026-03-03T20:00Z; every third one is the person's own; the newest 12 are in the page and
// the older 24 wait in <template id="older"> until the list is scrolled to the top.
const PHRASES = ['hey, are you there?', 'I saw what you posted', 'please take it down', 'why are you doing this', 'ok', 'I need you to delete it now'];
const EXTRA = ['this is not okay', 'you have until tonight', 'I am keeping a record of this', 'ok', 'send the money or everyone sees it', 'I will report this'];
function expected(i: number) {
  const phrase = [...PHRASES, ...EXTRA][i % 12]!;
  return {
    text: phrase === 'ok' ? 'ok' : `${String(i + 1).padStart(2, '0')} ${phrase}`,
    outgoing: i % 3 === 2,
    time: new Date(Date.UTC(2026, 2, 3, 20, 7 * i)).toISOString(),
  };
}

function load(file: string, url: string, everything = false): { doc: Document; view: ChatView; url: URL } {
  const doc = new DOMParser().parseFromString(readFileSync(resolve(CHATS, file), 'utf8'), 'text/html');
  if (everything) {
    // As if every older batch had been loaded: the template's messages go above the others.
    const older = doc.getElementById('older') as HTMLTemplateElement;
    const first = doc.querySelector(
      '[data-list-id="chat-messages"], .bubbles-inner, [data-testid="DmScrollerContainer"], [role="grid"] .rows, [aria-label="Chat messages"]',
    )!;
    first.prepend(...Array.from(older.content.children));
  }
  const view = chatViewAt(url);
  if (!view) throw new Error(`${url} is not a chat view`);
  return { doc, view, url: new URL(url) };
}

function read(file: string, address: string, everything = false) {
  const { doc, view, url } = load(file, address, everything);
  const reader = CHAT_READERS[view.platform];
  return { messages: reader.messages(doc, url), account: reader.otherAccount(doc, view), scroller: reader.scroller(doc), doc };
}

describe('chat readers against their fixtures', () => {
  it('Discord: ids, senders carried over follow-ups, times, attachments and the other account id', () => {
    const { messages, account, scroller } = read('discord/direct-message.html', 'https://discord.com/channels/@me/1100000000000000001');
    expect(scroller?.getAttribute('data-jump-section')).toBe('global');
    expect(messages).toHaveLength(12);
    expect(messages.map((m) => m.text)).toEqual(Array.from({ length: 12 }, (_, k) => expected(24 + k).text));
    expect(messages[0]).toMatchObject({ key: 'discord:1200000000000000024', sender: 'Mara V', senderId: '800000000000000002', claimedTime: expected(24).time });
    expect(messages.find((m) => m.text === expected(26).text)).toMatchObject({ sender: 'you_here', senderId: '900000000000000001' });
    // 25 follows 24 from the same person, without a header of its own.
    expect(messages[1]).toMatchObject({ sender: 'Mara V', claimedTime: expected(25).time });
    expect(account).toEqual({ name: 'Mara V', id: '800000000000000002' });
    const all = read('discord/direct-message.html', 'https://discord.com/channels/@me/1100000000000000001', true).messages;
    expect(all).toHaveLength(36);
    expect(all[20]!.media).toEqual([
      'https://cdn.discordapp.com/attachments/1100000000000000001/1300000000000000001/photo.png',
      'https://media.discordapp.net/attachments/1100000000000000001/1300000000000000001/photo.png?width=400',
    ]);
  });

  it('Telegram Web K: message ids, in and out, Unix times, blob: media, and the peer id from the header', () => {
    const { messages, account, scroller } = read('telegram/web-k.html', 'https://web.telegram.org/k/#123456789');
    expect(scroller?.classList.contains('scrollable-y')).toBe(true);
    expect(messages).toHaveLength(12);
    expect(messages[0]).toEqual({
      key: 'telegram:1024',
      sender: 'Mara V',
      outgoing: false,
      claimedTime: expected(24).time,
      text: expected(24).text,
      media: [],
    });
    expect(messages[2]).toMatchObject({ sender: 'You', outgoing: true, text: expected(26).text });
    expect(account).toEqual({ name: 'Mara V', id: '123456789' });
    const all = read('telegram/web-k.html', 'https://web.telegram.org/k/#123456789', true).messages;
    expect(all[20]!.media).toEqual(['blob:https://web.telegram.org/7f0c2a8e-1111-2222-3333-444455556666']);
  });

  it('X: entries by sender, time and text, the other id from the conversation id and the twid cookie', () => {
    const { messages, account, scroller, doc } = read('x/conversation.html', 'https://x.com/messages/1900000000000000001-1900000000000000002');
    expect(scroller?.getAttribute('data-testid')).toBe('DmActivityViewport');
    expect(messages.map((m) => [m.sender, m.outgoing, m.claimedTime, m.text])).toEqual(
      Array.from({ length: 12 }, (_, k) => {
        const e = expected(24 + k);
        return [e.outgoing ? 'You' : 'Mara V', e.outgoing, e.time, e.text];
      }),
    );
    expect(account).toEqual({ name: 'Mara V', handle: '@mara_v' });
    // The fixture's inline script sets twid; happy-dom does not run it, so set it as the page would.
    doc.cookie = 'twid=u%3D1900000000000000001';
    const view = chatViewAt('https://x.com/messages/1900000000000000001-1900000000000000002')!;
    expect(CHAT_READERS.x.otherAccount(doc, view)).toEqual({ name: 'Mara V', handle: '@mara_v', id: '1900000000000000002' });
  });

  it('Instagram: "You sent" headings, times from the separators, photos but not profile pictures, the handle', () => {
    const { messages, account, scroller } = read('instagram/direct-thread.html', 'https://www.instagram.com/direct/t/340282366841710300949128123456789012/');
    expect(scroller?.getAttribute('role')).toBe('grid');
    expect(messages.map((m) => m.text)).toEqual(Array.from({ length: 12 }, (_, k) => expected(24 + k).text));
    expect(messages[0]).toMatchObject({ sender: 'Mara V', outgoing: false, claimedTime: 'Mar 3, 2026, 10:48 PM' });
    expect(messages[2]).toMatchObject({ sender: 'You', outgoing: true });
    expect(messages[0]!.media).toEqual([]);
    expect(account).toEqual({ name: 'Mara V', handle: '@mara.v' });
    const all = read('instagram/direct-thread.html', 'https://www.instagram.com/direct/t/340282366841710300949128123456789012/', true).messages;
    expect(all).toHaveLength(36);
    expect(all[20]!.media).toEqual(['https://scontent.cdninstagram.com/v/t51.2885-15/photo_n.jpg']);
  });

  it('Messenger: the same grid, and the other account id from the header link', () => {
    const { messages, account } = read('messenger/thread.html', 'https://www.messenger.com/t/100000000000123/');
    expect(messages.map((m) => [m.sender, m.text])).toEqual(
      Array.from({ length: 12 }, (_, k) => [expected(24 + k).outgoing ? 'You' : 'Mara V', expected(24 + k).text]),
    );
    expect(account).toEqual({ name: 'Mara V', id: '100000000000123' });
  });

  it('Snapchat: senders from the group headers ("ME" is you), dates, and the display and user name', () => {
    const { messages, account, scroller } = read('snapchat/web-chat.html', 'https://web.snapchat.com/7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33');
    expect(scroller?.querySelector('[aria-label="Chat messages"]')).not.toBeNull();
    expect(messages.map((m) => [m.sender, m.text])).toEqual(
      Array.from({ length: 12 }, (_, k) => [expected(24 + k).outgoing ? 'You' : 'MARA V', expected(24 + k).text]),
    );
    expect(messages[0]!.claimedTime).toBe(expected(24).time);
    expect(account).toEqual({ name: 'Mara V', handle: '@mara.v22' });
  });

  it('reads no message that the page has not drawn yet (the older ones still in the template)', () => {
    for (const [file, url] of [
      ['discord/direct-message.html', 'https://discord.com/channels/@me/1100000000000000001'],
      ['telegram/web-k.html', 'https://web.telegram.org/k/#123456789'],
    ] as const) {
      expect(read(file, url).messages.some((m) => m.text === expected(0).text)).toBe(false);
      expect(read(file, url, true).messages[0]!.text).toBe(expected(0).text);
    }
  });
});

describe("each app's sign that the conversation starts here", () => {
  const LISTS = '[data-list-id="chat-messages"], [data-testid="DmScrollerContainer"], [role="grid"] .rows';
  it.each([
    ['discord/direct-message.html', 'https://discord.com/channels/@me/1100000000000000001'],
    ['instagram/direct-thread.html', 'https://www.instagram.com/direct/t/340282366841710300949128123456789012/'],
    ['messenger/thread.html', 'https://www.messenger.com/t/100000000000123/'],
    ['x/conversation.html', 'https://x.com/messages/1900000000000000001-1900000000000000002'],
  ])('%s: shown only once nothing older is left, and never from a message quoting it', (file, address) => {
    const { doc, view } = load(file, address, true);
    const reader = CHAT_READERS[view.platform];
    expect(reader.beginning?.(doc)).toBe(false);
    const list = doc.querySelector(LISTS)!;
    // A message that says the words is still a message.
    const quoting = doc.querySelector('#beginning') as HTMLTemplateElement;
    const last = list.lastElementChild!;
    const text = last.querySelector('[id^="message-content-"], [data-testid="tweetText"], [dir="auto"]')!;
    text.innerHTML = quoting.innerHTML;
    expect(reader.beginning?.(doc)).toBe(false);
    list.prepend(quoting.content.cloneNode(true));
    expect(reader.beginning?.(doc)).toBe(true);
  });

  it('Telegram and Snapchat show none: the wait at the top decides', () => {
    expect(CHAT_READERS.telegram.beginning).toBeUndefined();
    expect(CHAT_READERS.snapchat.beginning).toBeUndefined();
  });
});

describe('chatViewAt', () => {
  it.each([
    ['https://www.instagram.com/direct/t/340282366841710300949128123456789012/', 'instagram', '340282366841710300949128123456789012'],
    ['https://www.messenger.com/t/100000000000123', 'messenger', '100000000000123'],
    ['https://www.messenger.com/e2ee/t/7654321098765432', 'messenger', '7654321098765432'],
    ['https://www.facebook.com/messages/t/100000000000123/', 'messenger', '100000000000123'],
    ['https://x.com/messages/1900000000000000001-1900000000000000002', 'x', '1900000000000000001-1900000000000000002'],
    ['https://twitter.com/messages/1900000000000000001-1900000000000000002', 'x', '1900000000000000001-1900000000000000002'],
    ['https://discord.com/channels/@me/1100000000000000001', 'discord', '1100000000000000001'],
    ['https://discord.com/channels/302094807046684672/1306705919916249098', 'discord', '1306705919916249098'],
    ['https://web.telegram.org/k/#123456789', 'telegram', '123456789'],
    ['https://web.telegram.org/a/#-1001234567890', 'telegram', '-1001234567890'],
    ['https://web.telegram.org/k/#@mara_v', 'telegram', '@mara_v'],
    ['https://web.snapchat.com/7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33', 'snapchat', '7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33'],
    ['https://www.snapchat.com/web/7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33', 'snapchat', '7c3e2a10-9d4f-4b61-8d2a-5f0e9c1b2a33'],
  ])('%s is a %s conversation', (url, platform, conversationId) => {
    expect(chatViewAt(url)).toMatchObject({ platform, conversationId });
  });

  it.each([
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/p/BqvsDleB3lV/',
    'https://x.com/messages',
    'https://x.com/mara_v',
    'https://discord.com/channels/@me',
    'https://discord.com/channels/302094807046684672/1306705919916249098/1306706528786583623',
    'https://web.telegram.org/k/',
    'https://www.snapchat.com/@spez',
    'https://instagram.com.evil.example/direct/t/123/',
    'https://notdiscord.com/channels/@me/1100000000000000001',
    'http://discord.com/channels/@me/1100000000000000001',
    'not a url',
  ])('%s is not one', (url) => {
    expect(chatViewAt(url)).toBeNull();
  });
});
