import { cleanInput, cleanOption } from './clean-input';
import { createCleaner } from './clean-value';
import { daysAfter, letterDate } from './letter-dates';
import { type Block, createNeeds } from './letter-document';
import { accountText, agentSentence, clippedNote, contactLines, fromLine, itemEntries, personName, seenTimes, signatureLines } from './letter-parts';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import type { Letter, LetterInput, PreservationOptions } from './types';

const TITLE = 'Request to preserve records';
// 18 U.S.C. § 2703(f)(2): a provider keeps records 90 days when a government entity asks. A private
// person's letter has no such force, so the letter asks for the same voluntarily and says so.
const DEFAULT_DAYS = 90;
const CONTACT_LABEL = "the platform's legal or law-enforcement contact (email or postal address)";

/** A litigation-hold letter: the accounts, addresses and times to preserve, and what to keep. */
export function buildPreservationRequest(raw: LetterInput, rawOptions: PreservationOptions = {}): Letter {
  const clean = createCleaner();
  const input = cleanInput(raw, clean);
  const reference = cleanOption(clean, rawOptions.caseReference, 'the case reference');
  const from = periodEnd(cleanOption(clean, rawOptions.preserveFrom, 'the start of the period'));
  const to = periodEnd(cleanOption(clean, rawOptions.preserveTo, 'the end of the period'));
  const asked = rawOptions.periodDays ?? DEFAULT_DAYS;
  const days = Number.isInteger(asked) && asked > 0 && asked <= 366 ? asked : DEFAULT_DAYS;
  const needs = createNeeds();
  const { sender, recipient } = input;
  const platform = recipient.platformName || recipient.platformId;
  const date = needs.value(letterDate(input.date), "the letter's date");
  const until = daysAfter(input.date, days);
  const agent = Boolean(sender.agent);
  const person = personName(sender, needs);
  const [me, my] = agent ? [person, 'their'] : ['me', 'my'];

  const contact = recipient.contact;
  const address = [contact?.email, contact?.url, contact?.postalAddress].filter(Boolean).join('\n');
  const toLine = `${contact?.label || 'Legal department'}, ${platform}\n${needs.value(address, CONTACT_LABEL)}`;
  const accounts = [...new Set(input.items.map((item) => accountText(item)).filter(Boolean))];
  const accountItems = accounts.length > 0 ? accounts.map((account) => [account]) : [[needs.value('', 'the account(s) that posted the images, if known')]];
  const content = itemEntries(input, needs, true);
  const timesKnown = input.items.length > 0 && input.items.every((item) => seenTimes(item).length > 0);
  if (!timesKnown) needs.value('', 'when you saw each address (date and time, UTC)');
  const intro = agentSentence(sender, needs);
  const senderContact = contactLines(sender, needs);
  const signature = signatureLines(input, needs, date);

  const blocks: Block[] = [
    {
      type: 'meta',
      rows: [
        ['Date', date],
        ['To', toLine],
        ['From', fromLine(sender, needs)],
        ...(reference ? [['Reference', reference] as [string, string]] : []),
        ['Subject', `Please preserve records about accounts and content on ${platform}`],
      ],
    },
    { type: 'paragraph', text: `To the legal department of ${platform},` },
    ...(intro ? [{ type: 'paragraph', text: intro } as const] : []),
    {
      type: 'paragraph',
      text: `Intimate images of ${me} were published on ${platform} without ${my} consent. ${agent ? 'On their behalf, I' : 'I'} ask ${platform} to preserve the records listed below, because legal process may follow.`,
    },
    { type: 'heading', text: 'This is a request, not a legal order' },
    {
      type: 'paragraph',
      text: `This letter is a request from a private person, not a court order or other legal process. Under 18 U.S.C. § 2703(f), a provider preserves records for 90 days when a government entity asks. I ask you to do the same voluntarily: please keep these records for ${days} days from the date of this letter${until ? ` (until ${until})` : ''}, and longer if legal process arrives in that time.`,
    },
    { type: 'heading', text: 'Accounts' },
    { type: 'list', items: accountItems },
    { type: 'heading', text: 'Addresses and when they were seen' },
    {
      type: 'paragraph',
      text: `Times are in UTC.${input.items.some((item) => item.captures.some((capture) => capture.sha256.length > 0)) ? ' The SHA-256 values identify the saved copies of the evidence.' : ''}`,
    },
    {
      type: 'list',
      items: content.items.map((entry, index) => {
        const item = input.items[index];
        return item && seenTimes(item).length > 0 ? entry : [...entry, `Seen: ${needs.value('', 'when you saw each address (date and time, UTC)')}`];
      }),
    },
    { type: 'heading', text: 'Period' },
    {
      type: 'paragraph',
      text: `Please preserve records from ${from || 'the creation of each account listed above'} to ${to || 'the date of this letter'}.`,
    },
    { type: 'heading', text: 'What to preserve' },
    {
      type: 'list',
      items: [
        [
          'The content at the addresses above, including copies that were removed or deleted, with its metadata: upload dates and times, file names and hashes, captions and comments.',
        ],
        [
          'Account and subscriber information for the accounts above: names, usernames and earlier usernames, email addresses, phone numbers, recovery details, and the date and IP address of registration.',
        ],
        ['IP address logs of sign-ins, uploads and posts by these accounts, with dates, times and time zones.'],
        ['Associated metadata: device identifiers, session records, and records of reports made about this content.'],
      ],
    },
    { type: 'paragraph', text: 'Please do not tell the account holders about this request.' },
    { type: 'heading', text: 'Legal process may follow' },
    {
      type: 'paragraph',
      text: 'A subpoena, court order or other legal process may follow to obtain these records. I am not asking you to disclose anything to me now, only to keep it.',
    },
    { type: 'heading', text: 'Contact information' },
    { type: 'lines', lines: senderContact.lines },
    { type: 'heading', text: 'Signature' },
    { type: 'lines', lines: signature.lines },
  ];
  const document = { title: TITLE, blocks };

  return {
    kind: 'preservation-request',
    title: TITLE,
    text: renderText(document),
    html: renderHtml(document),
    elements: [
      { id: 'recipient', label: "The platform's legal or law-enforcement contact", present: address !== '' },
      { id: 'accounts', label: 'The accounts, with their stable ids', present: accounts.length > 0 },
      { id: 'urls', label: 'The addresses (URLs) of the content', present: content.present },
      { id: 'dates', label: 'The dates and times the content was seen', present: timesKnown },
      { id: 'records', label: 'What to preserve: content, subscriber information, IP logs and metadata', present: true },
      { id: 'period', label: 'How long to preserve it', cite: '18 U.S.C. § 2703(f)(2)', present: true },
      { id: 'not-an-order', label: 'A plain statement that this is a request, not a legal order', present: true },
      { id: 'legal-process', label: 'That legal process may follow', present: true },
      { id: 'contact', label: 'Contact information', present: senderContact.present },
      { id: 'signature', label: 'Signature', present: signature.present },
    ],
    missing: needs.missing,
    notes: [
      'This is a request, not an order: a platform does not have to keep records because a private person asks. A lawyer, or the police, can send a formal preservation request.',
      'Platforms may delete records when they remove content or close an account, so it helps to send this before, or together with, removal requests.',
      ...(address ? [] : [`Preserve does not know ${platform}'s legal contact. Platforms usually give one in their law-enforcement guidelines.`]),
      ...clippedNote(clean.clipped),
    ],
  };
}

/** A date as the letter writes it; a value that is not an ISO date is kept as the person typed it. */
function periodEnd(value: string): string {
  return letterDate(value) || value;
}
