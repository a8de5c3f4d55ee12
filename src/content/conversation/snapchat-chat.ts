import type { ChatView, OtherAccount } from '../../shared/conversation';
import type { ChatReader, ReadMessage } from './chat-reader';
import { claimedTime, contentKey, firstText, mediaIn, textIn, timeField } from './message-parts';

// Snapchat for the web (web.snapchat.com/<conversation id>, snapchat.com/web/<id>) draws the chat
// as a list whose items start with a header naming the sender ("Me" for your own) and the day.
// No saved page was available (2026-11): the fixture follows that layout with roles and labels,
// not Snapchat's generated class names, and the reader should be checked against the real app.
// The page shows no account number; the conversation id in the address identifies the chat.
//
// Read receipts: opening a chat marks its Chats and Snaps as opened (and, with Snapchat's default
// settings, Chats are deleted after both sides leave the chat). Scrolling within the open chat
// shows only what opening it already marked. Snapchat is said to hide the chat when its window
// loses focus; Preserve takes no focus from the page, but a popup over it might.

function messages(doc: Document, url: URL): ReadMessage[] {
  const out: ReadMessage[] = [];
  let sender = '';
  let shownTime: string | undefined;
  for (const item of doc.querySelectorAll('[role="list"][aria-label="Chat messages"] > li')) {
    const header = item.querySelector('header');
    if (header) {
      sender = firstText(header, '[data-sender]', 'span') ?? sender;
      const time = header.querySelector('time');
      shownTime = claimedTime(time?.getAttribute('datetime'), textIn(time)) ?? shownTime;
    }
    const outgoing = /^me$/i.test(sender);
    const text = textIn(item.querySelector('[dir="auto"]'));
    const media = mediaIn(item, 'img:not([alt*="Bitmoji"]), video', url);
    if (!text && !media.length) continue;
    const who = outgoing ? 'You' : sender;
    out.push({ key: contentKey(text, ...media), sender: who, outgoing, ...timeField(shownTime), text, media });
  }
  return out;
}

function otherAccount(doc: Document, _view: ChatView): OtherAccount {
  const header = doc.querySelector('[role="main"] > header, [aria-label="Conversation header"]');
  const name = firstText(header ?? doc, '[data-display-name]', 'h2');
  const handle = firstText(header ?? doc, '[data-username]');
  return { ...(name && { name }), ...(handle && { handle: handle.startsWith('@') ? handle : `@${handle}` }) };
}

// No beginning sign is known for Snapchat's web chat: the wait at the top decides.
export const snapchatChat: ChatReader = {
  scroller: (doc) => doc.querySelector('[role="list"][aria-label="Chat messages"]')?.parentElement ?? null,
  messages,
  otherAccount,
};
