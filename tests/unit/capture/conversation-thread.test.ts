import { describe, expect, it } from 'vitest';
import { limitAccount, limitMessage, THREAD_LIMITS } from '../../../src/content/conversation/limit-thread';
import { boundedRange, keepInRange, rangeReached } from '../../../src/capture/conversation/conversation-range';
import { type KeyedMessage, mergeOlder } from '../../../src/capture/conversation/merge-messages';
import { threadJson } from '../../../src/capture/conversation/thread-json';

const m = (key: string, extra: Partial<KeyedMessage> = {}): KeyedMessage => ({ key, sender: 'Mara', text: key, media: [], ...extra });
const keys = (list: KeyedMessage[]) => list.map((message) => message.key).join(' ');

describe('mergeOlder', () => {
  it('puts what scrolling back showed above what was read, aligned on the overlap', () => {
    const merged = mergeOlder([m('c'), m('d'), m('e')], [m('a'), m('b'), m('c'), m('d')]);
    expect(keys(merged.messages)).toBe('a b c d e');
    expect(merged.gap).toBe(false);
  });

  it('aligns on the whole overlap, not the first equal key ("ok" twice)', () => {
    const merged = mergeOlder([m('ok'), m('x'), m('y')], [m('ok'), m('q'), m('ok'), m('x')]);
    expect(keys(merged.messages)).toBe('ok q ok x y');
  });

  it('adds nothing when the read is inside what is known, and lets the later read refine it', () => {
    const merged = mergeOlder([m('a'), m('b'), m('c')], [m('b', { claimedTime: 'Mar 3' })]);
    expect(keys(merged.messages)).toBe('a b c');
    expect(merged.messages[1]!.claimedTime).toBe('Mar 3');
  });

  it('reports a gap when a read shares nothing with what was known', () => {
    const merged = mergeOlder([m('x'), m('y')], [m('a'), m('b')]);
    expect(keys(merged.messages)).toBe('a b x y');
    expect(merged.gap).toBe(true);
  });
});

describe('the range asked for', () => {
  const dated = [
    m('1', { claimedTime: '2026-03-01T10:00:00Z' }),
    m('2', { claimedTime: '2026-03-02T23:30:00Z' }),
    m('3'),
    m('4', { claimedTime: '2026-03-04T08:00:00Z' }),
  ];

  it('"the last N": reached at N messages, keeps the newest N', () => {
    expect(rangeReached(dated.slice(0, 2), { kind: 'last', count: 3 })).toBe(false);
    expect(rangeReached(dated, { kind: 'last', count: 3 })).toBe(true);
    expect(keys(keepInRange(dated, { kind: 'last', count: 3 }))).toBe('2 3 4');
  });

  it('"back to a date": reached once a message is older than that day; keeps from the first on or after it', () => {
    const since = { kind: 'since', date: '2026-03-03' } as const;
    expect(rangeReached(dated.slice(2), since)).toBe(false);
    expect(rangeReached(dated, since)).toBe(true);
    expect(keys(keepInRange(dated, since))).toBe('4');
    // A page with no readable dates cannot be cut at one: everything read is kept.
    expect(keys(keepInRange([m('a'), m('b')], since))).toBe('a b');
  });

  it('keeps every number within what Preserve holds', () => {
    expect(boundedRange({ kind: 'last', count: 1e9 })).toEqual({ kind: 'last', count: THREAD_LIMITS.messages });
    expect(boundedRange({ kind: 'loaded', limit: -4 })).toEqual({ kind: 'loaded', limit: 1 });
    expect(boundedRange({ kind: 'since', date: 'yesterday' })).toEqual({ kind: 'loaded', limit: THREAD_LIMITS.messages });
  });
});

describe('what a page can make the thread hold', () => {
  it('clips every string and list of a message, and drops what is not a message', () => {
    const message = limitMessage({
      sender: 's'.repeat(10_000),
      text: 't'.repeat(100_000),
      media: Array(500).fill('https://x/y'),
      senderId: 42,
      outgoing: 'yes',
    });
    expect(message!.sender.length).toBe(THREAD_LIMITS.short);
    expect(message!.text.length).toBe(THREAD_LIMITS.text);
    expect(message!.media).toHaveLength(THREAD_LIMITS.media);
    expect(message).not.toHaveProperty('senderId');
    expect(message).not.toHaveProperty('outgoing');
    expect(limitMessage('nope')).toBeNull();
    expect(limitAccount({ name: 'n'.repeat(999), id: 7 })).toEqual({ name: `${'n'.repeat(THREAD_LIMITS.short - 1)}…` });
  });

  it('writes thread.json as the page showed it, and leaves out the oldest past the size cap, saying so', () => {
    const view = { platform: 'discord', name: 'Discord', conversationId: '11' } as const;
    const base = {
      view,
      url: 'https://discord.com/channels/@me/11',
      otherAccount: { name: 'Mara', id: '8' },
      range: { kind: 'last', count: 2 } as const,
      complete: true,
    };
    const small = JSON.parse(new TextDecoder().decode(threadJson({ ...base, messages: [m('a'), m('b', { claimedTime: '2026-03-03T20:00:00.000Z' })] })));
    expect(small).toMatchObject({
      platform: { id: 'discord', name: 'Discord' },
      otherAccount: { name: 'Mara', id: '8' },
      range: { kind: 'last', count: 2, asked: 'the last 2 messages' },
      complete: true,
      messages: [
        { sender: 'Mara', text: 'a', media: [] },
        { sender: 'Mara', text: 'b', claimedTime: '2026-03-03T20:00:00.000Z', media: [] },
      ],
    });
    expect(small.about).toContain('as the page showed them');
    expect(small.messages[0]).not.toHaveProperty('key');
    const big = Array.from({ length: 1_200 }, (_, i) => m(String(i), { text: 'x'.repeat(THREAD_LIMITS.text) }));
    const clipped = JSON.parse(new TextDecoder().decode(threadJson({ ...base, messages: big })));
    expect(clipped.messages.length).toBeLessThan(1_200);
    expect(clipped.messages.at(-1).text).toBe(big.at(-1)!.text);
    expect(clipped.complete).toBe(false);
    expect(clipped.stoppedBecause).toMatch(/older messages were left out/);
  });
});
