import type { Language } from '../locales';
import type { DetectionKind, RemovalRoute } from '../platforms/types';

/**
 * What a letter is built from, independent of how the case is stored: the app copies in only what
 * the person chose to share for this letter, and the builders use nothing else.
 */
export interface LetterInput {
  sender: LetterSender;
  recipient: LetterRecipient;
  items: LetterItem[];
  /** The letter's date, UTC ISO (`2026-05-19` or a full date-time): injected, never read from a clock. */
  date: string /** The language the letter is written in; English when not given. The statutes cited stay the same. */;
  language?: Language;
}

export interface LetterSender {
  legalName?: string;
  email?: string;
  postalAddress?: string;
  phone?: string;
  /** Typed as the electronic signature when no representative signs. */
  signatureName?: string;
  /** Someone acting for the person (a lawyer, a helpline): they sign, and their contact is given. */
  agent?: LetterAgent;
}

export interface LetterAgent {
  name?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  postalAddress?: string;
  /** Why they may act, in the person's words: "my attorney", "authorised in writing on 2 May 2026". */
  authority?: string;
  signatureName?: string;
}

export interface LetterRecipient {
  platformId: string;
  platformName: string;
  contact?: LetterContact;
}

/** An address taken from the platform's removal routes (see `letterContact`) or typed by the person. */
export interface LetterContact {
  label: string;
  email?: string;
  url?: string;
  postalAddress?: string;
  confidence?: RemovalRoute['confidence'];
  discloses?: RemovalRoute['discloses'];
}

export interface LetterItem {
  url: string;
  kind: DetectionKind;
  /** What it shows, in the person's own neutral words. */
  description?: string;
  accountHandle?: string;
  /** The platform's stable id for the account, which survives a change of handle. */
  accountId?: string;
  captures: LetterCapture[];
}

export interface LetterCapture {
  id: string;
  /** UTC ISO-8601, as the browser recorded it. */
  capturedAt: string;
  /** SHA-256 of the capture record and of its files, hex. */
  sha256: string[];
}

export interface DmcaOptions {
  /** The original work: "a photograph I took of myself in 2023". */
  work?: string;
  /** Where the person's original is: a URL, or "on my phone". */
  originalAt?: string;
  /** The person is the one depicted and took or made the image themselves, so owns its copyright. */
  createdByMe?: boolean;
}

export interface TakeItDownOptions {
  /** Anything that helps the platform see it was published without consent, in the person's words. */
  details?: string;
}

export interface PreservationOptions {
  caseReference?: string;
  /** UTC ISO dates; left out, the letter asks from each account's creation to the letter's date. */
  preserveFrom?: string;
  preserveTo?: string;
  /** How long to keep the records; 90 days, as for a provider under 18 U.S.C. § 2703(f), unless given. */
  periodDays?: number;
}

export type LetterKind = 'dmca-notice' | 'take-it-down-request' | 'preservation-request';

/** One element the law (or, for preservation, good practice) requires, and whether the input gave it. */
export interface LetterElement {
  id: string;
  label: string;
  /** The provision that asks for it, when one does. */
  cite?: string;
  present: boolean;
}

export interface Letter {
  kind: LetterKind;
  title: string;
  /** Plain text wrapped at 76 columns (a URL longer than that stays on one line so it still works). */
  text: string;
  /** A printable, self-contained page: inline CSS, no scripts, no external resources. */
  html: string;
  elements: LetterElement[];
  /** Required inputs that were not given; each appears in the letter as "[to fill in: …]". */
  missing: string[];
  /** For the person, never part of the letter: who will see it, what to check before sending. */
  notes: string[];
}
