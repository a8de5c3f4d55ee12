import * as v from 'valibot';
import { sha256Bytes, sha256Canonical, type Sha256Hex } from '../shared/hash';
import type { BundleIdentity, CaptureRecord } from '../shared/types';
import { FILES } from './bundle-paths';
import { CaptureJsonSchema, CaseJsonSchema, ManifestSchema } from './bundle-schemas';
import { isCaptureJson, parsedFileLimit } from './entry-limits';
import { withDefaults, type BundleLimits } from './limits';
import { parseJsonFile } from './parse-json';
import { LimitExceeded, openBundle, type BundleReader } from './read-bundle';
import { BUNDLE_FORMAT, type BundleManifest, type CaseJson, type CaptureJson, type PeopleJson, type RequestsJson, type WorkspaceJson } from './types';
import { verifyCaptures } from './verify-captures';
import { verifyAgainstManifest, verifyAgainstSums, type ActualFiles } from './verify-files';
import { verifyPeople } from './verify-people';
import { verifyRequests } from './verify-requests';
import { verifySignature } from './verify-signature';
import { verifyWorkspace } from './verify-workspace';
import type { ZipProblem } from './zip-directory';
import { sha256Source } from './zip-hash';
import { toZipSource, type ZipSource } from './zip-source';

export type BundleProblem = ZipProblem;

/** What the bundle says about itself; every field but the counts comes from schema-checked files only. */
export interface VerifySummary {
  bundleSha256: Sha256Hex;
  format?: string;
  copy?: 'legal' | 'platform';
  caseId?: string;
  caseTitle?: string | null;
  exportedAt?: string;
  software?: string;
  selection?: 'whole-case' | 'selected';
  captureCount: number;
  fileCount: number;
  totalBytes: number;
  keyFingerprint?: string;
  /** Set only when the manifest's signature verified: what makes two zips the same bundle. */
  identity?: BundleIdentity;
}

export interface VerifiedBundle {
  reader: BundleReader;
  manifest: BundleManifest;
  caseJson: CaseJson;
  captures: { record: CaptureRecord; json: CaptureJson }[];
  /** Absent from bundles made before removal requests were kept. */
  requests?: RequestsJson;
  /** Absent when the case recorded no one, and from bundles made before people were kept. */
  people?: PeopleJson;
  /** Absent from the platform copy, when the case had nothing in it, and from older bundles. */
  workspace?: WorkspaceJson;
}

export interface VerifyResult {
  ok: boolean;
  problems: BundleProblem[];
  summary: VerifySummary;
  /** Only when ok: what import needs, without reading the zip twice. */
  bundle?: VerifiedBundle;
}

export interface VerifyOptions {
  limits?: Partial<BundleLimits>;
  hash?: (bytes: Uint8Array) => Promise<Sha256Hex>;
}

/** Only the format field, to say "unknown format (x)" rather than list every field a newer layout changed. */
const FormatOnly = v.looseObject({ preserve: v.looseObject({ format: v.string() }) });

/**
 * Everything a recipient needs to trust a bundle without Preserve: zip safety and limits, every
 * file's hash against manifest.json and SHA256SUMS, the manifest digest and both signatures, every
 * JSON file against its schema, each capture record's hash and the chain. Shared by
 * `preserve-verify` and import.
 */
export async function verifyBundle(zip: Uint8Array | Blob | ZipSource, options: VerifyOptions = {}): Promise<VerifyResult> {
  const hash = options.hash ?? sha256Bytes;
  const bundleSha256 = zip instanceof Uint8Array ? await hash(zip) : await sha256Source(toZipSource(zip));
  const summary: VerifySummary = { bundleSha256, captureCount: 0, fileCount: 0, totalBytes: 0 };
  const done = (problems: BundleProblem[]) => ({ ok: false, problems, summary });
  const { reader, problems: zipProblems } = await openBundle(zip, withDefaults(options.limits));
  if (!reader) return done(zipProblems);
  const read = await readEntries(reader, hash);
  if (!read.ok) return done(read.problems);
  const { actual, kept } = read;
  summary.fileCount = actual.size;
  summary.totalBytes = [...actual.values()].reduce((sum, file) => sum + file.bytes, 0);
  const manifestBytes = kept.get(FILES.manifest);
  if (!manifestBytes) return done([{ file: FILES.manifest, message: 'is missing' }]);
  // The signature first: whatever else is wrong, the report names the key that signed the bundle.
  const signature = await verifySignature(
    {
      manifest: manifestBytes,
      digest: kept.get(FILES.digest),
      signature: kept.get(FILES.signature),
      publicKey: kept.get(FILES.publicKey),
      sums: kept.get(FILES.sums),
      sumsSignature: kept.get(FILES.sumsSignature),
    },
    hash,
  );
  if (signature.fingerprint) summary.keyFingerprint = signature.fingerprint;
  const parsed = parseJsonFile(manifestBytes, ManifestSchema);
  if (!parsed.ok) return done([{ file: FILES.manifest, message: unknownFormat(manifestBytes) ?? parsed.message }, ...signature.problems]);
  const manifest = parsed.value;
  const { preserve } = manifest;
  Object.assign(summary, {
    format: preserve.format,
    copy: preserve.copy,
    caseId: preserve.case.id,
    caseTitle: preserve.case.title,
    exportedAt: preserve.exportedAt,
    software: `${preserve.software.name} ${preserve.software.version}`,
    selection: preserve.selection,
  });
  const problems: BundleProblem[] = [...signature.problems, ...verifyAgainstManifest(manifest, actual), ...verifyAgainstSums(kept.get(FILES.sums), actual)];
  const captureJsons = new Map<string, CaptureJson>();
  for (const [path, bytes] of kept) {
    if (!isCaptureJson(path)) continue;
    const json = parseJsonFile(bytes, CaptureJsonSchema);
    if (json.ok) captureJsons.set(path, json.value as CaptureJson);
    else problems.push({ file: path, message: json.message });
  }
  // case.json first: its moves say why captures of other chains are here; its problems are listed after the captures'.
  const caseProblems: BundleProblem[] = [];
  const caseJson = checkCaseJson(kept.get(FILES.caseJson), manifest, caseProblems);
  const captures = verifyCaptures(captureJsons, manifest, actual, caseJson?.moves ?? []);
  problems.push(...captures.problems, ...caseProblems);
  summary.captureCount = captures.records.length;
  const captureIds = new Set(captures.records.map((record) => record.id));
  const requests = verifyRequests(kept.get(FILES.requestsJson), manifest, captureIds, actual, problems);
  const people = verifyPeople(kept.get(FILES.peopleJson), manifest, captureIds, problems);
  const workspace = verifyWorkspace(kept.get(FILES.workspaceJson), manifest, captureIds, problems);
  if (signature.manifestSha256 && signature.problems.length === 0) {
    summary.identity = {
      manifestSha256: signature.manifestSha256,
      caseId: preserve.case.id,
      headHash: preserve.chain.at(-1)?.recordHash ?? null,
      chainSha256: sha256Canonical(preserve.chain.map((entry) => entry.recordHash)),
    };
  }
  if (problems.length > 0 || !caseJson) return done(problems);
  const byRecord = [...captureJsons.values()].map((json) => ({ record: json.record, json })).sort((a, b) => a.record.seq - b.record.seq);
  return {
    ok: true,
    problems,
    summary,
    bundle: { reader, manifest, caseJson, captures: byRecord, ...(requests && { requests }), ...(people && { people }), ...(workspace && { workspace }) },
  };
}

