import { cleanInput, cleanOption } from './clean-input';
import { createCleaner } from './clean-value';
import { disclosureNotes } from './disclosure-notes';
import { letterDate } from './letter-dates';
import { type Block, createNeeds } from './letter-document';
import {
  agentSentence,
  clippedNote,
  contactLines,
  englishVersionBlocks,
  englishVersionNote,
  fromLine,
  itemEntries,
  personName,
  recipientLine,
  signatureLines,
} from './letter-parts';
import { letterText } from './letter-text';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import type { Letter, LetterInput, TakeItDownOptions } from './types';

// Pub. L. 119-12 § 3, codified at 47 U.S.C. § 223a: (a)(1)(B) lists what a request must include,
// (a)(3) gives covered platforms 48 hours to remove; platforms must comply from 19 May 2026.
const CITE = '47 U.S.C. § 223a(a)(1)(B)';
const IN_FORCE = '2026-05-19';

/** A notification and request for removal with every element of 47 U.S.C. § 223a(a)(1)(B)(i)–(iv). */
export function buildTakeItDownRequest(raw: LetterInput, rawOptions: TakeItDownOptions = {}): Letter {
  const text = letterText(raw.language);
  const clean = createCleaner();
  const input = cleanInput(raw, clean, text);
  const details = cleanOption(clean, rawOptions.details, text('letters_field_details'), true);
  const needs = createNeeds(text);
  const { sender, recipient } = input;
  const platform = recipient.platformName || recipient.platformId;
  const date = needs.value(letterDate(input.date, text.language), text('letters_need_date'));
  const agent = Boolean(sender.agent);
  const person = personName(sender, needs, text);
  const title = text('letters_tid_title');

  const intro = agentSentence(sender, needs, text);
  const depictions = itemEntries(input, needs, false, text);
  const contact = contactLines(sender, needs, text);
  const signature = signatureLines(input, needs, date, text);
  const blocks: Block[] = [
    {
      type: 'meta',
      rows: [
        [text('letters_meta_date'), date],
        [text('letters_meta_to'), recipientLine(input, text('letters_tid_agent_label'))],
        [text('letters_meta_from'), fromLine(sender, needs, text)],
        [text('letters_meta_subject'), text('letters_tid_subject')],
      ],
    },
    { type: 'paragraph', text: text('letters_tid_greeting', { platform }) },
    ...(intro ? [{ type: 'paragraph', text: intro } as const] : []),
    { type: 'paragraph', text: agent ? text('letters_tid_intro_agent', { person, platform }) : text('letters_tid_intro', { platform }) },
    { type: 'heading', text: text('letters_tid_heading_where') },
    { type: 'paragraph', text: agent ? text('letters_tid_where_intro_agent', { person }) : text('letters_tid_where_intro') },
    { type: 'list', items: depictions.items },
    { type: 'heading', text: text('letters_tid_heading_good_faith') },
    { type: 'paragraph', text: agent ? text('letters_tid_good_faith_agent', { person }) : text('letters_tid_good_faith') },
    ...(details ? [{ type: 'paragraph', text: text('letters_tid_details', { details }) } as const] : []),
    { type: 'heading', text: text('letters_heading_contact') },
    { type: 'lines', lines: contact.lines },
    { type: 'heading', text: text('letters_tid_heading_ask') },
    { type: 'paragraph', text: text('letters_tid_ask') },
    ...englishVersionBlocks(text),
    { type: 'heading', text: text('letters_heading_signature') },
    { type: 'lines', lines: signature.lines },
  ];
  const document = { language: text.language, title, blocks };

  return {
    kind: 'take-it-down-request',
    title,
    text: renderText(document),
    html: renderHtml(document),
    elements: [
      { id: 'signature', label: text('letters_tid_el_signature'), cite: `${CITE}(i)`, present: signature.present },
      { id: 'location', label: text('letters_tid_el_location'), cite: `${CITE}(ii)`, present: depictions.present },
      { id: 'good-faith', label: text('letters_tid_el_good_faith'), cite: `${CITE}(iii)`, present: true },
      { id: 'contact', label: text('letters_tid_el_contact'), cite: `${CITE}(iv)`, present: contact.present },
    ],
    missing: needs.missing,
    notes: [
      letterDate(input.date) !== '' && input.date.slice(0, 10) < IN_FORCE ? text('letters_tid_note_before') : text('letters_tid_note_after'),
      text('letters_tid_note_form', { platform }),
      ...disclosureNotes(platform, recipient.contact, text),
      ...englishVersionNote(text),
      ...clippedNote(clean.clipped, text),
    ],
  };
}
