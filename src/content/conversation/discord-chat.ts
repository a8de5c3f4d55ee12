import type { ChatView } from '../../shared/conversation';
import type { ChatReader, ReadMessage } from './chat-reader';
import { showsConversationStart } from './conversation-start';
import { claimedTime, firstText, mediaIn, textIn, timeField } from './message-parts';

// Discord's web client names its nodes by id: chat-messages-<channel>-<message> for each list
// item, message-username-<message> and message-content-<message> inside it, and avatars/<user id>/
// in avatar addresses (as src/platforms/discord.ts reads one message). The fixture is hand-made
// after that scheme: Discord shows messages only to signed-in members.
//
// Read receipts: Discord has none that the other person sees; it tells them only that you are
// typing, which it sends on key presses in the message box. Scrolling back asks Discord's servers
// for older messages (GET …/messages?before=), which the other person is not told about.

const AVATAR_ID = /\/avatars\/(\d+)\//;

function messages(doc: Document, url: URL): ReadMessage[] {
  const out: ReadMessage[] = [];
  let sender = '';
  let senderId: string | undefined;
  for (const item of doc.querySelectorAll('li[id^="chat-messages-"]')) {
    const id = /^chat-messages-\d+-(\d+)$/.exec(item.id)?.[1];
    if (!id) continue;
    // A follow-up from the same person has no header: it keeps the sender of the one before.
    const name = firstText(item, `[id="message-username-${id}"] [data-text]`, `[id="message-username-${id}"]`);
    if (name) {
      sender = name;
      senderId = AVATAR_ID.exec(item.querySelector('img[src*="/avatars/"]')?.getAttribute('src') ?? '')?.[1];
    }
    const time = item.querySelector('time[datetime]');
    out.push({
      key: `discord:${id}`,
      sender,
      ...(senderId && { senderId }),
      ...timeField(claimedTime(time?.getAttribute('datetime'), textIn(time))),
      text: textIn(doc.getElementById(`message-content-${id}`)),
      media: mediaIn(item, `[id="message-accessories-${id}"] a[href], [id="message-accessories-${id}"] img, [id="message-accessories-${id}"] video`, url),
    });
  }
  return out;
}

function otherAccount(doc: Document, view: ChatView) {
  // The direct-message list on the left shows the other person's avatar for this channel.
  const entry = doc.querySelector(`a[href$="/channels/@me/${view.conversationId}"]`);
  const selfId = AVATAR_ID.exec(doc.querySelector('section[aria-label="User area"] img[src*="/avatars/"]')?.getAttribute('src') ?? '')?.[1];
  const fromEntry = AVATAR_ID.exec(entry?.querySelector('img[src*="/avatars/"]')?.getAttribute('src') ?? '')?.[1];
  const fromMessages = messages(doc, new URL('https://discord.com/')).find((message) => message.senderId && message.senderId !== selfId);
  const id = fromEntry ?? fromMessages?.senderId;
  const name = firstText(doc, 'section[aria-label="Channel header"] h1', 'h1') ?? fromMessages?.sender;
  return { ...(name && { name }), ...(id && { id }) };
}

// With nothing older to load, Discord draws its intro at the top of the list: the other person's
// name and "This is the beginning of your direct message history with @name." (a group DM:
// "Welcome to the beginning of the … group."; a server channel: "This is the start of the #… channel.").
const START = /(?:This is the (?:beginning|start) of|Welcome to the beginning of)\b/;

const scroller = (doc: Document) => doc.querySelector('ol[data-list-id="chat-messages"]')?.closest('[data-jump-section], div[class*="scroller"]') ?? null;

export const discordChat: ChatReader = {
  scroller,
  messages,
  otherAccount,
  beginning: (doc) => showsConversationStart(scroller(doc), 'h1, h2, h3, div, p', START, 'li[id^="chat-messages-"]'),
};
