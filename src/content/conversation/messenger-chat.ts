import type { ChatView, OtherAccount } from '../../shared/conversation';
import type { ChatReader } from './chat-reader';
import { META_GRID, metaChatRows, metaConversationStart } from './meta-chat-rows';

// messenger.com/t/<id> and facebook.com/messages/t/<id>: in a one-to-one chat the id is the other
// person's Facebook account id; the header links their profile (facebook.com/<id> or
// profile.php?id=<id>). The grid is labelled "Messages in conversation titled <name>". The
// fixture is hand-made after this markup.
//
// Read receipts: Messenger shows "Seen" once the newest message has been on screen in a focused
// window with the chat open, which the person did when opening it; it sends typing from key
// presses in the composer. Scrolling back shows only older messages, so neither is sent again.

function otherName(doc: Document): string {
  const label = doc.querySelector(META_GRID)?.getAttribute('aria-label') ?? '';
  return /^Messages in conversation (?:titled|with) (.+)$/.exec(label)?.[1]?.trim() ?? '';
}

function otherAccount(doc: Document, view: ChatView): OtherAccount {
  const name = otherName(doc);
  const link = doc.querySelector('[role="main"] a[href*="facebook.com/"][aria-label]')?.getAttribute('href') ?? '';
  const fromLink = /facebook\.com\/(?:profile\.php\?id=(\d+)|(\d+)\/?$)/.exec(link);
  const handle = /facebook\.com\/([a-zA-Z][\w.]+)\/?$/.exec(link)?.[1];
  const id = fromLink?.[1] ?? fromLink?.[2] ?? (/^\d+$/.test(view.conversationId) ? view.conversationId : undefined);
  return { ...(name && { name }), ...(handle && handle !== 'profile.php' && { handle }), ...(id && { id }) };
}

export const messengerChat: ChatReader = {
  scroller: (doc) => doc.querySelector(META_GRID),
  messages: (doc, url) => metaChatRows(doc, url, otherName(doc)),
  otherAccount,
  beginning: metaConversationStart,
};
