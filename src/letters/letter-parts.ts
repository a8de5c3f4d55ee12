import type { DetectionKind } from '../platforms/types';
import { observedTime } from './letter-dates';
import type { createNeeds } from './letter-document';
import type { LetterText } from './letter-text';
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

export function personName(sender: LetterSender, needs: Needs, text: LetterText): string {
  return needs.value(sender.legalName ?? '', text('letters_need_name'));
}

/** "Jane Doe" or "Jane Doe, represented by A. Lawyer (Helpline)". */
export function fromLine(sender: LetterSender, needs: Needs, text: LetterText): string {
  const person = personName(sender, needs, text);
  const agent = sender.agent;
  if (!agent) return person;
  const name = needs.value(agent.name ?? '', text('letters_need_agent_name'));
  return `${text('letters_represented_by', { person, agent: name })}${agent.organisation ? ` (${agent.organisation})` : ''}`;
}

/** The sentence that says a representative writes and why they may; '' when the person writes. */
export function agentSentence(sender: LetterSender, needs: Needs, text: LetterText): string {
  const agent = sender.agent;
  if (!agent) return '';
  const name = needs.value(agent.name ?? '', text('letters_need_agent_name'));
  const person = personName(sender, needs, text);
  const authority = needs.value(agent.authority ?? '', text('letters_need_authority'));
  return agent.organisation
    ? text('letters_agent_sentence_org', { agent: name, organisation: agent.organisation, person, authority })
    : text('letters_agent_sentence', { agent: name, person, authority });
}

/** Only the contact details given, so nothing the person kept back appears. */
export function contactLines(sender: LetterSender, needs: Needs, text: LetterText): { lines: string[]; present: boolean } {
  const signer = signerOf(sender);
  const rows: string[] = [];
  rows.push(
    text('letters_contact_name', { value: signer.isAgent ? needs.value(signer.name, text('letters_need_agent_name')) : personName(sender, needs, text) }),
  );
  if (signer.isAgent && sender.agent?.organisation) rows.push(text('letters_contact_organisation', { value: sender.agent.organisation }));
  if (signer.postalAddress) rows.push(text('letters_contact_postal', { value: signer.postalAddress.split('\n').join(', ') }));
  if (signer.phone) rows.push(text('letters_contact_phone', { value: signer.phone }));
  if (signer.email) rows.push(text('letters_contact_email', { value: signer.email }));
  const present = Boolean(signer.postalAddress || signer.phone || signer.email);
  if (!present) rows.push(needs.value('', text('letters_need_contact')));
  return { lines: rows, present };
}

/** An electronic signature ("/s/ Name") and the name under it. */
export function signatureLines(input: LetterInput, needs: Needs, dateText: string, text: LetterText): { lines: string[]; present: boolean } {
  const signer = signerOf(input.sender);
  const signature = needs.value(signer.signature, text(signer.isAgent ? 'letters_need_agent_signature' : 'letters_need_signature'));
  const lines = [`/s/ ${signature}`];
  if (signer.isAgent) {
    lines.push(needs.value(signer.name, text('letters_need_agent_name')));
    if (input.sender.agent?.organisation) lines.push(input.sender.agent.organisation);
    lines.push(text('letters_on_behalf_of', { person: personName(input.sender, needs, text) }));
  } else {
    lines.push(personName(input.sender, needs, text));
  }
  lines.push(text('letters_signature_date', { date: dateText }));
  return { lines, present: Boolean(signer.signature) };
}

const KIND_LABEL = {
  post: 'letters_kind_post',
  media: 'letters_kind_media',
  profile: 'letters_kind_profile',
  shortlink: 'letters_kind_shortlink',
  other: 'letters_kind_other',
} as const satisfies Record<DetectionKind, string>;

/** One list entry per item: where it is, what it shows, who posted it, when it was seen. */
export function itemEntries(input: LetterInput, needs: Needs, withEvidence: boolean, text: LetterText): { items: string[][]; present: boolean } {
  const given = input.items.length > 0 ? input.items : [{ url: '', kind: 'post', captures: [] } satisfies LetterItem];
  const items = given.map((item) => {
    const kind = text(Object.hasOwn(KIND_LABEL, item.kind) ? KIND_LABEL[item.kind] : 'letters_kind_other');
    const entry = [`${kind}: ${needs.value(item.url, text('letters_need_url'))}`];
    if (item.description) entry.push(text('letters_item_shows', { description: item.description }));
    // Only a hold letter needs to say an id is unknown; a removal request just names the account.
    const account = accountText(item, text, withEvidence);
    if (account) entry.push(text('letters_item_posted_by', { account }));
    const times = seenTimes(item);
    if (times.length > 0) entry.push(text('letters_item_seen', { times: times.join(', ') }));
    if (withEvidence) {
      for (const capture of item.captures) {
        entry.push(
          capture.sha256.length > 0
            ? text('letters_item_evidence_sha', { id: capture.id, hashes: capture.sha256.join(', ') })
            : text('letters_item_evidence', { id: capture.id }),
        );
      }
    }
    return entry;
  });
  return { items, present: given.every((item) => item.url !== '') };
}

/** "u/name (account id t2_abc)", "account id 123", or '' when neither is known. */
export function accountText(item: Pick<LetterItem, 'accountHandle' | 'accountId'>, text: LetterText, sayIfNoId = true): string {
  const { accountHandle: handle, accountId: id } = item;
  if (handle && id) return text('letters_account_with_id', { handle, id });
  if (handle) return sayIfNoId ? text('letters_account_no_id', { handle }) : handle;
  return id ? text('letters_account_id_only', { id }) : '';
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
export function clippedNote(clipped: string[], text: LetterText): string[] {
  return clipped.length > 0 ? [text('letters_note_clipped', { fields: clipped.join(', ') })] : [];
}

/** Outside an English letter: the platform may want English, and the person can make that version too. */
export function englishVersionNote(text: LetterText): string[] {
  return text.language === 'en' ? [] : [text('letters_note_english_version')];
}

/** Inside a letter in another language: a platform may require English, and an English version exists. */
export function englishVersionBlocks(text: LetterText): Array<{ type: 'paragraph'; text: string }> {
  return text.language === 'en' ? [] : [{ type: 'paragraph', text: text('letters_english_available') }];
}
