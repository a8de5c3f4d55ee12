import * as v from 'valibot';
import { CAPTURE_FORMAT } from '../shared/types';
import { BUNDLE_FORMAT, CAPTURE_JSON_FORMAT, CASE_JSON_FORMAT } from './types';

/**
 * The shape of every JSON file a received bundle holds, checked before any of it is used, so a
 * stranger's bundle ends in a named refusal, never a stack trace or a stored object where a title
 * belongs. valibot, not hand-written checks: one declarative schema per file, and it tree-shakes
 * to the validators used here (9 KB minified, 2.4 KB gzipped, measured with esbuild; zod's
 * method-chained API keeps most of the library).
 *
 * Our own wrappers (manifest, digest, capture.json, case.json) are strict: an unknown field is a
 * refusal. Capture records keep unknown fields (bounded JSON), because a record is hashed as it
 * stands: a newer Preserve may add a field, and dropping it would break the record's hash.
 */

// --- Formats -------------------------------------------------------------------------------

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
export const format = (pattern: RegExp, what: string, max = 200) =>
  v.pipe(v.string(), v.maxLength(max, `must be ${what}`), v.regex(pattern, `must be ${what}`));

/** crypto.randomUUID(), 'default', and the short ids tests use. */
export const Id = format(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, 'an id (letters, digits, - and _)', 128);
export const Sha256 = format(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lowercase hex digits', 64);
const PrefixedSha256 = format(/^sha256:[0-9a-f]{64}$/, '"sha256:" and 64 lowercase hex digits', 71);

const validDate = (value: string) => !Number.isNaN(Date.parse(value));
/** Date.toISOString(): what Preserve writes for every time it records itself. */
export const UtcTime = v.pipe(
  format(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'a UTC time like 2026-11-24T10:15:00.000Z', 30),
  v.check(validDate, 'must be a real date'),
);
export const OffsetTime = v.pipe(
  format(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/, 'a time with its UTC offset', 35),
  v.check(validDate, 'must be a real date'),
);
/** Extension and browser versions: dotted numbers, with a short suffix for builds like 153.0esr. */
const Version = format(/^\d{1,10}(\.\d{1,10}){0,3}([a-z][a-z0-9]{0,15})?$/, 'a version like 1.2.3', 60);
const Count = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(0, 'must not be negative'));
export const Seq = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(1, 'must be 1 or more'));
const MediaType = format(/^[a-z]+\/[A-Za-z0-9.+-]+$/, 'a media type like image/png', 100);
const BundlePath = format(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'a plain file path', 400);
const CaptureFolder = format(/^captures\/[A-Za-z0-9._-]{1,100}$/, 'a folder under captures/', 109);
export const Copy = v.picklist(['legal', 'platform'], 'must be "legal" or "platform"');

// --- Capture records (hashed, so unknown fields are kept, but bounded) ------------------------

/** What a page or a later version may put in a record: plain JSON with bounded strings. Depth is checked before parsing reaches here (parse-json.ts). */
const Json: v.GenericSchema<unknown> = v.lazy(() =>
  v.union(
    [v.null(), v.boolean(), v.pipe(v.number(), v.finite()), text(100_000), v.pipe(v.array(Json), v.maxLength(10_000)), v.record(v.string(), Json)],
    'must be plain JSON',
  ),
);

const open = <T extends v.ObjectEntries>(entries: T) => v.objectWithRest(entries, Json);
const maybe = v.exactOptional;
/** Page text: clipped by the page reader to far less; this is the outer bound a bundle may carry. */
const PageText = text(100_000);
const Size2 = v.nullable(v.strictObject({ width: Count, height: Count }));
/** Notes of what the page reader shortened (src/content/limit-claims.ts). */
const Clipped = v.pipe(v.array(open({ field: text(200), length: Count })), v.maxLength(1_000));

const ContextTarget = open({
  mediaType: maybe(v.picklist(['image', 'video', 'audio'])),
  srcUrl: maybe(PageText),
  linkUrl: maybe(PageText),
  selectionText: maybe(PageText),
  frameUrl: maybe(PageText),
  pageUrl: maybe(PageText),
});

/** CSS pixels on a page: finite and not negative (a hostile record might say -1e308 or NaN). */
const Pixels = v.pipe(
  v.number(),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(10_000_000, 'must be at most 10,000,000'),
);

/**
 * Where an artifact's bytes came from: a web, blob: or file address, or an inline data: image (as
 * long as page text may be). Never javascript: or anything else a reader could be made to run.
 */
const SourceUrl = v.pipe(
  format(/^(https?:\/\/|blob:|data:|file:\/\/)\S+$/i, 'a web, blob:, data: or file: address', 100_000),
  v.check((value) => URL.canParse(value), 'must be a well-formed address'),
);
/** Plain words Preserve writes about an artifact (a size cap hit, a stream saved as a frame). */
const ArtifactNote = text(2_000);

const Coverage = open({
  mode: v.picklist(['full', 'conversation']),
  scroller: v.picklist(['document', 'element']),
  coveredHeight: Pixels,
  totalHeight: Pixels,
  tiles: Count,
  complete: v.boolean(),
  stoppedBecause: maybe(ArtifactNote),
});

