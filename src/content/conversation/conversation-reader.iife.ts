import { type ChatScroll, type ChatSnapshot, chatScroll, readChat, restoreChat, scrollChatBack } from './conversation-page';

/** What the worker can ask the injected reader, one call at a time through scripting.executeScript. */
export interface ConversationPageApi {
  read(): ChatSnapshot | null;
  /** Where the list is now, without reading the messages (cheap, for waiting on older ones to load). */
  where(): ChatScroll | null;
  back(overlap: number): ChatScroll | null;
  restore(fromBottom: number): void;
}

/**
 * Injected on demand with scripting.executeScript (never a standing content script), into the
 * extension's isolated world: it defines the calls and does nothing until the worker makes one.
 */
(globalThis as { __preserveConversation?: ConversationPageApi }).__preserveConversation = {
  read: () => readChat(document, location.href),
  where: () => chatScroll(document, location.href),
  back: (overlap) => scrollChatBack(document, location.href, overlap),
  restore: (fromBottom) => restoreChat(document, location.href, fromBottom),
};
