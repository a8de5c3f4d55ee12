import { cleanInput, cleanOption } from './clean-input';
import { createCleaner } from './clean-value';
import { disclosureNotes } from './disclosure-notes';
import { letterDate } from './letter-dates';
import { type Block, createNeeds } from './letter-document';
import { agentSentence, clippedNote, contactLines, fromLine, itemEntries, personName, recipientLine, signatureLines } from './letter-parts';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import type { DmcaOptions, Letter, LetterInput } from './types';

const TITLE = 'Notice of copyright infringement (17 U.S.C. § 512(c)(3))';
const CITE = '17 U.S.C. § 512(c)(3)(A)';

/**
 * A notice with every element of 17 U.S.C. § 512(c)(3)(A)(i)–(vi). The two statements keep the
 * statute's own words, because that is what a copyright agent checks a notice against.
 */
export function buildDmcaNotice(raw: LetterInput, rawOptions: DmcaOptions = {}): Letter {
  const clean = createCleaner();
  const input = cleanInput(raw, clean);
  const work = cleanOption(clean, rawOptions.work, 'the description of the work', true);
  const originalAt = cleanOption(clean, rawOptions.originalAt, 'where the original is');
  const needs = createNeeds();
  const { sender, recipient } = input;
  const platform = recipient.platformName || recipient.platformId;
  const date = needs.value(letterDate(input.date), "the letter's date");
  const agent = Boolean(sender.agent);
  const owner = personName(sender, needs);

  const meta: Block = {
    type: 'meta',
    rows: [
      ['Date', date],
      ['To', recipientLine(input, 'Designated copyright agent')],
      ['From', fromLine(sender, needs)],
      ['Subject', `Notice of copyright infringement on ${platform}`],
    ],
  };
  const intro = agentSentence(sender, needs);
  const workText = needs.value(work, 'a description of the copyrighted work');
  const ownership = rawOptions.createdByMe
    ? agent
      ? `${owner} is the person shown in this work and made it, so owns the copyright in it.`
      : 'I am the person shown in this work and I made it, so I own the copyright in it.'
    : '';
  const material = itemEntries(input, needs, false);
  const contact = contactLines(sender, needs);
  const signature = signatureLines(input, needs, date);

  const blocks: Block[] = [
    meta,
    { type: 'paragraph', text: `To the designated copyright agent of ${platform},` },
    ...(intro ? [{ type: 'paragraph', text: intro } as const] : []),
    {
      type: 'paragraph',
      text: `This is a notice of copyright infringement under the Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3). Material on ${platform} copies the work described below without permission. Please remove it, or disable access to it, promptly.`,
    },
    { type: 'heading', text: 'The copyrighted work' },
    { type: 'paragraph', text: workText },
    ...(ownership ? [{ type: 'paragraph', text: ownership } as const] : []),
    ...(originalAt ? [{ type: 'paragraph', text: `Where the original is: ${originalAt}` } as const] : []),
    { type: 'heading', text: 'The infringing material' },
    { type: 'paragraph', text: 'The material below copies that work. Each address leads directly to it:' },
    { type: 'list', items: material.items },
    { type: 'heading', text: 'Contact information' },
    { type: 'lines', lines: contact.lines },
    { type: 'heading', text: 'Statements' },
    {
      type: 'paragraph',
      text: 'I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.',
    },
    {
      type: 'paragraph',
      text: `The information in this notification is accurate, and under penalty of perjury, I am ${agent ? 'authorized to act on behalf of the owner' : 'the owner, or authorized to act on behalf of the owner,'} of an exclusive right that is allegedly infringed.`,
    },
    { type: 'heading', text: 'Signature' },
    { type: 'lines', lines: signature.lines },
  ];
  const document = { title: TITLE, blocks };

  return {
    kind: 'dmca-notice',
    title: TITLE,
    text: renderText(document),
    html: renderHtml(document),
    elements: [
      { id: 'signature', label: 'Signature of the owner or a person authorized to act for them', cite: `${CITE}(i)`, present: signature.present },
      { id: 'work', label: 'Identification of the copyrighted work', cite: `${CITE}(ii)`, present: work !== '' },
      { id: 'material', label: 'Identification of the infringing material and where to find it', cite: `${CITE}(iii)`, present: material.present },
      { id: 'contact', label: 'Contact information (address, phone or email)', cite: `${CITE}(iv)`, present: contact.present },
      { id: 'good-faith', label: 'Statement of good faith belief that the use is not authorized', cite: `${CITE}(v)`, present: true },
      { id: 'accuracy', label: 'Statement of accuracy and, under penalty of perjury, of authority to act', cite: `${CITE}(vi)`, present: true },
    ],
    missing: needs.missing,
    notes: [
      'A copyright notice is for the copyright owner: usually whoever took the photo or made the video. If someone else took it, the intimate-image or privacy route may fit better.',
      'Many platforms pass copyright notices, with the name and contact details in them, to the person who posted the material, and notices sent to Google are published on Lumen (lumendatabase.org). A separate email address, or a lawyer or helpline sending it for you, keeps your own details out of it.',
      ...disclosureNotes(platform, recipient.contact),
      ...clippedNote(clean.clipped),
    ],
  };
}