const Observed = open({
  tabUrl: PageText,
  tabTitle: maybe(PageText),
  capturedAt: UtcTime,
  capturedAtLocal: OffsetTime,
  utcOffsetMinutes: v.pipe(v.number(), v.safeInteger(), v.minValue(-1440), v.maxValue(1440)),
  timeZone: format(/^[A-Za-z0-9_+\-/]{1,100}$/, 'an IANA time zone', 100),
  window: Size2,
  viewport: Size2,
  devicePixelRatio: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
  browser: open({ name: text(100), version: Version }),
  extensionVersion: Version,
  incognito: v.boolean(),
  contextTarget: maybe(ContextTarget),
  clipped: maybe(Clipped),
  coverage: maybe(Coverage),
  // What could not be saved, and the address the page showed for it (a player may show none, or
  // "MediaStream"): shown as text, never followed, so any bounded text is accepted.
  mediaNotes: maybe(v.pipe(v.array(open({ sourceUrl: PageText, note: ArtifactNote })), v.maxLength(1_000))),
});

const Platform = open({
  platform: open({ id: text(100), name: text(200) }),
  kind: v.picklist(['post', 'media', 'profile', 'shortlink', 'other']),
  postId: maybe(PageText),
  author: maybe(PageText),
  confidence: maybe(v.picklist(['low', 'unconfirmed'])),
});

const Post = open({
  postId: maybe(PageText),
  author: maybe(open({ name: maybe(PageText), handle: maybe(PageText), id: maybe(PageText), url: maybe(PageText) })),
  publishedAt: maybe(PageText),
  text: maybe(PageText),
  media: maybe(v.pipe(v.array(PageText), v.maxLength(1_000))),
  title: maybe(PageText),
  url: maybe(PageText),
});

const ClickedElement = open({
  tag: text(100),
  src: maybe(PageText),
  currentSrc: maybe(PageText),
  href: maybe(PageText),
  alt: maybe(PageText),
  title: maybe(PageText),
  width: maybe(v.number()),
  height: maybe(v.number()),
  naturalWidth: maybe(v.number()),
  naturalHeight: maybe(v.number()),
  nearbyText: maybe(PageText),
});

const Claimed = open({
  documentTitle: PageText,
  locationHref: PageText,
  canonicalUrl: maybe(PageText),
  lang: maybe(PageText),
  meta: v.pipe(v.array(open({ name: PageText, content: PageText })), v.maxLength(1_000)),
  selectedText: maybe(PageText),
  clickedElement: maybe(ClickedElement),
  contentType: maybe(PageText),
  lastModified: maybe(PageText),
  platform: maybe(v.nullable(Platform)),
  post: maybe(v.nullable(Post)),
  clipped: maybe(Clipped),
});

const ARTIFACT_KINDS = ['screenshot', 'tile', 'fullpage', 'mhtml', 'html', 'media', 'frame', 'thread', 'attachment'] as const;

const Artifact = open({
  id: Id,
  kind: v.picklist(ARTIFACT_KINDS, 'must be a known kind of file'),
  name: text(200),
  mediaType: MediaType,
  size: Count,
  sha256: Sha256,
  width: maybe(Count),
  height: maybe(Count),
  stored: maybe(v.literal(false)),
  index: maybe(Count),
  rect: maybe(v.strictObject({ x: Pixels, y: Pixels, width: Pixels, height: Pixels })),
  sourceUrl: maybe(SourceUrl),
  fetchedVia: maybe(v.picklist(['extension', 'page', 'rendered'])),
  note: maybe(ArtifactNote),
});

/**
 * A full-page capture keeps every tile (40 viewports, or more scrolling back through a
 * conversation), its segments, the archive and the media: far more than the one screenshot.
 */
const MAX_ARTIFACTS = 5_000;

const Provenance = v.strictObject({
  bundleName: text(500),
  bundleSha256: Sha256,
  exportedAt: UtcTime,
  importedAt: UtcTime,
  originalCaptureId: Id,
  originalCaseId: Id,
  originalRecordHash: Sha256,
});

const CaptureRecordSchema = open({
  format: v.literal(CAPTURE_FORMAT),
  id: Id,
  caseId: Id,
  seq: Seq,
  trigger: v.picklist(['popup', 'context-menu', 'shortcut', 'import', 'request-confirmation', 'attachment']),
  observed: Observed,
  claimed: v.nullable(Claimed),
  claimedError: maybe(text(2_000)),
  artifacts: v.pipe(v.array(Artifact), v.maxLength(MAX_ARTIFACTS)),
  prevHash: v.nullable(Sha256),
  recordHash: Sha256,
  imported: maybe(Provenance),
  // What an added file said about itself (claims, kept apart from what Preserve observed).
  attachment: maybe(open({ fileName: text(1_000), mediaType: text(1_000), size: Count, lastModified: maybe(UtcTime) })),
});

// --- Bundle files (ours, strict) ------------------------------------------------------------

