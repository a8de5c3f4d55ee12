import { messageChars, THREAD_LIMITS } from '../../content/conversation/limit-thread';
import type { ChatMessage, ChatView, ConversationRange, OtherAccount } from '../../shared/conversation';
import { describeRange } from './conversation-range';

export const THREAD_FORMAT = 'preserve.thread/1';

export interface ThreadInput {
  view: ChatView;
  url: string;
  otherAccount: OtherAccount;
  range: ConversationRange;
  messages: ChatMessage[];
  complete: boolean;
  stoppedBecause?: string;
}

/**
 * thread.json: the messages as the page showed them, oldest first. Everything in it is the page's
 * claim, and the file says so. Messages past the shared character cap are left out (the oldest
 * first, since the newest are what was asked for most surely), and the count is recorded.
 */
export function threadJson(input: ThreadInput): Uint8Array {
  let left: number = THREAD_LIMITS.totalChars;
  const kept: ChatMessage[] = [];
  for (const message of [...input.messages].reverse()) {
    left -= messageChars(message);
    if (left < 0) break;
    kept.push(withoutKey(message));
  }
  kept.reverse();
  const leftOut = input.messages.length - kept.length;
  const stoppedBecause = [input.stoppedBecause, leftOut ? `${leftOut} older messages were left out to keep the file within its size limit` : undefined]
    .filter(Boolean)
    .join('; ');
  const thread = {
    format: THREAD_FORMAT,
    about: 'The messages as the page showed them when this capture was made: senders, times and text are what the app displayed, not verified facts.',
    platform: { id: input.view.platform, name: input.view.name },
    url: input.url,
    conversationId: input.view.conversationId,
    otherAccount: input.otherAccount,
    range: { ...input.range, asked: describeRange(input.range) },
    complete: input.complete && !leftOut,
    ...(stoppedBecause && { stoppedBecause }),
    messages: kept,
  };
  return new TextEncoder().encode(`${JSON.stringify(thread, null, 2)}\n`);
}

function withoutKey(message: ChatMessage & { key?: string }): ChatMessage {
  const { key: _key, ...rest } = message;
  return rest;
}
