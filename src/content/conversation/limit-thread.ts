import type { ChatMessage, OtherAccount } from '../../shared/conversation';
import { CLAIM_LIMITS, clipText } from '../limit-claims';

/**
 * How much of a conversation Preserve keeps. A page must not make a capture unbounded: 5,000
 * messages, 4,000 characters of text each, and 4 Mi characters in all (a 5,000-message thread of
 * ordinary chat, ~80 characters a message, is ~1 Mi characters with its senders and times).
 */
export const THREAD_LIMITS = {
  messages: 5_000,
  text: 4_000,
  short: CLAIM_LIMITS.short,
  url: CLAIM_LIMITS.url,
  media: 20,
  totalChars: 4 * 1024 * 1024,
} as const;

/** Rebuilds a message from an untrusted value, every string clipped; null for a non-object. */
export function limitMessage(value: unknown): ChatMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const message: ChatMessage = {
    sender: clip(raw.sender, THREAD_LIMITS.short) ?? '',
    text: clip(raw.text, THREAD_LIMITS.text) ?? '',
    media: Array.isArray(raw.media)
      ? raw.media
          .slice(0, THREAD_LIMITS.media)
          .map((item) => clip(item, THREAD_LIMITS.url))
          .filter((item) => item !== undefined)
      : [],
  };
  const senderId = clip(raw.senderId, THREAD_LIMITS.short);
  const claimedTime = clip(raw.claimedTime, THREAD_LIMITS.short);
  if (senderId) message.senderId = senderId;
  if (typeof raw.outgoing === 'boolean') message.outgoing = raw.outgoing;
  if (claimedTime) message.claimedTime = claimedTime;
  return message;
}

export function limitAccount(value: unknown): OtherAccount {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const account: OtherAccount = {};
  for (const key of ['name', 'handle', 'id'] as const) {
    const kept = clip(raw[key], THREAD_LIMITS.short);
    if (kept) account[key] = kept;
  }
  return account;
}

/** Characters a message adds to the thread, for the shared total. */
export function messageChars(message: ChatMessage): number {
  return message.sender.length + message.text.length + (message.claimedTime?.length ?? 0) + message.media.reduce((sum, url) => sum + url.length, 0);
}

function clip(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? clipText(value, max) : undefined;
}
