import type { Cleaner } from './clean-value';
import type { LetterAgent, LetterInput, LetterItem } from './types';

/** Generous for real values, small enough that a pasted page cannot swamp a letter. */
const MAX = { name: 200, email: 320, phone: 60, address: 600, url: 2048, text: 2000, id: 200, hash: 128 } as const;

/** Every string the person or a page supplied, stripped of invisible controls and clipped. */
export function cleanInput(input: LetterInput, clean: Cleaner): LetterInput {
  const { sender, recipient } = input;
  const contact = recipient.contact;
  return {
    date: clean.line(input.date, 40, 'date'),
    sender: {
      legalName: clean.line(sender.legalName, MAX.name, 'your name'),
      email: clean.line(sender.email, MAX.email, 'your email'),
      postalAddress: clean.block(sender.postalAddress, MAX.address, 'your postal address'),
      phone: clean.line(sender.phone, MAX.phone, 'your phone number'),
      signatureName: clean.line(sender.signatureName, MAX.name, 'your signature'),
      ...(sender.agent ? { agent: cleanAgent(sender.agent, clean) } : {}),
    },
    recipient: {
      platformId: clean.line(recipient.platformId, MAX.id, 'platform id'),
      platformName: clean.line(recipient.platformName, MAX.name, 'platform name'),
      ...(contact
        ? {
            contact: {
              ...contact,
              label: clean.line(contact.label, MAX.name, 'recipient'),
              email: clean.line(contact.email, MAX.email, 'recipient email'),
              url: clean.line(contact.url, MAX.url, 'recipient address'),
              postalAddress: clean.block(contact.postalAddress, MAX.address, 'recipient postal address'),
            },
          }
        : {}),
    },
    items: input.items.map((item) => cleanItem(item, clean)),
  };
}

function cleanAgent(agent: LetterAgent, clean: Cleaner): LetterAgent {
  return {
    name: clean.line(agent.name, MAX.name, "representative's name"),
    organisation: clean.line(agent.organisation, MAX.name, "representative's organisation"),
    email: clean.line(agent.email, MAX.email, "representative's email"),
    phone: clean.line(agent.phone, MAX.phone, "representative's phone number"),
    postalAddress: clean.block(agent.postalAddress, MAX.address, "representative's postal address"),
    authority: clean.line(agent.authority, MAX.text, "representative's authority"),
    signatureName: clean.line(agent.signatureName, MAX.name, "representative's signature"),
  };
}

function cleanItem(item: LetterItem, clean: Cleaner): LetterItem {
  return {
    url: clean.line(item.url, MAX.url, 'an address (URL)'),
    kind: item.kind,
    description: clean.block(item.description, MAX.text, 'a description'),
    accountHandle: clean.line(item.accountHandle, MAX.name, 'an account name'),
    accountId: clean.line(item.accountId, MAX.id, 'an account id'),
    captures: item.captures.map((capture) => ({
      id: clean.line(capture.id, MAX.id, 'a capture id'),
      capturedAt: clean.line(capture.capturedAt, 40, 'a capture time'),
      sha256: capture.sha256.map((hash) => clean.line(hash, MAX.hash, 'a SHA-256')),
    })),
  };
}

/** Cleans a builder's own options with the same rules. */
export function cleanOption(clean: Cleaner, value: string | undefined, field: string, multiline = false): string {
  return multiline ? clean.block(value, MAX.text, field) : clean.line(value, MAX.text, field);
}
