/** The chat apps whose conversation views Preserve can scroll back and read. */
export type ChatPlatformId = 'instagram' | 'messenger' | 'x' | 'discord' | 'telegram' | 'snapchat';

/** A conversation view recognised from its address alone. */
export interface ChatView {
  platform: ChatPlatformId;
  /** e.g. "Instagram", for the popup and the thread file. */
  name: string;
  /** The conversation's id in the address (a thread, channel or peer id). */
  conversationId: string;
}

/**
 * How far back "Capture conversation" scrolls: the last N messages, back to a date (YYYY-MM-DD,
 * in the person's own time zone as the page shows it), or everything the app will load, up to a limit.
 */
export type ConversationRange = { kind: 'last'; count: number } | { kind: 'since'; date: string } | { kind: 'loaded'; limit: number };

/** One message as the page showed it. Every field is the page's claim. */
export interface ChatMessage {
  /** Who the page says sent it ("You" for the person's own messages where the page shows no name). */
  sender: string;
  /** The sender's account id where the page exposes one. */
  senderId?: string;
  /** true where the page marks it as sent by the person using Preserve. */
  outgoing?: boolean;
  /** The time the page shows or declares for it: an ISO date-time when the page gives one, else its text. */
  claimedTime?: string;
  text: string;
  /** Addresses of the images, videos and files in the message. */
  media: string[];
}

/** The other side of the conversation, as the page names it. */
export interface OtherAccount {
  name?: string;
  handle?: string;
  /** A stable account id (numeric or opaque) where the page exposes one; names and handles can change. */
  id?: string;
}
