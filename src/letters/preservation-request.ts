import { cleanInput, cleanOption } from './clean-input';
import { createCleaner } from './clean-value';
import { daysAfter, letterDate } from './letter-dates';
import { type Block, createNeeds } from './letter-document';
import {
  accountText,
  agentSentence,
  clippedNote,
  contactLines,
  englishVersionBlocks,
  englishVersionNote,
  fromLine,
  itemEntries,
  personName,
  seenTimes,
  signatureLines,
} from './letter-parts';
import { type LetterText, letterText } from './letter-text';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import type { Letter, LetterInput, PreservationOptions } from './types';

// 18 U.S.C. § 2703(f)(2): a provider keeps records 90 days when a government entity asks. A private
// person's letter has no such force, so the letter asks for the same voluntarily and says so.
const DEFAULT_DAYS = 90;

/** A litigation-hold letter: the accounts, addresses and times to preserve, and what to keep. */
export function buildPreservationRequest(raw: LetterInput, rawOptions: PreservationOptions = {}): Letter {
  const text = letterText(raw.language);
  const clean = createCleaner();
  const input = cleanInput(raw, clean, text);
  const reference = cleanOption(clean, rawOptions.caseReference, text('letters_field_case_reference'));
  const from = periodEnd(cleanOption(clean, rawOptions.preserveFrom, text('letters_field_period_start')), text);
  const to = periodEnd(cleanOption(clean, rawOptions.preserveTo, text('letters_field_period_end')), text);
  const asked = rawOptions.periodDays ?? DEFAULT_DAYS;
  const days = Number.isInteger(asked) && asked > 0 && asked <= 366 ? asked : DEFAULT_DAYS;
  const needs = createNeeds(text);
  const { sender, recipient } = input;
  const platform = recipient.platformName || recipient.platformId;
  const date = needs.value(letterDate(input.date, text.language), text('letters_need_date'));
  const until = daysAfter(input.date, days, text.language);
  const agent = Boolean(sender.agent);
  const person = personName(sender, needs, text);
  const title = text('letters_pres_title');
  const timesLabel = text('letters_pres_need_times');

  const contact = recipient.contact;
  const address = [contact?.email, contact?.url, contact?.postalAddress].filter(Boolean).join('\n');
  const toLine = `${contact?.label || text('letters_pres_legal_department')}, ${platform}\n${needs.value(address, text('letters_pres_need_contact'))}`;
  const accounts = [...new Set(input.items.map((item) => accountText(item, text)).filter(Boolean))];
  const accountItems = accounts.length > 0 ? accounts.map((account) => [account]) : [[needs.value('', text('letters_pres_need_accounts'))]];
  const content = itemEntries(input, needs, true, text);
  const timesKnown = input.items.length > 0 && input.items.every((item) => seenTimes(item).length > 0);
  if (!timesKnown) needs.value('', timesLabel);
  const intro = agentSentence(sender, needs, text);
  const senderContact = contactLines(sender, needs, text);
  const signature = signatureLines(input, needs, date, text);
  const hashes = input.items.some((item) => item.captures.some((capture) => capture.sha256.length > 0));

  const blocks: Block[] = [
    {
      type: 'meta',
      rows: [
        [text('letters_meta_date'), date],
        [text('letters_meta_to'), toLine],
        [text('letters_meta_from'), fromLine(sender, needs, text)],
        ...(reference ? [[text('letters_meta_reference'), reference] as [string, string]] : []),
        [text('letters_meta_subject'), text('letters_pres_subject', { platform })],
      ],
    },
    { type: 'paragraph', text: text('letters_pres_greeting', { platform }) },
    ...(intro ? [{ type: 'paragraph', text: intro } as const] : []),
    { type: 'paragraph', text: agent ? text('letters_pres_intro_agent', { person, platform }) : text('letters_pres_intro', { platform }) },
    { type: 'heading', text: text('letters_pres_heading_not_order') },
    { type: 'paragraph', text: until ? text('letters_pres_not_order_until', { days, until }) : text('letters_pres_not_order', { days }) },
    { type: 'heading', text: text('letters_pres_heading_accounts') },
    { type: 'list', items: accountItems },
    { type: 'heading', text: text('letters_pres_heading_addresses') },
    { type: 'paragraph', text: `${text('letters_pres_times_utc')}${hashes ? ` ${text('letters_pres_sha_note')}` : ''}` },
    {
      type: 'list',
      items: content.items.map((entry, index) => {
        const item = input.items[index];
        return item && seenTimes(item).length > 0 ? entry : [...entry, text('letters_item_seen', { times: needs.value('', timesLabel) })];
      }),
    },
    { type: 'heading', text: text('letters_pres_heading_period') },
    {
      type: 'paragraph',
      text: text('letters_pres_period', { from: from || text('letters_pres_from_default'), to: to || text('letters_pres_to_default') }),
    },
    { type: 'heading', text: text('letters_pres_heading_what') },
    {
      type: 'list',
      items: [
        [text('letters_pres_what_content')],
        [text('letters_pres_what_subscriber')],
        [text('letters_pres_what_ip')],
        [text('letters_pres_what_metadata')],
      ],
    },
    { type: 'paragraph', text: text('letters_pres_do_not_tell') },
    { type: 'heading', text: text('letters_pres_heading_process') },
    { type: 'paragraph', text: text('letters_pres_process') },
    { type: 'heading', text: text('letters_heading_contact') },
    { type: 'lines', lines: senderContact.lines },
    ...englishVersionBlocks(text),
    { type: 'heading', text: text('letters_heading_signature') },
    { type: 'lines', lines: signature.lines },
  ];
  const document = { language: text.language, title, blocks };

  return {
    kind: 'preservation-request',
    title,
    text: renderText(document),
    html: renderHtml(document),
    elements: [
      { id: 'recipient', label: text('letters_pres_el_recipient'), present: address !== '' },
      { id: 'accounts', label: text('letters_pres_el_accounts'), present: accounts.length > 0 },
      { id: 'urls', label: text('letters_pres_el_urls'), present: content.present },
      { id: 'dates', label: text('letters_pres_el_dates'), present: timesKnown },
      { id: 'records', label: text('letters_pres_el_records'), present: true },
      { id: 'period', label: text('letters_pres_el_period'), cite: '18 U.S.C. § 2703(f)(2)', present: true },
      { id: 'not-an-order', label: text('letters_pres_el_not_order'), present: true },
      { id: 'legal-process', label: text('letters_pres_el_legal_process'), present: true },
      { id: 'contact', label: text('letters_heading_contact'), present: senderContact.present },
      { id: 'signature', label: text('letters_heading_signature'), present: signature.present },
    ],
    missing: needs.missing,
    notes: [
      text('letters_pres_note_request'),
      text('letters_pres_note_delete'),
      ...(address ? [] : [text('letters_pres_note_no_contact', { platform })]),
      ...englishVersionNote(text),
      ...clippedNote(clean.clipped, text),
    ],
  };
}

/** A date as the letter writes it; a value that is not an ISO date is kept as the person typed it. */
function periodEnd(value: string, text: LetterText): string {
  return letterDate(value, text.language) || value;
}
