import type { ChatView, OtherAccount } from '../../shared/conversation';
import type { ChatReader, ReadMessage } from './chat-reader';
import { claimedTime, firstText, mediaIn, textIn, timeField } from './message-parts';

// Telegram Web K (web.telegram.org/k/) draws each message as .bubble[data-mid] with data-timestamp
// (Unix seconds) and .is-in / .is-out; the chat header names the peer in .peer-title[data-peer-id].
// Telegram Web A (/a/) draws .Message[data-message-id] with .own on your own messages, and keeps
// the peer id in the address. Both are open source (github.com/morethanwords/tweb,
// github.com/Ajaxy/telegram-tt); the fixtures are hand-made after them.
//
// Read receipts: Telegram marks a chat read up to the newest message shown while the chat is open
// (messages.readHistory with a max id). Opening the chat, which the person did before capturing,
// already did that; scrolling back only shows older, already-read messages, so the read mark does
// not move. Typing is sent only from key presses in the message box, which Preserve never touches.

function webK(doc: Document, url: URL, peerName: string): ReadMessage[] {
  return [...doc.querySelectorAll('.bubble[data-mid]')].flatMap((bubble) => {
    if (bubble.classList.contains('service')) return [];
    const outgoing = bubble.classList.contains('is-out');
    const time = claimedTime(bubble.getAttribute('data-timestamp'), textIn(bubble.querySelector('.time .i18n, .time')));
    // In groups each incoming bubble names its sender; in a one-to-one chat only the header does.
    const named = bubble.querySelector('.name .peer-title[data-peer-id], .name [data-peer-id]');
    const senderId = outgoing ? undefined : (named?.getAttribute('data-peer-id') ?? undefined);
    const message = bubble.querySelector('.message');
    const clone = message?.cloneNode(true) as Element | undefined;
    for (const extra of clone?.querySelectorAll('.time, .reactions, .name') ?? []) extra.remove();
    return [
      {
        key: `telegram:${bubble.getAttribute('data-mid')}`,
        sender: outgoing ? 'You' : textIn(named) || peerName,
        ...(senderId && { senderId }),
        outgoing,
        ...timeField(time),
        text: textIn(clone),
        media: mediaIn(bubble, '.attachment img, .attachment video, img.media-photo, video.media-video, a.document[href]', url, ['src', 'href']),
      },
    ];
  });
}

function webA(doc: Document, url: URL, peerName: string): ReadMessage[] {
  return [...doc.querySelectorAll('.Message[data-message-id]')].map((item) => {
    const outgoing = item.classList.contains('own');
    const time = item.querySelector('.message-time');
    return {
      key: `telegram:${item.getAttribute('data-message-id')}`,
      sender: outgoing ? 'You' : (firstText(item, '.message-title .sender-title') ?? peerName),
      outgoing,
      ...timeField(claimedTime(time?.getAttribute('datetime') ?? item.getAttribute('data-timestamp'), textIn(time))),
      text: textIn(item.querySelector('.text-content')),
      media: mediaIn(item, '.media-inner img, .media-inner video', url),
    };
  });
}

function otherAccount(doc: Document, view: ChatView): OtherAccount {
  const title = doc.querySelector('.chat-info .peer-title[data-peer-id], .ChatInfo .fullName');
  const fromAddress = view.conversationId.startsWith('@') ? undefined : view.conversationId;
  const id = title?.getAttribute('data-peer-id') ?? fromAddress;
  const handle = view.conversationId.startsWith('@') ? view.conversationId : undefined;
  const name = textIn(title);
  return { ...(name && { name }), ...(handle && { handle }), ...(id && { id }) };
}

// No beginning sign: Telegram draws nothing above the first message of a one-to-one chat (the
// "joined Telegram" service message is hidden by Web K), so the wait at the top decides.
export const telegramChat: ChatReader = {
  scroller: (doc) => doc.querySelector('.bubbles .scrollable-y, .MessageList'),
  messages(doc, url) {
    const peerName = textIn(doc.querySelector('.chat-info .peer-title, .ChatInfo .fullName'));
    return doc.querySelector('.bubble[data-mid]') ? webK(doc, url, peerName) : webA(doc, url, peerName);
  },
  otherAccount,
};
