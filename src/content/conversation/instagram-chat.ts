import type { ChatView, OtherAccount } from '../../shared/conversation';
import type { ChatReader } from './chat-reader';
import { META_GRID, metaChatRows, metaConversationStart } from './meta-chat-rows';

// instagram.com/direct/t/<thread id>. The page names the other person in the grid's label
// ("Messages in conversation with <name>") and links their profile (/<username>/) from the header;
// it shows no account number, so the thread id in the address is what identifies the conversation.
// The fixture is hand-made after this markup (no saved page of a real conversation exists).
//
// Read receipts: Instagram marks the thread seen (its newest message) when the person opens it
// or a new message arrives while it is open, and sends typing from the message box. Scrolling back
// shows only older, already-seen messages, so nothing new is sent.

function otherName(doc: Document): string {
  return /^Messages in conversation with (.+)$/.exec(doc.querySelector(META_GRID)?.getAttribute('aria-label') ?? '')?.[1]?.trim() ?? '';
}

function otherAccount(doc: Document, _view: ChatView): OtherAccount {
  const name = otherName(doc);
  const profile = doc.querySelector('[role="main"] a[href^="/"] img[alt$="profile picture"]')?.closest('a')?.getAttribute('href');
  const handle = profile && /^\/([\w.]+)\/?$/.exec(profile)?.[1];
  return { ...(name && { name }), ...(handle && { handle: `@${handle}` }) };
}

export const instagramChat: ChatReader = {
  scroller: (doc) => doc.querySelector(META_GRID),
  messages: (doc, url) => metaChatRows(doc, url, otherName(doc)),
  otherAccount,
  beginning: metaConversationStart,
};
