import type { ChatView, OtherAccount } from '../../shared/conversation';
import type { ChatReader, ReadMessage } from './chat-reader';
import { showsConversationStart } from './conversation-start';
import { claimedTime, contentKey, firstText, mediaIn, textIn, timeField } from './message-parts';

// X's web app marks its direct-message view with data-testid attributes: DmActivityViewport (the
// scrolling list), messageEntry (one message), tweetText (its text), DM_Conversation_Avatar (the
// other person's avatar, a link to their profile). Messages carry no id in the page, so they are
// known again by sender, time and text. A one-to-one conversation id is "<user id>-<user id>";
// the viewer's own id is in the twid cookie (u%3D<id>), so the other one is the other account's id.
// The fixture is hand-made after this markup.
//
// Read receipts: X sends "seen" (mark_read with the newest message id) when the conversation is
// opened or a new message arrives while it is open, and a typing indicator on key presses in the
// composer. Scrolling back shows only older messages, so neither is sent again.

function messages(doc: Document, url: URL, other: OtherAccount): ReadMessage[] {
  return [...doc.querySelectorAll('[data-testid="messageEntry"]')].map((entry) => {
    const profile = entry.querySelector('[data-testid="DM_Conversation_Avatar"] a[href], a[data-testid="DM_Conversation_Avatar"]')?.getAttribute('href');
    const handle = profile && /^\/(\w{1,15})$/.exec(profile)?.[1];
    // X shows your own messages on the right without an avatar; the other person's carry one.
    const outgoing = !handle;
    const sender = !handle ? 'You' : `@${handle}` === other.handle && other.name ? other.name : `@${handle}`;
    const time = entry.querySelector('time');
    const text = textIn(entry.querySelector('[data-testid="tweetText"]'));
    const media = mediaIn(entry, '[data-testid="dmPhoto"] img, [data-testid="dmVideo"] video, img[src*="ton.twitter.com"], img[src*="pbs.twimg.com/dm_"]', url);
    const when = claimedTime(time?.getAttribute('datetime'), textIn(time));
    return { key: contentKey(sender, when, text, ...media), sender, outgoing, ...timeField(when), text, media };
  });
}

function otherAccount(doc: Document, view: ChatView): OtherAccount {
  const header = doc.querySelector('[data-testid="DmActivityContainer"] [data-testid="conversation-header"], [data-testid="DMConversationHeader"]');
  const name = firstText(header ?? doc, '[data-testid="UserName"] span', 'h2 span');
  const handle = /@\w{1,15}/.exec(textIn(header))?.[0];
  const viewer = /(?:^|;\s*)twid=u%3D(\d+)/.exec(doc.cookie)?.[1];
  const ids = view.conversationId.split('-');
  const id = ids.length === 2 && viewer && ids.includes(viewer) ? ids.find((part) => part !== viewer) : undefined;
  return { ...(name && { name }), ...(handle && { handle }), ...(id && { id }) };
}

// At the start of a conversation X shows the other person's profile card above the first message:
// a link to their profile with their name, @handle and "Joined <Month> <year>". Taken from public
// screenshots of the web app (2026-11); to be checked against the real page.
const JOINED = /Joined [A-Z][a-z]+ \d{4}\b/;

export const xChat: ChatReader = {
  scroller: (doc) => doc.querySelector('[data-testid="DmActivityViewport"]'),
  beginning: (doc) => showsConversationStart(doc.querySelector('[data-testid="DmActivityViewport"]'), 'a[href^="/"]', JOINED, '[data-testid="messageEntry"]'),
  messages: (doc, url) => messages(doc, url, otherAccount(doc, { platform: 'x', name: 'X', conversationId: '' })),
  otherAccount,
};
