import type { ChatMessage } from '../../shared/conversation';

export type KeyedMessage = ChatMessage & { key: string };

/**
 * Adds what the page shows after scrolling further back to the messages already read. Apps remove
 * messages far from view and re-draw the rest, so a later read is aligned on where it overlaps the
 * earlier ones (keys may repeat: "ok" twice at the same minute), not matched key by key. A read
 * that shares nothing with what was known leaves a possible gap, which the caller reports. Where
 * they overlap, the later read wins: it shows more of the page above each message (the time
 * separator or sender header of its group).
 */
export function mergeOlder(known: KeyedMessage[], seen: KeyedMessage[]): { messages: KeyedMessage[]; gap: boolean } {
  if (!known.length) return { messages: [...seen], gap: false };
  if (!seen.length) return { messages: known, gap: false };
  const inside = runAt(known, seen);
  if (inside >= 0) return { messages: [...known.slice(0, inside), ...seen, ...known.slice(inside + seen.length)], gap: false };
  for (let start = 0; start < seen.length; start++) {
    if (runMatches(seen, start, known)) return { messages: [...seen, ...known.slice(seen.length - start)], gap: false };
  }
  return { messages: [...seen, ...known], gap: true };
}

/** seen[start…] and the start of `known` agree for as long as both go. */
function runMatches(seen: KeyedMessage[], start: number, known: KeyedMessage[]): boolean {
  const length = Math.min(seen.length - start, known.length);
  for (let i = 0; i < length; i++) if (seen[start + i]!.key !== known[i]!.key) return false;
  return true;
}

/** Where every message of `seen`, in order, already is in `known` (nothing older was shown), or -1. */
function runAt(known: KeyedMessage[], seen: KeyedMessage[]): number {
  for (let at = 0; at + seen.length <= known.length; at++) {
    if (seen.every((message, i) => known[at + i]!.key === message.key)) return at;
  }
  return -1;
}
