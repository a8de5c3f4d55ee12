import { UserFacingError } from '../shared/errors';
import type { RequestOf } from '../shared/messages';
import type { FilledField, LetterKind, RemovalRequestRecord, RequestMethod, RouteRef, TrackerStatus } from '../shared/takedown-types';
import { optionalEmail, optionalText, pastMoment, requiredText, webAddress } from './check-text';
import { ENGLISH, type TakedownText } from './takedown-text';

const STATUSES: readonly TrackerStatus[] = ['found', 'captured', 'requested', 'removed', 'refused', 'escalated', 'reappeared'];
const METHODS: readonly RequestMethod[] = ['form', 'email', 'in-app', 'letter', 'post', 'other'];
const LETTER_KINDS: readonly LetterKind[] = ['dmca', 'take-it-down', 'preservation'];
const MAX_URLS = 200;
const NOTE = 5_000;

/** A request recorded by hand, as it will be stored (without its id and recording time). */
export function checkRequest(input: RequestOf<'takedown.record'>, now: Date, text: TakedownText = ENGLISH): Omit<RemovalRequestRecord, 'id' | 'recordedAt'> {
  if (!METHODS.includes(input.method)) throw new UserFacingError(text('takedowns_check_no_method'), 'bad-method');
  const urls = checkUrls(input.urls, text);
  const reference = optionalText(input.reference, 'takedowns_field_reference', 200, text);
  const note = optionalText(input.note, 'takedowns_field_note', NOTE, text);
  const filled = input.filled === undefined ? undefined : checkFilled(input.filled, text);
  return {
    caseId: requiredText(input.caseId, 'takedowns_field_case', 128, text),
    urls,
    captureIds: checkCaptureIds(input.captureIds, text),
    route: checkRoute(input.route, text),
    method: input.method,
    sentAt: pastMoment(input.sentAt, 'takedowns_field_sent_date', now, text),
    ...(reference && { reference }),
    ...(filled && { filled }),
    ...(input.confirmationCaptureId && {
      confirmationCaptureId: requiredText(input.confirmationCaptureId, 'takedowns_field_confirmation', 128, text),
    }),
    ...(input.letterId && { letterId: requiredText(input.letterId, 'takedowns_field_letter', 128, text) }),
    ...(note && { note }),
  };
}

/** A status change, as it will be stored (without its id and recording time). */
export function checkStatus(input: RequestOf<'tracker.setStatus'>, now: Date, text: TakedownText = ENGLISH): RequestOf<'tracker.setStatus'> {
  if (!STATUSES.includes(input.status)) throw new UserFacingError(text('takedowns_check_no_status'), 'bad-status');
  const note = optionalText(input.note, 'takedowns_field_note', NOTE, text);
  const requestId = optionalText(input.requestId, 'takedowns_field_request', 128, text);
  return {
    caseId: requiredText(input.caseId, 'takedowns_field_case', 128, text),
    url: webAddress(input.url, text),
    status: input.status,
    at: pastMoment(input.at, 'takedowns_field_date', now, text),
    ...(note && { note }),
    ...(requestId && { requestId }),
  };
}

export function checkLetter(input: RequestOf<'letter.save'>, text: TakedownText = ENGLISH): RequestOf<'letter.save'> {
  if (!LETTER_KINDS.includes(input.kind)) throw new UserFacingError(text('takedowns_check_no_letter_kind'), 'bad-letter');
  const requestId = optionalText(input.requestId, 'takedowns_field_request', 128, text);
  return {
    caseId: requiredText(input.caseId, 'takedowns_field_case', 128, text),
    kind: input.kind,
    title: requiredText(input.title, 'takedowns_field_letter_title', 300, text),
    text: requiredText(input.text, 'takedowns_field_letter', 200_000, text),
    html: typeof input.html === 'string' && input.html.length <= 1_000_000 ? input.html : htmlTooLong(text),
    ...(requestId && { requestId }),
  };
}

export function checkUrls(urls: unknown, text: TakedownText = ENGLISH): string[] {
  if (!Array.isArray(urls) || urls.length === 0) throw new UserFacingError(text('takedowns_check_no_urls'), 'no-urls');
  if (urls.length > MAX_URLS) throw new UserFacingError(text('takedowns_check_too_many_urls', { max: MAX_URLS }), 'too-many-urls');
  return [...new Set(urls.map((url) => webAddress(url, text)))];
}

function checkRoute(route: RouteRef, text: TakedownText): RouteRef {
  if (typeof route !== 'object' || route === null) throw new UserFacingError(text('takedowns_check_no_route'), 'bad-route');
  const url = route.url === undefined ? undefined : webAddress(route.url, text);
  const email = optionalEmail(route.email, 'takedowns_field_route_email', text);
  const platformId = route.platformId === null ? null : requiredText(route.platformId, 'takedowns_field_platform', 64, text);
  return {
    platformId,
    kind: requiredText(route.kind, 'takedowns_field_route_kind', 40, text),
    label: requiredText(route.label, 'takedowns_field_route_label', 300, text),
    ...(url && { url }),
    ...(email && { email }),
  };
}

function checkCaptureIds(ids: unknown, text: TakedownText): string[] {
  if (!Array.isArray(ids) || ids.length > 10_000 || ids.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 128)) {
    throw new UserFacingError(text('takedowns_check_bad_capture_ids'), 'bad-ids');
  }
  return [...new Set(ids as string[])];
}

function checkFilled(filled: unknown, text: TakedownText): FilledField[] {
  if (!Array.isArray(filled) || filled.length > 200) throw new UserFacingError(text('takedowns_check_bad_filled'), 'bad-filled');
  return filled.map((field: FilledField) => ({
    key: requiredText(field?.key, 'takedowns_field_filled_key', 40, text) as FilledField['key'],
    label: optionalText(field.label, 'takedowns_field_filled_label', 500, text) ?? '',
    value: optionalText(field.value, 'takedowns_field_filled_value', 10_000, text) ?? '',
    ...(field.frameUrl && { frameUrl: webAddress(field.frameUrl, text) }),
  }));
}

function htmlTooLong(text: TakedownText): never {
  throw new UserFacingError(text('takedowns_check_bad_letter_html'), 'too-long');
}
