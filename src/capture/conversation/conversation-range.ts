import { THREAD_LIMITS } from '../../content/conversation/limit-thread';
import type { ChatMessage, ConversationRange } from '../../shared/conversation';

/** The range as asked, its numbers kept within what Preserve will hold. */
export function boundedRange(range: ConversationRange): ConversationRange {
  const clamp = (n: number) => Math.min(THREAD_LIMITS.messages, Math.max(1, Math.floor(Number.isFinite(n) ? n : THREAD_LIMITS.messages)));
  if (range.kind === 'since') return /^\d{4}-\d{2}-\d{2}$/.test(range.date) ? range : { kind: 'loaded', limit: THREAD_LIMITS.messages };
  return range.kind === 'last' ? { kind: 'last', count: clamp(range.count) } : { kind: 'loaded', limit: clamp(range.limit) };
}

/** Whether scrolling back can stop: enough messages, or one from before the date. */
export function rangeReached(messages: ChatMessage[], range: ConversationRange): boolean {
  if (messages.length >= THREAD_LIMITS.messages) return true;
  if (range.kind === 'last') return messages.length >= range.count;
  if (range.kind === 'loaded') return messages.length >= range.limit;
  const start = startOf(range.date);
  return messages.some((message) => (timeOf(message) ?? Number.POSITIVE_INFINITY) < start);
}

/** The messages the range asks for, newest last. */
export function keepInRange<T extends ChatMessage>(messages: T[], range: ConversationRange): T[] {
  const cap = (list: T[]) => list.slice(-THREAD_LIMITS.messages);
  if (range.kind === 'last') return cap(messages.slice(-range.count));
  if (range.kind === 'loaded') return cap(messages.slice(-range.limit));
  const start = startOf(range.date);
  // From the first message the page dates on or after the day; undated ones after it stay.
  const first = messages.findIndex((message) => (timeOf(message) ?? Number.NEGATIVE_INFINITY) >= start);
  if (first >= 0) return cap(messages.slice(first));
  // A page that shows no readable dates cannot be cut at one: keep what was read.
  return cap(messages.some((message) => timeOf(message) !== undefined) ? [] : messages);
}

/** Plain words for the thread file and the popup: "the last 50 messages". */
export function describeRange(range: ConversationRange): string {
  if (range.kind === 'last') return `the last ${range.count} messages`;
  if (range.kind === 'since') return `messages since ${range.date}`;
  return `everything the app would load, up to ${range.limit} messages`;
}

/** Midnight at the start of the day, in this browser's time zone (the one the person sees). */
function startOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day!).getTime();
}

/** The page's time for a message, when it is one a date can be read from. */
function timeOf(message: ChatMessage): number | undefined {
  const parsed = message.claimedTime ? Date.parse(message.claimedTime) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
}
