import type { Cleaner } from './clean-value';
import type { LetterText } from './letter-text';
import type { LetterAgent, LetterInput, LetterItem } from './types';

/** Generous for real values, small enough that a pasted page cannot swamp a letter. */
const MAX = { name: 200, email: 320, phone: 60, address: 600, url: 2048, text: 2000, id: 200, hash: 128 } as const;

/** Every string the person or a page supplied, stripped of invisible controls and clipped. */
export function cleanInput(input: LetterInput, clean: Cleaner, text: LetterText): LetterInput {
  const { sender, recipient } = input;
  const contact = recipient.contact;
  return {
    date: clean.line(input.date, 40, text('letters_field_date')),
    sender: {
      legalName: clean.line(sender.legalName, MAX.name, text('letters_field_name')),
      email: clean.line(sender.email, MAX.email, text('letters_field_email')),
      postalAddress: clean.block(sender.postalAddress, MAX.address, text('letters_field_postal')),
      phone: clean.line(sender.phone, MAX.phone, text('letters_field_phone')),
      signatureName: clean.line(sender.signatureName, MAX.name, text('letters_field_signature')),
      ...(sender.agent ? { agent: cleanAgent(sender.agent, clean, text) } : {}),
    },
    recipient: {
      platformId: clean.line(recipient.platformId, MAX.id, text('letters_field_platform_id')),
      platformName: clean.line(recipient.platformName, MAX.name, text('letters_field_platform_name')),
      ...(contact
        ? {
            contact: {
              ...contact,
              label: clean.line(contact.label, MAX.name, text('letters_field_recipient')),
              email: clean.line(contact.email, MAX.email, text('letters_field_recipient_email')),
              url: clean.line(contact.url, MAX.url, text('letters_field_recipient_address')),
              postalAddress: clean.block(contact.postalAddress, MAX.address, text('letters_field_recipient_postal')),
            },
          }
        : {}),
    },
    items: input.items.map((item) => cleanItem(item, clean, text)),
  };
}

function cleanAgent(agent: LetterAgent, clean: Cleaner, text: LetterText): LetterAgent {
  return {
    name: clean.line(agent.name, MAX.name, text('letters_field_agent_name')),
    organisation: clean.line(agent.organisation, MAX.name, text('letters_field_agent_organisation')),
    email: clean.line(agent.email, MAX.email, text('letters_field_agent_email')),
    phone: clean.line(agent.phone, MAX.phone, text('letters_field_agent_phone')),
    postalAddress: clean.block(agent.postalAddress, MAX.address, text('letters_field_agent_postal')),
    authority: clean.line(agent.authority, MAX.text, text('letters_field_agent_authority')),
    signatureName: clean.line(agent.signatureName, MAX.name, text('letters_field_agent_signature')),
  };
}

function cleanItem(item: LetterItem, clean: Cleaner, text: LetterText): LetterItem {
  return {
    url: clean.line(item.url, MAX.url, text('letters_field_url')),
    kind: item.kind,
    description: clean.block(item.description, MAX.text, text('letters_field_description')),
    accountHandle: clean.line(item.accountHandle, MAX.name, text('letters_field_account_name')),
    accountId: clean.line(item.accountId, MAX.id, text('letters_field_account_id')),
    captures: item.captures.map((capture) => ({
      id: clean.line(capture.id, MAX.id, text('letters_field_capture_id')),
      capturedAt: clean.line(capture.capturedAt, 40, text('letters_field_capture_time')),
      sha256: capture.sha256.map((hash) => clean.line(hash, MAX.hash, text('letters_field_sha256'))),
    })),
  };
}

/** Cleans a builder's own options with the same rules. */
export function cleanOption(clean: Cleaner, value: string | undefined, field: string, multiline = false): string {
  return multiline ? clean.block(value, MAX.text, field) : clean.line(value, MAX.text, field);
}
