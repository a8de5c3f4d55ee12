import { UserFacingError } from '../shared/errors';
import type { RequestOf } from '../shared/messages';
import type { FilledField, LetterKind, RemovalRequestRecord, RequestMethod, RouteRef, TrackerStatus } from '../shared/takedown-types';
import { optionalEmail, optionalText, pastMoment, requiredText, webAddress } from './check-text';

const STATUSES: readonly TrackerStatus[] = ['found', 'captured', 'requested', 'removed', 'refused', 'escalated', 'reappeared'];
const METHODS: readonly RequestMethod[] = ['form', 'email', 'in-app', 'letter', 'post', 'other'];
const LETTER_KINDS: readonly LetterKind[] = ['dmca', 'take-it-down', 'preservation'];
const MAX_URLS = 200;
const NOTE = 5_000;

/** A request recorded by hand, as it will be stored (without its id and recording time). */
export function checkRequest(input: RequestOf<'takedown.record'>, now: Date): Omit<RemovalRequestRecord, 'id' | 'recordedAt'> {
  if (!METHODS.includes(input.method)) throw new UserFacingError('Please choose how the request was sent.', 'bad-method');
  const urls = checkUrls(input.urls);
  const reference = optionalText(input.reference, 'the reference', 200);
  const note = optionalText(input.note, 'the note', NOTE);
  const filled = input.filled === undefined ? undefined : checkFilled(input.filled);
  return {
    caseId: requiredText(input.caseId, 'the case', 128),
    urls,
    captureIds: checkIds(input.captureIds, 'captures'),
    route: checkRoute(input.route),
    method: input.method,
    sentAt: pastMoment(input.sentAt, 'the date it was sent', now),
    ...(reference && { reference }),
    ...(filled && { filled }),
    ...(input.confirmationCaptureId && { confirmationCaptureId: requiredText(input.confirmationCaptureId, 'the confirmation capture', 128) }),
    ...(input.letterId && { letterId: requiredText(input.letterId, 'the letter', 128) }),
    ...(note && { note }),
  };
}

/** A status change, as it will be stored (without its id and recording time). */
export function checkStatus(input: RequestOf<'tracker.setStatus'>, now: Date): RequestOf<'tracker.setStatus'> {
  if (!STATUSES.includes(input.status)) throw new UserFacingError('Please choose one of the statuses offered.', 'bad-status');
  const note = optionalText(input.note, 'the note', NOTE);
  const requestId = optionalText(input.requestId, 'the request', 128);
  return {
    caseId: requiredText(input.caseId, 'the case', 128),
    url: webAddress(input.url),
    status: input.status,
    at: pastMoment(input.at, 'the date', now),
    ...(note && { note }),
    ...(requestId && { requestId }),
  };
}

export function checkLetter(input: RequestOf<'letter.save'>): RequestOf<'letter.save'> {
  if (!LETTER_KINDS.includes(input.kind)) throw new UserFacingError('Preserve does not know this kind of letter.', 'bad-letter');
  const requestId = optionalText(input.requestId, 'the request', 128);
  return {
    caseId: requiredText(input.caseId, 'the case', 128),
    kind: input.kind,
    title: requiredText(input.title, 'the letter’s title', 300),
    text: requiredText(input.text, 'the letter', 200_000),
    html: typeof input.html === 'string' && input.html.length <= 1_000_000 ? input.html : tooLong('The printable letter'),
    ...(requestId && { requestId }),
  };
}

export function checkUrls(urls: unknown): string[] {
  if (!Array.isArray(urls) || urls.length === 0) throw new UserFacingError('Please give the address of the content the request is about.', 'no-urls');
  if (urls.length > MAX_URLS) throw new UserFacingError(`One request can name at most ${MAX_URLS} addresses.`, 'too-many-urls');
  return [...new Set(urls.map(webAddress))];
}

function checkRoute(route: RouteRef): RouteRef {
  if (typeof route !== 'object' || route === null) throw new UserFacingError('Please choose where the request was sent.', 'bad-route');
  const url = route.url === undefined ? undefined : webAddress(route.url);
  const email = optionalEmail(route.email, 'the route’s email');
  const platformId = route.platformId === null ? null : requiredText(route.platformId, 'the platform', 64);
  return {
    platformId,
    kind: requiredText(route.kind, 'the kind of route', 40),
    label: requiredText(route.label, 'where the request was sent', 300),
    ...(url && { url }),
    ...(email && { email }),
  };
}

function checkIds(ids: unknown, what: string): string[] {
  if (!Array.isArray(ids) || ids.length > 10_000 || ids.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 128)) {
    throw new UserFacingError(`The list of ${what} could not be read.`, 'bad-ids');
  }
  return [...new Set(ids as string[])];
}

function checkFilled(filled: unknown): FilledField[] {
  if (!Array.isArray(filled) || filled.length > 200) throw new UserFacingError('The filled values could not be read.', 'bad-filled');
  return filled.map((field: FilledField) => ({
    key: requiredText(field?.key, 'a filled field’s name', 40) as FilledField['key'],
    label: optionalText(field.label, 'a filled field’s label', 500) ?? '',
    value: optionalText(field.value, 'a filled value', 10_000) ?? '',
    ...(field.frameUrl && { frameUrl: webAddress(field.frameUrl) }),
  }));
}

function tooLong(what: string): never {
  throw new UserFacingError(`${what} is missing or too long.`, 'too-long');
}
