import type { DetectionKind } from '../platforms/types';
import { observedTime } from './letter-dates';
import type { createNeeds } from './letter-document';
import type { LetterInput, LetterItem, LetterSender } from './types';

type Needs = ReturnType<typeof createNeeds>;

/** Who signs and who is contacted: the representative when there is one, else the person. */
export function signerOf(sender: LetterSender) {
  const agent = sender.agent;
  return agent
    ? {
        isAgent: true,
        name: agent.name ?? '',
        signature: agent.signatureName ?? '',
        email: agent.email ?? '',
        phone: agent.phone ?? '',
        postalAddress: agent.postalAddress ?? '',
      }
    : {
        isAgent: false,
        name: sender.legalName ?? '',
        signature: sender.signatureName ?? '',
        email: sender.email ?? '',
        phone: sender.phone ?? '',
        postalAddress: sender.postalAddress ?? '',
      };
}

export const NAME = 'your full name';
const SIGNATURE = 'your signature (your full name, typed)';
const AGENT_NAME = "your representative's name";
const AGENT_SIGNATURE = "your representative's signature (their full name, typed)";
const AUTHORITY = "your representative's authority to act for you";
export const CONTACT = 'contact information (email, phone or postal address)';

export function personName(sender: LetterSender, needs: Needs): string {
  return needs.value(sender.legalName ?? '', NAME);
}

/** "Jane Doe" or "Jane Doe, represented by A. Lawyer (Helpline)". */
export function fromLine(sender: LetterSender, needs: Needs): string {
  const person = personName(sender, needs);
  const agent = sender.agent;
  if (!agent) return person;
  const name = needs.value(agent.name ?? '', AGENT_NAME);
  return `${person}, represented by ${name}${agent.organisation ? ` (${agent.organisation})` : ''}`;
}

/** The sentence that says a representative writes and why they may; '' when the person writes. */
export function agentSentence(sender: LetterSender, needs: Needs): string {
  const agent = sender.agent;
  if (!agent) return '';
  const name = needs.value(agent.name ?? '', AGENT_NAME);
  const organisation = agent.organisation ? ` of ${agent.organisation}` : '';
  return `I, ${name}${organisation}, write on behalf of ${personName(sender, needs)}, who has authorized me to act for them. My authority: ${needs.value(agent.authority ?? '', AUTHORITY)}.`;
}

/** Only the contact details given, so nothing the person kept back appears. */
export function contactLines(sender: LetterSender, needs: Needs): { lines: string[]; present: boolean } {
  const signer = signerOf(sender);
  const rows: string[] = [];
  rows.push(`Name: ${signer.isAgent ? needs.value(signer.name, AGENT_NAME) : personName(sender, needs)}`);
  if (signer.isAgent && sender.agent?.organisation) rows.push(`Organisation: ${sender.agent.organisation}`);
  if (signer.postalAddress) rows.push(`Postal address: ${signer.postalAddress.split('\n').join(', ')}`);
  if (signer.phone) rows.push(`Phone: ${signer.phone}`);
  if (signer.email) rows.push(`Email: ${signer.email}`);
  const present = Boolean(signer.postalAddress || signer.phone || signer.email);
  if (!present) rows.push(needs.value('', CONTACT));
  return { lines: rows, present };
}

/** An electronic signature ("/s/ Name") and the name under it. */
export function signatureLines(input: LetterInput, needs: Needs, dateText: string): { lines: string[]; present: boolean } {
  const signer = signerOf(input.sender);
  const signature = needs.value(signer.signature, signer.isAgent ? AGENT_SIGNATURE : SIGNATURE);
  const lines = [`/s/ ${signature}`];
  if (signer.isAgent) {
    lines.push(needs.value(signer.name, AGENT_NAME));
    if (input.sender.agent?.organisation) lines.push(input.sender.agent.organisation);
    lines.push(`on behalf of ${personName(input.sender, needs)}`);
  } else {
    lines.push(personName(input.sender, needs));
  }
  lines.push(`Date: ${dateText}`);
  return { lines, present: Boolean(signer.signature) };
}

const KIND_LABEL: Record<DetectionKind, string> = {
  post: 'Post',
  media: 'Image or video file',
  profile: 'Profile page',
  shortlink: 'Short link',
  other: 'Page',
};

export const URL_LABEL = 'the address (URL) of each image or post';

/** One list entry per item: where it is, what it shows, who posted it, when it was seen. */
export function itemEntries(input: LetterInput, needs: Needs, withEvidence: boolean): { items: string[][]; present: boolean } {
  const given = input.items.length > 0 ? input.items : [{ url: '', kind: 'post', captures: [] } satisfies LetterItem];
  const items = given.map((item) => {
    const entry = [`${KIND_LABEL[item.kind] ?? 'Page'}: ${needs.value(item.url, URL_LABEL)}`];
    if (item.description) entry.push(`What it shows: ${item.description}`);
    // Only a hold letter needs to say an id is unknown; a removal request just names the account.
    const account = accountText(item, withEvidence);
    if (account) entry.push(`Posted by: ${account}`);
    const times = seenTimes(item);
    if (times.length > 0) entry.push(`Seen: ${times.join(', ')}`);
    if (withEvidence) {
      for (const capture of item.captures) {
        entry.push(`Evidence kept: capture ${capture.id}${capture.sha256.length > 0 ? `, SHA-256 ${capture.sha256.join(', ')}` : ''}`);
      }
    }
    return entry;
  });
  return { items, present: given.every((item) => item.url !== '') };
}

/** "u/name (account id t2_abc)", "account id 123", or '' when neither is known. */
export function accountText(item: Pick<LetterItem, 'accountHandle' | 'accountId'>, sayIfNoId = true): string {
  if (item.accountHandle && item.accountId) return `${item.accountHandle} (account id ${item.accountId})`;
  if (item.accountHandle) return sayIfNoId ? `${item.accountHandle} (stable account id not recorded)` : item.accountHandle;
  return item.accountId ? `account id ${item.accountId}` : '';
}

export function seenTimes(item: LetterItem): string[] {
  return [...new Set(item.captures.map((capture) => capture.capturedAt).filter(Boolean))].sort().map(observedTime);
}

/** "To:" for a platform: the contact the person chose, else the platform's name alone. */
export function recipientLine(input: LetterInput, fallbackLabel: string): string {
  const contact = input.recipient.contact;
  const name = input.recipient.platformName || input.recipient.platformId;
  const lines = [`${contact?.label || fallbackLabel}, ${name}`];
  if (contact?.email) lines.push(contact.email);
  if (contact?.url) lines.push(contact.url);
  if (contact?.postalAddress) lines.push(contact.postalAddress);
  return lines.join('\n');
}

/** Tells the person, outside the letter, which of their values were shortened. */
export function clippedNote(clipped: string[]): string[] {
  return clipped.length > 0 ? [`Some values were very long and have been shortened (ending in "…"): ${clipped.join(', ')}. Check them before sending.`] : [];
}