const FileName = format(/^[A-Za-z0-9._-]{1,100}$/, 'a plain file name', 100);

export const CaptureJsonSchema = v.strictObject({
  format: v.literal(CAPTURE_JSON_FORMAT),
  copy: Copy,
  number: Seq,
  folder: CaptureFolder,
  record: CaptureRecordSchema,
  files: v.pipe(
    v.array(
      v.strictObject({
        name: FileName,
        path: BundlePath,
        bytes: Count,
        sha256: Sha256,
        mediaType: MediaType,
        artifactId: Id,
        redaction: maybe(v.strictObject({ method: v.literal('pixelated'), originalSha256: Sha256, originalBytes: Count })),
      }),
    ),
    v.maxLength(MAX_ARTIFACTS),
  ),
  omitted: v.pipe(v.array(v.strictObject({ artifactId: Id, name: text(200), sha256: Sha256, bytes: Count, reason: text(500) })), v.maxLength(MAX_ARTIFACTS)),
});

const BundleCaseSchema = v.strictObject({
  id: Id,
  title: v.nullable(text(500)),
  createdAt: UtcTime,
  headHash: v.nullable(Sha256),
  captureCount: Count,
});

export const ManifestSchema = v.strictObject({
  profile: v.literal('data-package'),
  title: text(200),
  created: UtcTime,
  resources: v.array(v.strictObject({ name: FileName, path: BundlePath, bytes: Count, hash: PrefixedSha256, mediatype: MediaType })),
  preserve: v.strictObject({
    format: v.literal(BUNDLE_FORMAT),
    copy: Copy,
    software: v.strictObject({ name: v.literal('Preserve'), version: Version }),
    exportedAt: UtcTime,
    selection: v.picklist(['whole-case', 'selected']),
    case: BundleCaseSchema,
    chain: v.array(v.strictObject({ seq: Seq, captureId: Id, recordHash: Sha256, prevHash: v.nullable(Sha256) })),
    zipDates: text(200),
  }),
});

const Base64Url32 = format(/^[A-Za-z0-9_-]{43}$/, 'a 32-byte base64url coordinate', 43);

export const DigestSchema = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  path: v.literal('manifest.json'),
  hash: PrefixedSha256,
  signature: v.strictObject({
    algorithm: v.literal('ECDSA-P256-SHA256'),
    encoding: v.literal('ieee-p1363-base64'),
    value: format(/^[A-Za-z0-9+/]{86}==$/, 'a 64-byte signature in base64', 88),
    derFile: v.literal('manifest.sig'),
  }),
  publicKey: v.strictObject({
    jwk: v.strictObject({ kty: v.literal('EC'), crv: v.literal('P-256'), x: Base64Url32, y: Base64Url32 }),
    spkiPemFile: v.literal('public-key.pem'),
    fingerprint: PrefixedSha256,
  }),
});

const Incident = v.strictObject({
  id: Id,
  caseId: Id,
  occurredAt: OffsetTime,
  recordedAt: OffsetTime,
  summary: text(2_000),
  details: maybe(text(100_000)),
  captureIds: v.pipe(v.array(Id), v.maxLength(100_000)),
  // Issue #11's fields: optional, so bundles made before them still verify and import.
  updatedAt: maybe(OffsetTime),
  suspectedBy: maybe(text(2_000)),
  suspectEvidence: maybe(text(100_000)),
  evidenceNeeded: maybe(text(100_000)),
  context: maybe(text(100_000)),
  platform: maybe(text(200)),
  status: maybe(v.picklist(['open', 'reported', 'removed', 'closed'], 'must be open, reported, removed or closed')),
  source: maybe(v.picklist(['person', 'capture', 'request', 'monitor'], 'must be person, capture, request or monitor')),
  sourceId: maybe(Id),
  personIds: maybe(v.pipe(v.array(Id), v.maxLength(10_000))),
  requestIds: maybe(v.pipe(v.array(Id), v.maxLength(10_000))),
});

const Note = v.strictObject({ id: Id, caseId: Id, captureId: maybe(Id), createdAt: UtcTime, text: text(100_000) });

export const CaseJsonSchema = v.strictObject({
  format: v.literal(CASE_JSON_FORMAT),
  copy: Copy,
  case: BundleCaseSchema,
  incidents: v.pipe(v.array(Incident), v.maxLength(100_000)),
  notes: v.pipe(v.array(Note), v.maxLength(100_000)),
  moves: maybe(
    v.pipe(
      v.array(
        v.strictObject({
          kind: v.picklist(['capture-moved-in', 'capture-moved-out']),
          at: UtcTime,
          captureId: Id,
          otherCaseId: Id,
          seq: Seq,
          recordHash: Sha256,
        }),
      ),
      v.maxLength(100_000),
    ),
  ),
});

/** Up to five issues, each as "at <path>: <what is wrong>", for a refusal that names the field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 5).map((issue) => `at ${v.getDotPath(issue) ?? 'the top level'}: ${issue.message.slice(0, 160)}`);
  return `${shown.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`;
}
