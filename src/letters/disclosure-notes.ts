import type { LetterContact } from './types';

/** What the person should know about who sees the letter, from the route's facts, never guessed. */
export function disclosureNotes(platformName: string, contact: LetterContact | undefined): string[] {
  const notes: string[] = [];
  const discloses = contact?.discloses;
  if (discloses?.toUploader === true) {
    notes.push(`${platformName} sends the whole notice, with the name and contact details in it, to the person who posted the material.`);
  }
  if (discloses?.toLumen === true) {
    notes.push(`${platformName} sends copies of notices to Lumen (lumendatabase.org), a public database where anyone can read them.`);
  }
  if (discloses?.publicly === true) notes.push(`${platformName} publishes notices it receives.`);
  if (contact && (contact.confidence === 'low' || contact.confidence === 'unconfirmed')) {
    const address = contact.email || contact.url || contact.label;
    notes.push(`The address ${address} is not confirmed by ${platformName}'s own pages. Check it on their site before sending.`);
  }
  return notes;
}
