import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatScroll, ChatSnapshot } from '../../../src/content/conversation/conversation-page';

// A fake chat page: a list `height` tall in a `client`-tall screen, scrolled by the loop's calls.
// Every call the loop makes is recorded, so a test can see whether it waited at the top.
const page = vi.hoisted(() => ({
  state: { top: 0, height: 0, client: 0, beginning: false, scrolls: true },
  calls: [] as string[],
  shots: 0,
}));
vi.mock('../../../src/capture/capture-screenshot', () => ({
  captureVisibleTabPng: async () => {
    page.shots++;
    return 'data:image/png;base64,iVBORw0KGgo=';
  },
}));
vi.mock('../../../src/capture/conversation/conversation-page-calls', () => ({
  callConversationPage: async (_tab: number, op: string, arg?: number) => {
    page.calls.push(op);
    const s = page.state;
    const scroll = (): ChatScroll => ({
      scroller: 'element',
      top: s.top,
      height: s.height,
      client: s.client,
      rect: { x: 0, y: 0, width: 300, height: s.client },
      beginning: s.top <= 0.5 && s.beginning,
    });
    if (op === 'back') s.top = Math.max(0, s.top - (s.client - (arg ?? 0)));
    if (op === 'restore') s.top = Math.max(0, s.height - s.client - (arg ?? 0));
    if (op === 'read') {
      const snapshot: ChatSnapshot = {
        view: { platform: 'discord', name: 'Discord', conversationId: '1' },
        otherAccount: {},
        messages: [{ key: 'a', sender: 'Mara V', text: 'hello', media: [] }],
        scroll: s.scrolls ? scroll() : null,
      };
      return snapshot;
    }
    return op === 'restore' ? null : scroll();
  },
}));
const { scrollBackConversation } = await import('../../../src/capture/conversation/scroll-back-conversation');

const request = (signal = new AbortController().signal) => ({
  tabId: 1,
  windowId: 1,
  range: { kind: 'loaded', limit: 100 } as const,
  signal,
  limits: { olderWaitMs: 400 },
});

describe('scrollBackConversation', () => {
  beforeEach(() => {
    page.calls = [];
    page.shots = 0;
  });

  it("stops at once where the app shows the conversation's start, without waiting for more", async () => {
    page.state = { top: 500, height: 1000, client: 500, beginning: true, scrolls: true };
    const result = await scrollBackConversation(request());
    // Each screen repeats 24 px of the one before, so no line falls between two.
    expect(result.tiles.map((tile) => tile.rect.y)).toEqual([500, 24, 0]);
    expect(page.calls).not.toContain('where');
    expect(result.coverage).toMatchObject({ tiles: 3, coveredHeight: 1000, totalHeight: 1000, complete: true });
  });

  it('waits, within its bound, at the top of an app that shows no such sign', async () => {
    page.state = { top: 500, height: 1000, client: 500, beginning: false, scrolls: true };
    const result = await scrollBackConversation(request());
    expect(page.calls.filter((call) => call === 'where').length).toBeGreaterThan(0);
    expect(result.coverage).toMatchObject({ tiles: 3, complete: true });
  });

  it('photographs a conversation that fits on one screen, and the screen of a page whose list it cannot find', async () => {
    page.state = { top: 0, height: 400, client: 400, beginning: true, scrolls: true };
    expect((await scrollBackConversation(request())).coverage).toMatchObject({ tiles: 1, coveredHeight: 400, totalHeight: 400, complete: true });
    page.state = { top: 0, height: 400, client: 400, beginning: false, scrolls: false };
    const lost = await scrollBackConversation(request());
    expect(lost.tiles).toHaveLength(1);
    expect(lost.coverage).toMatchObject({ tiles: 1, complete: false, stoppedBecause: 'Preserve could not find the list of messages that scrolls' });
  });

  it('Cancel during the wait at the top is a cancel, not the start of the conversation', async () => {
    page.state = { top: 0, height: 400, client: 400, beginning: false, scrolls: true };
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    const result = await scrollBackConversation(request(cancel.signal));
    expect(result.coverage).toMatchObject({ tiles: 1, complete: false, stoppedBecause: 'cancelled' });
  });
});
