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
import type { DmcaOptions, Letter, LetterInput } from './types';

const CITE = '17 U.S.C. § 512(c)(3)(A)';

/**
 * A notice with every element of 17 U.S.C. § 512(c)(3)(A)(i)–(vi). The two statements keep the
 * statute's own words, because that is what a copyright agent checks a notice against; in another
 * language they translate those words closely and the letter offers an English version.
 */
export function buildDmcaNotice(raw: LetterInput, rawOptions: DmcaOptions = {}): Letter {
  const text = letterText(raw.language);
  const clean = createCleaner();
  const input = cleanInput(raw, clean, text);
  const work = cleanOption(clean, rawOptions.work, text('letters_field_work'), true);
  const originalAt = cleanOption(clean, rawOptions.originalAt, text('letters_field_original'));
  const needs = createNeeds(text);
  const { sender, recipient } = input;
  const platform = recipient.platformName || recipient.platformId;
  const date = needs.value(letterDate(input.date, text.language), text('letters_need_date'));
  const agent = Boolean(sender.agent);
  const owner = personName(sender, needs, text);
  const title = text('letters_dmca_title');

  const meta: Block = {
    type: 'meta',
    rows: [
      [text('letters_meta_date'), date],
      [text('letters_meta_to'), recipientLine(input, text('letters_dmca_agent_label'))],
      [text('letters_meta_from'), fromLine(sender, needs, text)],
      [text('letters_meta_subject'), text('letters_dmca_subject', { platform })],
    ],
  };
  const intro = agentSentence(sender, needs, text);
  const workText = needs.value(work, text('letters_dmca_need_work'));
  const ownership = rawOptions.createdByMe ? (agent ? text('letters_dmca_ownership_agent', { owner }) : text('letters_dmca_ownership')) : '';
  const material = itemEntries(input, needs, false, text);
  const contact = contactLines(sender, needs, text);
  const signature = signatureLines(input, needs, date, text);

  const blocks: Block[] = [
    meta,
    { type: 'paragraph', text: text('letters_dmca_greeting', { platform }) },
    ...(intro ? [{ type: 'paragraph', text: intro } as const] : []),
    { type: 'paragraph', text: text('letters_dmca_intro', { platform }) },
    { type: 'heading', text: text('letters_dmca_heading_work') },
    { type: 'paragraph', text: workText },
    ...(ownership ? [{ type: 'paragraph', text: ownership } as const] : []),
    ...(originalAt ? [{ type: 'paragraph', text: text('letters_dmca_original_at', { place: originalAt }) } as const] : []),
    { type: 'heading', text: text('letters_dmca_heading_material') },
    { type: 'paragraph', text: text('letters_dmca_material_intro') },
    { type: 'list', items: material.items },
    { type: 'heading', text: text('letters_heading_contact') },
    { type: 'lines', lines: contact.lines },
    { type: 'heading', text: text('letters_heading_statements') },
    { type: 'paragraph', text: text('letters_dmca_good_faith') },
    { type: 'paragraph', text: text(agent ? 'letters_dmca_accuracy_agent' : 'letters_dmca_accuracy_owner') },
    ...englishVersionBlocks(text),
    { type: 'heading', text: text('letters_heading_signature') },
    { type: 'lines', lines: signature.lines },
  ];
  const document = { language: text.language, title, blocks };

  return {
    kind: 'dmca-notice',
    title,
    text: renderText(document),
    html: renderHtml(document),
    elements: [
      { id: 'signature', label: text('letters_dmca_el_signature'), cite: `${CITE}(i)`, present: signature.present },
      { id: 'work', label: text('letters_dmca_el_work'), cite: `${CITE}(ii)`, present: work !== '' },
      { id: 'material', label: text('letters_dmca_el_material'), cite: `${CITE}(iii)`, present: material.present },
      { id: 'contact', label: text('letters_dmca_el_contact'), cite: `${CITE}(iv)`, present: contact.present },
      { id: 'good-faith', label: text('letters_dmca_el_good_faith'), cite: `${CITE}(v)`, present: true },
      { id: 'accuracy', label: text('letters_dmca_el_accuracy'), cite: `${CITE}(vi)`, present: true },
    ],
    missing: needs.missing,
    notes: [
      text('letters_dmca_note_owner'),
      text('letters_dmca_note_disclosure'),
      ...disclosureNotes(platform, recipient.contact, text),
      ...englishVersionNote(text),
      ...clippedNote(clean.clipped, text),
    ],
  };
}
