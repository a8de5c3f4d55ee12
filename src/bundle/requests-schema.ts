import * as v from 'valibot';
import type { FillKey, LetterKind, RequestMethod, TrackerStatus } from '../shared/takedown-types';
import { Copy, format, Id, OffsetTime, Seq, Sha256, text, UtcTime } from './bundle-schemas';
import { REQUESTS_JSON_FORMAT } from './types';

/*
 * requests.json, strict like our other wrappers: the records are ours (not hashed one by one, so
 * nothing needs keeping for a hash), and every value a later page may show or a form may be
 * filled from is checked for its form: addresses http or https only, times ISO with their offset,
 * statuses, methods and kinds from their lists.
 */

const STATUSES: readonly TrackerStatus[] = ['found', 'captured', 'requested', 'removed', 'refused', 'escalated', 'reappeared'];
const METHODS: readonly RequestMethod[] = ['form', 'email', 'in-app', 'letter', 'post', 'other'];
const LETTER_KINDS: readonly LetterKind[] = ['dmca', 'take-it-down', 'preservation'];
const FILL_KEYS: readonly FillKey[] = ['contentUrl', 'description', 'legalName', 'email', 'address', 'phone', 'signature', 'date', 'relationship'];

const maybe = v.exactOptional;

/** Parsed by WHATWG URL as well as matched, so `javascript:`, `data:` and look-alike schemes never pass. */
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const HttpUrl = v.pipe(format(/^https?:\/\/[^\s]+$/, 'an http or https address', 4_096), v.check(isHttpUrl, 'must be an http or https address'));
/** A same-origin iframe without an address of its own reports one of these. */
const FrameUrl = v.union([HttpUrl, v.picklist(['about:blank', 'about:srcdoc'])], 'must be an http or https address');
const Email = format(/^[^\s@<>"()]{1,64}@[^\s@<>"()]{1,255}$/, 'an email address', 320);
/** Platform ids (google_drive_photos) and route kinds (take-it-down-act): names in code, never typed by a person. */
const Slug = format(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a short name in lowercase letters, digits, -, _ and .', 64);
const LetterPath = (extension: 'txt' | 'html') =>
  format(new RegExp(`^letters/\\d{2,6}-[a-z0-9-]{1,40}\\.${extension}$`), `a file under letters/ ending in .${extension}`, 60);

const Route = v.strictObject({
  platformId: v.nullable(Slug),
  kind: Slug,
  label: text(500),
  url: maybe(HttpUrl),
  email: maybe(Email),
});

const FilledField = v.strictObject({
  key: v.picklist(FILL_KEYS, 'must be a known kind of value'),
  label: text(1_000),
  value: text(10_000),
  frameUrl: maybe(FrameUrl),
});

const Request = v.strictObject({
  id: Id,
  caseId: Id,
  urls: v.pipe(v.array(HttpUrl), v.maxLength(1_000)),
  captureIds: v.pipe(v.array(Id), v.maxLength(100_000)),
  route: Route,
  method: v.picklist(METHODS, `must be one of ${METHODS.join(', ')}`),
  sentAt: OffsetTime,
  recordedAt: UtcTime,
  reference: maybe(text(500)),
  filled: maybe(v.pipe(v.array(FilledField), v.maxLength(500))),
  confirmationCaptureId: maybe(Id),
  letterId: maybe(Id),
  note: maybe(text(100_000)),
});

const TrackerEvent = v.strictObject({
  id: Id,
  caseId: Id,
  url: HttpUrl,
  status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
  at: OffsetTime,
  recordedAt: UtcTime,
  requestId: maybe(Id),
  note: maybe(text(100_000)),
});

const Letter = v.strictObject({
  id: Id,
  caseId: Id,
  kind: v.picklist(LETTER_KINDS, `must be one of ${LETTER_KINDS.join(', ')}`),
  title: v.nullable(text(500)),
  createdAt: UtcTime,
  textSha256: Sha256,
  requestId: maybe(Id),
  number: Seq,
  files: v.nullable(v.strictObject({ text: LetterPath('txt'), html: LetterPath('html') })),
});

export const RequestsJsonSchema = v.strictObject({
  format: v.literal(REQUESTS_JSON_FORMAT),
  copy: Copy,
  requests: v.pipe(v.array(Request), v.maxLength(100_000)),
  trackerEvents: v.pipe(v.array(TrackerEvent), v.maxLength(100_000)),
  letters: v.pipe(v.array(Letter), v.maxLength(10_000)),
});
