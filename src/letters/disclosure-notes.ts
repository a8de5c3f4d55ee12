import type { LetterText } from './letter-text';
import type { LetterContact } from './types';

/** What the person should know about who sees the letter, from the route's facts, never guessed. */
export function disclosureNotes(platform: string, contact: LetterContact | undefined, text: LetterText): string[] {
  const notes: string[] = [];
  const discloses = contact?.discloses;
  if (discloses?.toUploader === true) notes.push(text('letters_disclose_uploader', { platform }));
  if (discloses?.toLumen === true) notes.push(text('letters_disclose_lumen', { platform }));
  if (discloses?.publicly === true) notes.push(text('letters_disclose_public', { platform }));
  if (contact && (contact.confidence === 'low' || contact.confidence === 'unconfirmed')) {
    const address = contact.email || contact.url || contact.label;
    notes.push(text('letters_disclose_unconfirmed', { address, platform }));
  }
  return notes;
}
