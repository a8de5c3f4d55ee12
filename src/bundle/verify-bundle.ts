import { sha256Bytes, type Sha256Hex } from '../shared/hash';
import type { CaptureRecord } from '../shared/types';
import { CAPTURE_JSON, FILES } from './bundle-paths';
import { withDefaults, type BundleLimits } from './limits';
import { isRecord, parseJsonFile } from './parse-json';
import { LimitExceeded, openBundle, type BundleReader } from './read-bundle';
import { BUNDLE_FORMAT, CASE_JSON_FORMAT, type BundleManifest, type CaseJson, type CaptureJson } from './types';
import { verifyCaptures } from './verify-captures';
import { verifyAgainstManifest, verifyAgainstSums, type ActualFiles } from './verify-files';
import { verifySignature } from './verify-signature';
import type { ZipProblem } from './zip-directory';

export type BundleProblem = ZipProblem;

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
}

export interface VerifiedBundle {
  reader: BundleReader;
  manifest: BundleManifest;
  caseJson: CaseJson;
  captures: { record: CaptureRecord; json: CaptureJson }[];
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

/**
 * Everything a recipient needs to trust a bundle without Preserve: zip safety and limits, every
 * file's hash against manifest.json and SHA256SUMS, the manifest digest and signature, each
 * capture record's hash and the chain. Shared by `preserve-verify` and import.
 */
export async function verifyBundle(zip: Uint8Array, options: VerifyOptions = {}): Promise<VerifyResult> {
  const hash = options.hash ?? sha256Bytes;
  const summary: VerifySummary = { bundleSha256: await hash(zip), captureCount: 0, fileCount: 0, totalBytes: 0 };
  const done = (problems: BundleProblem[]) => ({ ok: false, problems, summary });
  const { reader, problems: zipProblems } = await openBundle(zip, withDefaults(options.limits));
  if (!reader) return done(zipProblems);
  const problems: BundleProblem[] = [];
  const actual: ActualFiles = new Map();
  const kept = new Map<string, Uint8Array>();
  try {
    for (const path of reader.paths) {
      const bytes = await reader.read(path);
      actual.set(path, { sha256: await hash(bytes), bytes: bytes.length });
      summary.totalBytes += bytes.length;
      if (!path.includes('/') || path.endsWith(`/${CAPTURE_JSON}`)) kept.set(path, bytes);
    }
  } catch (error) {
    const message = error instanceof LimitExceeded ? `${error.message} (zip bomb?)` : `could not be read (${(error as Error).message})`;
    return done([{ message }]);
  }
  summary.fileCount = actual.size;
  const manifestBytes = kept.get(FILES.manifest);
  if (!manifestBytes) return done([{ file: FILES.manifest, message: 'is missing' }]);
  const parsed = parseJsonFile<BundleManifest>(manifestBytes);
  if (!parsed.ok) return done([{ file: FILES.manifest, message: parsed.message }]);
  const manifest = parsed.value;
  const preserve = manifest.preserve;
  if (!isRecord(preserve) || preserve.format !== BUNDLE_FORMAT) {
    const format = isRecord(preserve) ? String(preserve.format) : 'none';
    return done([{ file: FILES.manifest, message: `has an unknown bundle format (${format}); this verifier reads ${BUNDLE_FORMAT}` }]);
  }
  if (!Array.isArray(manifest.resources) || !isRecord(preserve.case) || !Array.isArray(preserve.chain)) {
    return done([{ file: FILES.manifest, message: 'is missing its file list, case or chain' }]);
  }
  Object.assign(summary, {
    format: preserve.format, copy: preserve.copy, caseId: preserve.case.id, caseTitle: preserve.case.title,
    exportedAt: preserve.exportedAt, software: `${preserve.software?.name} ${preserve.software?.version}`, selection: preserve.selection,
  });
  const signature = await verifySignature(
    { manifest: manifestBytes, digest: kept.get(FILES.digest), signature: kept.get(FILES.signature), publicKey: kept.get(FILES.publicKey) },
    hash,
  );
  summary.keyFingerprint = signature.fingerprint;
  problems.push(...signature.problems, ...verifyAgainstManifest(manifest, actual), ...verifyAgainstSums(kept.get(FILES.sums), actual));
  const captureJsons = new Map<string, CaptureJson>();
  for (const [path, bytes] of kept) {
    if (!path.endsWith(`/${CAPTURE_JSON}`)) continue;
    const json = parseJsonFile<CaptureJson>(bytes);
    if (json.ok) captureJsons.set(path, json.value);
    else problems.push({ file: path, message: json.message });
  }
  const captures = verifyCaptures(captureJsons, manifest, actual);
  problems.push(...captures.problems);
  summary.captureCount = captures.records.length;
  const caseJson = checkCaseJson(kept.get(FILES.caseJson), manifest, problems);
  if (problems.length > 0 || !caseJson) return done(problems);
  const byRecord = [...captureJsons.values()].map((json) => ({ record: json.record, json })).sort((a, b) => a.record.seq - b.record.seq);
  return { ok: true, problems, summary, bundle: { reader, manifest, caseJson, captures: byRecord } };
}

function checkCaseJson(bytes: Uint8Array | undefined, manifest: BundleManifest, problems: BundleProblem[]): CaseJson | undefined {
  if (!bytes) return void problems.push({ file: FILES.caseJson, message: 'is missing' });
  const parsed = parseJsonFile<CaseJson>(bytes);
  if (!parsed.ok) return void problems.push({ file: FILES.caseJson, message: parsed.message });
  const json = parsed.value;
  if (json.format !== CASE_JSON_FORMAT || !isRecord(json.case) || !Array.isArray(json.incidents) || !Array.isArray(json.notes)) {
    return void problems.push({ file: FILES.caseJson, message: `has an unknown format (${String(json.format)})` });
  }
  if (json.case.id !== manifest.preserve.case.id) problems.push({ file: FILES.caseJson, message: 'names a different case than manifest.json' });
  for (const [kind, items] of [['incident', json.incidents], ['note', json.notes]] as const) {
    const ids = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) problems.push({ file: FILES.caseJson, message: `repeats ${kind} id ${item.id}` });
      ids.add(item.id);
    }
  }
  return json;
}
