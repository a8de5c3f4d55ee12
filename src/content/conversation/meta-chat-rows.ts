import type { ReadMessage } from './chat-reader';
import { showsConversationStart } from './conversation-start';
import { contentKey, mediaIn, textIn, timeField } from './message-parts';

/** The grid Instagram and Messenger draw a conversation in (both are Meta's web apps and share it). */
export const META_GRID = '[role="grid"][aria-label^="Messages in conversation"]';

// Each message row holds a visually hidden heading for screen readers, "You sent" on your own
// messages and the sender's name on theirs; rows without a message cell are the time separators
// ("Mar 3, 2026, 9:14 PM") the app shows between groups, and are the only times it shows without
// hovering. Messages carry no id in the page, so they are known again by sender and text.
const YOU = /^You (?:sent|replied|unsent)/i;

export function metaChatRows(doc: Document, url: URL, otherName: string): ReadMessage[] {
  const out: ReadMessage[] = [];
  let shownTime: string | undefined;
  for (const row of doc.querySelectorAll(`${META_GRID} [role="row"]`)) {
    const cell = row.querySelector('[role="gridcell"]');
    if (!cell) {
      shownTime = textIn(row) || shownTime;
      continue;
    }
    const heading = textIn(cell.querySelector('h5, h6'));
    const outgoing = YOU.test(heading);
    const sender = outgoing ? 'You' : heading.replace(/ (?:sent|replied to you)$/i, '') || otherName;
    const text = textIn(cell.querySelector('[dir="auto"]'));
    const media = mediaIn(cell, 'img:not([alt$="profile picture"]), video, a[href*="/attachment"]', url);
    out.push({ key: contentKey(sender, text, ...media), sender, outgoing, ...timeField(shownTime), text, media });
  }
  return out;
}

/**
 * Instagram and Messenger open a conversation's history with the other person's profile header
 * (picture, name, "View profile"), drawn above the first message only once nothing older is left.
 */
export function metaConversationStart(doc: Document): boolean {
  return showsConversationStart(doc.querySelector(META_GRID), 'a, [role="button"], [role="link"]', /^View profile$/i, '[role="gridcell"]');
}
