import * as v from 'valibot';
import type { Sha256Hex } from '../shared/hash';
import type { FillKey, LetterRecord, RemovalRequestRecord, TrackerEvent } from '../shared/takedown-types';
import type { CaptureRecord } from '../shared/types';
import { BundleError } from './bundle-error';
import { mediaTypeForPath } from './bundle-manifest';
import { describeIssues } from './bundle-schemas';
import type { PreparedFile } from './prepare-capture';
import { RequestsJsonSchema } from './requests-schema';
import { REQUESTS_JSON_FORMAT, type BundleInput, type BundleLetter, type RequestsJson } from './types';

/** What the platform copy writes instead of the person's own details. */
export const LEFT_OUT = '(left out of the platform copy)';

/** Filled values that identify the person (or their agent): the platform copy leaves them out. */
const PERSONAL: ReadonlySet<FillKey> = new Set(['legalName', 'email', 'address', 'phone', 'signature']);

export interface PreparedRequests {
  json: RequestsJson;
  /** Letter text by letter id (legal copy only), for the report. */
  letterTexts: Map<string, string>;
  /** letters/<n>-<kind>.txt and .html, byte for byte as saved. */
  files: PreparedFile[];
}

/** Code-unit order, like every other sort in the bundle, so the bytes do not depend on a locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** By the instant (times may carry different offsets), then by when Preserve recorded it, then by id. */
const byTime =
  <T extends { id: string; recordedAt?: string }>(key: (item: T) => string) =>
  (a: T, b: T) =>
    Date.parse(key(a)) - Date.parse(key(b)) || compare(key(a), key(b)) || compare(a.recordedAt ?? '', b.recordedAt ?? '') || compare(a.id, b.id);

function checkOwnership(input: BundleInput): void {
  const caseId = input.caseRecord.id;
  for (const [what, items] of [
    ['removal request', input.requests],
    ['tracker entry', input.trackerEvents],
    ['letter', input.letters],
  ] as const) {
    const ids = new Set<string>();
    for (const item of items) {
      if (item.caseId !== caseId) throw new BundleError(`A ${what} (${item.id}) belongs to another case.`);
      if (ids.has(item.id)) throw new BundleError(`A ${what} (${item.id}) is listed twice.`);
      ids.add(item.id);
    }
  }
}

function letterFolderName(letter: LetterRecord, number: number, width: number): string {
  const kind = letter.kind.replace(/[^a-z0-9-]+/g, '-').slice(0, 40) || 'letter';
  return `letters/${String(number).padStart(width, '0')}-${kind}`;
}

async function prepareLetters(
  input: BundleInput,
  requestIds: ReadonlySet<string>,
  hash: (bytes: Uint8Array) => Promise<Sha256Hex>,
): Promise<{ letters: BundleLetter[]; texts: Map<string, string>; files: PreparedFile[] }> {
  const platform = input.copy === 'platform';
  const sorted = [...input.letters].sort(byTime((letter) => letter.createdAt));
  const width = Math.max(2, String(sorted.length).length);
  const letters: BundleLetter[] = [];
  const texts = new Map<string, string>();
  const files: PreparedFile[] = [];
  for (const [index, letter] of sorted.entries()) {
    const number = index + 1;
    const textBytes = new TextEncoder().encode(letter.text);
    const textSha256 = await hash(textBytes);
    // Like a damaged screenshot: a letter that changed after it was saved is not evidence of what was sent.
    if (textSha256 !== letter.textSha256) {
      throw new BundleError(`Letter ${number} (${letter.title}) no longer matches the fingerprint recorded when it was saved, so it cannot be exported.`);
    }
    const base = letterFolderName(letter, number, width);
    const paths = { text: `${base}.txt`, html: `${base}.html` };
    if (!platform) {
      const htmlBytes = new TextEncoder().encode(letter.html);
      files.push(
        { path: paths.text, bytes: textBytes, sha256: textSha256, mediatype: mediaTypeForPath(paths.text) },
        { path: paths.html, bytes: htmlBytes, sha256: await hash(htmlBytes), mediatype: mediaTypeForPath(paths.html) },
      );
      texts.set(letter.id, letter.text);
    }
    letters.push({
      id: letter.id,
      caseId: letter.caseId,
      kind: letter.kind,
      title: platform ? null : letter.title,
      createdAt: letter.createdAt,
      textSha256: letter.textSha256,
      ...(letter.requestId !== undefined && requestIds.has(letter.requestId) && { requestId: letter.requestId }),
      number,
      files: platform ? null : paths,
    });
  }
  return { letters, texts, files };
}

