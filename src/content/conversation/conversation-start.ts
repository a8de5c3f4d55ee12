import { textIn } from './message-parts';

/**
 * Whether `scroller` shows an element matching `selector` whose text matches `words`, neither
 * inside a message nor holding one: the app's own sign that the conversation starts here (a
 * "beginning of your history" line, the other person's profile header). So a message quoting those
 * words never counts. The sign sits at the top, so only the first few candidates are read.
 */
export function showsConversationStart(scroller: Element | null, selector: string, words: RegExp, messageSelector: string): boolean {
  if (!scroller) return false;
  let read = 0;
  for (const candidate of scroller.querySelectorAll(selector)) {
    if (candidate.closest(messageSelector) || candidate.querySelector(messageSelector)) continue;
    if (words.test(textIn(candidate))) return true;
    if (++read >= 40) return false;
  }
  return false;
}
