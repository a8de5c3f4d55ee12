import { cleanInput, cleanOption } from './clean-input';
import { createCleaner } from './clean-value';
import { disclosureNotes } from './disclosure-notes';
import { letterDate } from './letter-dates';
import { type Block, createNeeds } from './letter-document';
import { agentSentence, clippedNote, contactLines, fromLine, itemEntries, personName, recipientLine, signatureLines } from './letter-parts';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import type { Letter, LetterInput, TakeItDownOptions } from './types';

const TITLE = 'Removal request under the TAKE IT DOWN Act';
// Pub. L. 119-12 § 3, codified at 47 U.S.C. § 223a: (a)(1)(B) lists what a request must include,
// (a)(3) gives covered platforms 48 hours to remove; platforms must comply from 19 May 2026.
const CITE = '47 U.S.C. § 223a(a)(1)(B)';
const IN_FORCE = '2026-05-19';

/** A notification and request for removal with every element of 47 U.S.C. § 223a(a)(1)(B)(i)–(iv). */
export function buildTakeItDownRequest(raw: LetterInput, rawOptions: TakeItDownOptions = {}): Letter {
  const clean = createCleaner();
  const input = cleanInput(raw, clean);
  const details = cleanOption(clean, rawOptions.details, 'the relevant information', true);
  const needs = createNeeds();
  const { sender, recipient } = input;
  const platform = recipient.platformName || recipient.platformId;
  const date = needs.value(letterDate(input.date), "the letter's date");
  const agent = Boolean(sender.agent);
  const person = personName(sender, needs);
  const [me, my] = agent ? [person, `${person}'s`] : ['me', 'my'];

  const intro = agentSentence(sender, needs);
  const depictions = itemEntries(input, needs, false);
  const contact = contactLines(sender, needs);
  const signature = signatureLines(input, needs, date);
  const blocks: Block[] = [
    {
      type: 'meta',
      rows: [
        ['Date', date],
        ['To', recipientLine(input, 'Trust and safety team')],
        ['From', fromLine(sender, needs)],
        ['Subject', 'Request to remove intimate images published without consent'],
      ],
    },
    { type: 'paragraph', text: `To the trust and safety team of ${platform},` },
    ...(intro ? [{ type: 'paragraph', text: intro } as const] : []),
    {
      type: 'paragraph',
      text: `${agent ? 'On their behalf, I' : 'I'} ask you to remove intimate images of ${me} that were published on ${platform} without ${my} consent. This is a notification and request for removal under section 3 of the TAKE IT DOWN Act (Public Law 119-12), 47 U.S.C. § 223a.`,
    },
    { type: 'heading', text: 'Where the images are' },
    { type: 'paragraph', text: `The intimate visual depictions of ${me} are at these addresses:` },
    { type: 'list', items: depictions.items },
    { type: 'heading', text: 'Statement of good faith' },
    {
      type: 'paragraph',
      text: `${agent ? `${person} has` : 'I have'} a good faith belief that the intimate visual depictions identified above are not consensual: they were published without ${my} consent.`,
    },
    ...(details ? [{ type: 'paragraph', text: `Relevant information: ${details}` } as const] : []),
    { type: 'heading', text: 'Contact information' },
    { type: 'lines', lines: contact.lines },
    { type: 'heading', text: 'What I ask' },
    {
      type: 'paragraph',
      text: 'Please remove these depictions as soon as possible, and no later than 48 hours after you receive this request, and make reasonable efforts to identify and remove any known identical copies, as 47 U.S.C. § 223a(a)(3) requires of covered platforms. Please confirm when this is done.',
    },
    { type: 'heading', text: 'Signature' },
    { type: 'lines', lines: signature.lines },
  ];
  const document = { title: TITLE, blocks };

  return {
    kind: 'take-it-down-request',
    title: TITLE,
    text: renderText(document),
    html: renderHtml(document),
    elements: [
      { id: 'signature', label: 'Signature of the person shown, or of someone authorized to act for them', cite: `${CITE}(i)`, present: signature.present },
      { id: 'location', label: 'Identification of the images and information to locate them', cite: `${CITE}(ii)`, present: depictions.present },
      { id: 'good-faith', label: 'Statement of good faith belief that the images are not consensual', cite: `${CITE}(iii)`, present: true },
      { id: 'contact', label: 'Information to contact the person or their representative', cite: `${CITE}(iv)`, present: contact.present },
    ],
    missing: needs.missing,
    notes: [
      letterDate(input.date) !== '' && input.date.slice(0, 10) < IN_FORCE
        ? 'Covered platforms have to follow the TAKE IT DOWN Act from 19 May 2026. Before then, many accept such requests anyway.'
        : 'A platform covered by the TAKE IT DOWN Act has to remove the images within 48 hours of a valid request. If it does not, you can report that to the US Federal Trade Commission.',
      `If ${platform} has its own TAKE IT DOWN form, it may be quicker to use it; this letter holds the same information.`,
      ...disclosureNotes(platform, recipient.contact),
      ...clippedNote(clean.clipped),
    ],
  };
}