/**
 * A request as the bundle states it. Links to captures the bundle does not hold (a selection) are
 * dropped, so every link in the bundle can be followed; on the platform copy the person's name,
 * contact details, signature and notes are left out, and the URLs, dates, route and reference kept.
 */
function bundledRequest(
  request: RemovalRequestRecord,
  captureIds: ReadonlySet<string>,
  letterIds: ReadonlySet<string>,
  platform: boolean,
): RemovalRequestRecord {
  // Field by field, not a spread: the bundle states exactly the shape its schema knows.
  const { id, caseId, urls, route, method, sentAt, recordedAt, reference, filled, confirmationCaptureId, letterId, note } = request;
  return {
    id,
    caseId,
    urls: [...urls],
    captureIds: request.captureIds.filter((captureId) => captureIds.has(captureId)),
    route: {
      platformId: route.platformId,
      kind: route.kind,
      label: route.label,
      ...(route.url !== undefined && { url: route.url }),
      ...(route.email !== undefined && { email: route.email }),
    },
    method,
    sentAt,
    recordedAt,
    ...(reference !== undefined && { reference }),
    ...(filled !== undefined && {
      filled: filled.map(({ key, label, value, frameUrl }) => ({
        key,
        label,
        value: platform && PERSONAL.has(key) ? LEFT_OUT : value,
        ...(frameUrl !== undefined && { frameUrl }),
      })),
    }),
    ...(confirmationCaptureId !== undefined && captureIds.has(confirmationCaptureId) && { confirmationCaptureId }),
    ...(letterId !== undefined && letterIds.has(letterId) && { letterId }),
    ...(note !== undefined && !platform && { note }),
  };
}

function bundledEvent(event: TrackerEvent, requestIds: ReadonlySet<string>, platform: boolean): TrackerEvent {
  const { id, caseId, url, status, at, recordedAt, requestId, note } = event;
  return {
    id,
    caseId,
    url,
    status,
    at,
    recordedAt,
    ...(requestId !== undefined && requestIds.has(requestId) && { requestId }),
    ...(note !== undefined && !platform && { note }),
  };
}

/**
 * requests.json and the letter files. The JSON is checked against the schema the verifier uses
 * before it is written, so Preserve never exports a bundle its own verifier would refuse.
 */
export async function prepareRequests(
  input: BundleInput,
  captures: readonly CaptureRecord[],
  hash: (bytes: Uint8Array) => Promise<Sha256Hex>,
): Promise<PreparedRequests> {
  checkOwnership(input);
  const platform = input.copy === 'platform';
  const requestIds = new Set(input.requests.map((request) => request.id));
  const { letters, texts, files } = await prepareLetters(input, requestIds, hash);
  const captureIds = new Set(captures.map((capture) => capture.id));
  const letterIds = new Set(letters.map((letter) => letter.id));
  const json: RequestsJson = {
    format: REQUESTS_JSON_FORMAT,
    copy: input.copy,
    requests: [...input.requests].sort(byTime((request) => request.sentAt)).map((request) => bundledRequest(request, captureIds, letterIds, platform)),
    trackerEvents: [...input.trackerEvents].sort(byTime((event) => event.at)).map((event) => bundledEvent(event, requestIds, platform)),
    letters,
  };
  const checked = v.safeParse(RequestsJsonSchema, json);
  if (!checked.success) throw new BundleError(`The removal requests could not be exported: ${describeIssues(checked.issues)}`);
  return { json, letterTexts: texts, files };
}
