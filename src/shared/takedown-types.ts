import type { Sha256Hex } from './hash';

/*
 * Removal requests (issue #9): the shapes shared by the form filler, the worker, the store, the
 * pages and the bundle. Records here are evidence of what was asked and when: they are appended,
 * never rewritten; a change of status is a new TrackerEvent.
 */

/** What the person keeps in Settings to fill requests with. Sealed at rest like every record. */
export interface TakedownProfile {
  legalName: string;
  /** The address requests are sent from; a separate one is suggested where a route discloses it. */
  email: string;
  address?: string;
  phone?: string;
  /** The name typed as an electronic signature. */
  signatureName: string;
  /** Someone acting for the person (a lawyer, a helpline); used instead of the person's own details when chosen. */
  agent?: { name: string; organisation?: string; email?: string; phone?: string };
}

/** Which route a request follows: the platform's routes (src/platforms) by id and position, or a cross-platform one. */
export interface RouteRef {
  /** null for cross-platform routes (StopNCII, search engines) and for hosts Preserve does not know. */
  platformId: string | null;
  kind: string;
  label: string;
  url?: string;
  email?: string;
}

/** What the person chose to share in one request: the filler fills only these, nothing else. */
export interface FillValues {
  contentUrls: string[];
  /** A neutral description of the content, in the person's words. */
  description?: string;
  legalName?: string;
  email?: string;
  address?: string;
  phone?: string;
  signature?: string;
  /** The request's date, YYYY-MM-DD, in the person's time zone. */
  date?: string;
  /** e.g. "I am the person shown" or "I act for the person shown". */
  relationship?: string;
}

export type FillKey = Exclude<keyof FillValues, 'contentUrls'> | 'contentUrl';

/** One field the filler wrote, as a person would read it on the form. */
export interface FilledField {
  key: FillKey;
  /** The field's label as found on the page (label, aria-label, placeholder or nearby text). */
  label: string;
  value: string;
  /** The frame's address when the field was inside an iframe. */
  frameUrl?: string;
}

export interface FillReport {
  /** The tab's hostname when it was filled. */
  host: string;
  filled: FilledField[];
  /** Values that found no field, for the copy panel. */
  unfilled: Array<{ key: FillKey; value: string }>;
  /** Fields left alone on purpose: hidden, honeypot, or of uncertain meaning. */
  skipped: Array<{ label: string; reason: string }>;
  /** From injection to the last field filled. */
  elapsedMs: number;
}

export type RequestMethod = 'form' | 'email' | 'in-app' | 'letter' | 'post' | 'other';

/** One removal request, as sent. Never changed afterwards; what happens next is in TrackerEvents. */
export interface RemovalRequestRecord {
  id: string;
  caseId: string;
  urls: string[];
  /** The captures of those URLs that the request cites. */
  captureIds: string[];
  route: RouteRef;
  method: RequestMethod;
  /** When the person sent it (UTC ISO); for a request recorded by hand, the date they give. */
  sentAt: string;
  /** When Preserve recorded it (UTC ISO, the extension's clock). */
  recordedAt: string;
  /** The reference, ticket or case number the platform gave, when known. */
  reference?: string;
  /** The values as they stood in the form when the person said "I sent it". */
  filled?: FilledField[];
  /** The capture of the confirmation page ("I sent it"). */
  confirmationCaptureId?: string;
  letterId?: string;
  note?: string;
}

export type TrackerStatus = 'found' | 'captured' | 'requested' | 'removed' | 'refused' | 'escalated' | 'reappeared';

/** A dated change of one URL's status. The tracker is the list of these; none is overwritten. */
export interface TrackerEvent {
  id: string;
  caseId: string;
  url: string;
  status: TrackerStatus;
  /** When it happened, as the person says or as Preserve saw it (UTC ISO). */
  at: string;
  /** When Preserve recorded it (UTC ISO, the extension's clock). */
  recordedAt: string;
  requestId?: string;
  note?: string;
}

export type LetterKind = 'dmca' | 'take-it-down' | 'preservation';

/** A letter as the person saved it, after reviewing and editing. */
export interface LetterRecord {
  id: string;
  caseId: string;
  kind: LetterKind;
  title: string;
  createdAt: string;
  text: string;
  html: string;
  /** SHA-256 of the UTF-8 text, so the bundle can show it was not changed after saving. */
  textSha256: Sha256Hex;
  requestId?: string;
}
