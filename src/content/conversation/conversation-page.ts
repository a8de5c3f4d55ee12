import type { ChatMessage, ChatView, OtherAccount } from '../../shared/conversation';
import type { ChatReader } from './chat-reader';
import { CHAT_READERS } from './chat-readers';
import { chatViewAt } from './chat-view-at';
import { limitAccount, limitMessage, THREAD_LIMITS } from './limit-thread';

/** Where the message list is scrolled, in CSS pixels; `rect` is where it shows in the viewport. */
export interface ChatScroll {
  scroller: 'document' | 'element';
  top: number;
  height: number;
  client: number;
  rect: { x: number; y: number; width: number; height: number };
  /** At the top, the app shows that the conversation starts here (see ChatReader.beginning). */
  beginning: boolean;
}

export interface ChatSnapshot {
  view: ChatView;
  otherAccount: OtherAccount;
  /** In page order, oldest first, each with the key that finds it again. */
  messages: Array<ChatMessage & { key: string }>;
  scroll: ChatScroll | null;
}

/** What the page shows now. The messages are clipped here, so a huge page never crosses to the worker. */
export function readChat(doc: Document, href: string): ChatSnapshot | null {
  const view = chatViewAt(href);
  if (!view) return null;
  const reader = CHAT_READERS[view.platform];
  const url = new URL(href);
  const messages = reader
    .messages(doc, url)
    .slice(-THREAD_LIMITS.messages)
    .flatMap((message) => {
      const limited = limitMessage(message);
      return limited ? [{ ...limited, key: message.key.slice(0, THREAD_LIMITS.text + 1_000) }] : [];
    });
  const scroller = scrollerOf(doc, reader.scroller(doc));
  return { view, otherAccount: limitAccount(reader.otherAccount(doc, view)), messages, scroll: scroller ? scrollOf(doc, scroller, reader) : null };
}

/**
 * Scrolls the message list back by one screen (less a small overlap, so no line falls between two
 * tiles). Only scrollTop is set: no click, no focus, no key press reaches the page.
 */
export function scrollChatBack(doc: Document, href: string, overlap: number): ChatScroll | null {
  const found = scrollerFor(doc, href);
  if (!found) return null;
  found.scroller.scrollTop = Math.max(0, found.scroller.scrollTop - Math.max(1, found.scroller.clientHeight - overlap));
  return scrollOf(doc, found.scroller, found.reader);
}

export function chatScroll(doc: Document, href: string): ChatScroll | null {
  const found = scrollerFor(doc, href);
  return found ? scrollOf(doc, found.scroller, found.reader) : null;
}

/** Puts the list back the given distance from its end, where the person had it. */
export function restoreChat(doc: Document, href: string, fromBottom: number): void {
  const found = scrollerFor(doc, href);
  if (found) found.scroller.scrollTop = Math.max(0, found.scroller.scrollHeight - found.scroller.clientHeight - fromBottom);
}

function scrollerFor(doc: Document, href: string): { scroller: Element; reader: ChatReader } | null {
  const view = chatViewAt(href);
  if (!view) return null;
  const reader = CHAT_READERS[view.platform];
  const scroller = scrollerOf(doc, reader.scroller(doc));
  return scroller ? { scroller, reader } : null;
}

/**
 * The reader's element, or the nearest element around it that really scrolls (apps nest
 * wrappers). A conversation short enough to fit on one screen scrolls nowhere: then the reader's
 * element itself, so that screen is still photographed (it is the whole conversation).
 */
function scrollerOf(doc: Document, candidate: Element | null): Element | null {
  if (!candidate) return null;
  const scrolls = (element: Element) => /auto|scroll|overlay/.test(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight + 1;
  for (let node: Element | null = candidate; node && node !== doc.body; node = node.parentElement) if (scrolls(node)) return node;
  for (const inner of candidate.querySelectorAll('*')) if (scrolls(inner)) return inner;
  const page = doc.scrollingElement;
  return page && page.scrollHeight > page.clientHeight + 1 ? page : candidate;
}

function scrollOf(doc: Document, scroller: Element, reader: ChatReader): ChatScroll {
  const isPage = scroller === doc.scrollingElement;
  const box = isPage ? { x: 0, y: 0, width: scroller.clientWidth, height: scroller.clientHeight } : scroller.getBoundingClientRect();
  return {
    scroller: isPage ? 'document' : 'element',
    top: scroller.scrollTop,
    height: scroller.scrollHeight,
    client: scroller.clientHeight,
    rect: { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) },
    // Looked for only at the top, where the sign can be: every screen reads less that way.
    beginning: scroller.scrollTop <= 0.5 && (reader.beginning?.(doc) ?? false),
  };
}
