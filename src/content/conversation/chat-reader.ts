import type { ChatMessage, ChatView, OtherAccount } from '../../shared/conversation';

/** A message as read from the page, with a key that finds it again after the list re-renders. */
export interface ReadMessage extends ChatMessage {
  /** The page's own message id where it has one; otherwise sender, time and text together. */
  key: string;
}

/**
 * Reads one app's conversation view. Pure DOM functions: no clicks, no focus, no typing, so
 * nothing here can tell the other person anything. Each app's file says what could send a read
 * receipt and why scrolling alone does not, as far as is known.
 */
export interface ChatReader {
  /** The element whose scrolling loads older messages, or null when the page is not showing the list. */
  scroller(doc: Document): Element | null;
  /** The messages in the page now, in page order (oldest first). */
  messages(doc: Document, url: URL): ReadMessage[];
  otherAccount(doc: Document, view: ChatView): OtherAccount;
  /**
   * Whether the app shows that the conversation starts here (no older messages exist), so
   * scrolling back can stop at once instead of waiting to see whether more will load. Apps that
   * show no such sign leave this out, and the wait decides.
   */
  beginning?(doc: Document): boolean;
}