type ReadResult = { ok: true; actual: ActualFiles; kept: Map<string, Uint8Array> } | { ok: false; problems: BundleProblem[] };

/**
 * Hashes every entry, one at a time, and keeps only the small files that are parsed whole
 * (top-level JSON and text, each capture.json), each refused above its own limit before a byte of
 * it is inflated. Everything else (the artifacts) is hashed as a stream and never held whole.
 */
async function readEntries(reader: BundleReader, hash: (bytes: Uint8Array) => Promise<Sha256Hex>): Promise<ReadResult> {
  const actual: ActualFiles = new Map();
  const kept = new Map<string, Uint8Array>();
  const limits = new Map<string, number>();
  const problems: BundleProblem[] = [];
  for (const path of reader.paths) {
    const limit = parsedFileLimit(path, reader.paths.length);
    if (limit === undefined) continue;
    limits.set(path, limit);
    const declared = reader.entry(path)?.size ?? 0;
    if (declared > limit) problems.push({ file: path, message: `is ${declared} bytes, more than the ${limit} such a file may hold` });
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    for (const path of reader.paths) {
      const limit = limits.get(path);
      if (limit === undefined) {
        // The reader refuses an entry whose data does not match its declared size and CRC.
        actual.set(path, { sha256: await reader.hash(path), bytes: reader.entry(path)?.size ?? 0 });
        continue;
      }
      const bytes = await reader.read(path, { maxBytes: limit });
      actual.set(path, { sha256: await hash(bytes), bytes: bytes.length });
      kept.set(path, bytes);
    }
  } catch (error) {
    const message = error instanceof LimitExceeded ? `${error.message} (zip bomb?)` : `could not be read (${(error as Error).message})`;
    return { ok: false, problems: [{ message }] };
  }
  return { ok: true, actual, kept };
}

function unknownFormat(bytes: Uint8Array): string | undefined {
  try {
    const result = v.safeParse(FormatOnly, JSON.parse(new TextDecoder().decode(bytes)));
    const format = result.success ? result.output.preserve.format : undefined;
    if (format !== undefined && format !== BUNDLE_FORMAT) return `has an unknown bundle format (${format.slice(0, 100)}); this verifier reads ${BUNDLE_FORMAT}`;
  } catch {
    // Not JSON: parseJsonFile has already said so.
  }
  return undefined;
}

function checkCaseJson(bytes: Uint8Array | undefined, manifest: BundleManifest, problems: BundleProblem[]): CaseJson | undefined {
  if (!bytes) return void problems.push({ file: FILES.caseJson, message: 'is missing' });
  const parsed = parseJsonFile(bytes, CaseJsonSchema);
  if (!parsed.ok) return void problems.push({ file: FILES.caseJson, message: parsed.message });
  const json = parsed.value as CaseJson;
  if (sha256Canonical(json.case) !== sha256Canonical(manifest.preserve.case))
    problems.push({ file: FILES.caseJson, message: 'names a different case than manifest.json' });
  if (json.copy !== manifest.preserve.copy) problems.push({ file: FILES.caseJson, message: 'belongs to a different copy of the bundle' });
  for (const [kind, items] of [
    ['incident', json.incidents],
    ['note', json.notes],
  ] as const) {
    const ids = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) problems.push({ file: FILES.caseJson, message: `repeats ${kind} id ${item.id}` });
      ids.add(item.id);
    }
  }
  return json;
}
