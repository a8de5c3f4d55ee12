import { captureRecordHash, verifyChain } from '../shared/chain';
import type { CaptureRecord } from '../shared/types';
import { checkMovedChains, movedInIds, type BundleMove } from './bundle-moves';
import { CAPTURE_JSON } from './bundle-paths';
import type { BundleManifest, CaptureJson } from './types';
import type { ActualFiles } from './verify-files';
import type { ZipProblem } from './zip-directory';

function checkCaptureJson(path: string, json: CaptureJson, manifest: BundleManifest, actual: ActualFiles, moves: readonly BundleMove[]): ZipProblem[] {
  const problem = (message: string) => ({ file: path, message });
  const folder = path.slice(0, -(CAPTURE_JSON.length + 1));
  const problems: ZipProblem[] = [];
  const { record } = json;
  if (json.folder !== folder) problems.push(problem('names a different folder'));
  if (json.number !== record.seq) problems.push(problem('gives a capture number that differs from its record'));
  if (json.copy !== manifest.preserve.copy) problems.push(problem('belongs to a different copy of the bundle'));
  if (record.caseId !== manifest.preserve.case.id && !movedHere(record, moves)) problems.push(problem('belongs to a different case'));
  let recordHash = '';
  try {
    recordHash = captureRecordHash(record);
  } catch {
    problems.push(problem('holds a record that cannot be hashed'));
  }
  if (recordHash && recordHash !== record.recordHash) problems.push(problem('capture record has been changed: its hash does not match'));
  const covered = new Set<string>();
  for (const file of json.files) {
    const artifact = record.artifacts.find((candidate) => candidate.id === file.artifactId);
    const present = actual.get(file.path);
    if (file.path !== `${folder}/${file.name}`) problems.push(problem(`lists ${file.path}, which is outside its folder`));
    if (!present) problems.push({ file: file.path, message: 'is listed in capture.json but missing' });
    else if (present.sha256 !== file.sha256) problems.push({ file: file.path, message: 'has been changed: its SHA-256 does not match capture.json' });
    if (!artifact || covered.has(artifact.id)) {
      problems.push(problem(`lists ${file.name}, which is not one of the capture's artifacts (or twice)`));
      continue;
    }
    covered.add(artifact.id);
    // The platform copy pixelates every image it keeps; only a conversation's text is kept as it was.
    const asCaptured = json.copy === 'legal' || (artifact.kind === 'thread' && !file.redaction);
    const recorded = asCaptured ? file.sha256 : file.redaction?.originalSha256;
    if (recorded !== artifact.sha256) problems.push({ file: file.path, message: 'does not match the hash recorded at capture time' });
    else if (!asCaptured && file.sha256 === artifact.sha256) problems.push({ file: file.path, message: 'is the original image, not a pixelated one' });
  }
  for (const omitted of json.omitted) {
    const artifact = record.artifacts.find((candidate) => candidate.id === omitted.artifactId);
    // The record itself (hashed, chained) says whether the bytes were ever kept.
    if (json.copy !== 'platform' && artifact?.stored !== false) problems.push(problem('leaves out files, which only the platform copy may do'));
    if (artifact && !covered.has(artifact.id) && artifact.sha256 === omitted.sha256) covered.add(artifact.id);
    else problems.push(problem(`lists a left-out file that does not match the record (${omitted.name})`));
  }
  if (covered.size !== record.artifacts.length) problems.push(problem('does not account for every artifact of the capture'));
  const known = new Set([path, ...json.files.map((file) => file.path)]);
  for (const other of actual.keys()) {
    if (other.startsWith(`${folder}/`) && !known.has(other)) problems.push({ file: other, message: 'is not listed in its capture.json' });
  }
  return problems;
}

/** A capture of another chain belongs here only when case.json records it moved in, with the same record hash. */
function movedHere(record: CaptureRecord, moves: readonly BundleMove[]): boolean {
  return movedInIds(moves).has(record.id) && moves.some((move) => move.captureId === record.id && move.recordHash === record.recordHash);
}

function checkChain(records: CaptureRecord[], manifest: BundleManifest, moves: readonly BundleMove[]): ZipProblem[] {
  const problems: ZipProblem[] = [];
  const { chain, case: bundleCase, selection } = manifest.preserve;
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const entry of chain) {
    const record = byId.get(entry.captureId);
    if (!record) problems.push({ file: 'manifest.json', message: `lists capture ${entry.captureId} in the chain, but the bundle does not hold it` });
    else if (record.recordHash !== entry.recordHash || record.prevHash !== entry.prevHash || record.seq !== entry.seq) {
      problems.push({ file: 'manifest.json', message: `chain entry for capture ${entry.seq} does not match its capture.json` });
    }
  }
  if (chain.length !== records.length) problems.push({ file: 'manifest.json', message: 'chain does not list every capture in the bundle' });
  if (moves.length) return [...problems, ...checkMovedChains(records, moves, bundleCase, selection === 'whole-case')];
  const ordered = [...records].sort((a, b) => a.seq - b.seq);
  if (selection === 'whole-case') {
    for (const issue of verifyChain(ordered)) {
      if (issue.kind !== 'record-hash') problems.push({ message: `The chain of captures is broken at capture ${issue.captureId} (${issue.kind}).` });
    }
    if (ordered.length !== bundleCase.captureCount || (ordered.at(-1)?.recordHash ?? null) !== bundleCase.headHash) {
      problems.push({ file: 'manifest.json', message: 'says the whole case is here, but captures are missing from the end of the chain' });
    }
  } else {
    ordered.forEach((record, index) => {
      const before = ordered[index - 1];
      if (before && before.seq === record.seq - 1 && record.prevHash !== before.recordHash) {
        problems.push({ message: `The chain of captures is broken between captures ${before.seq} and ${record.seq}.` });
      }
    });
  }
  return problems;
}

/** capture.json files (already checked against their schema), the records inside them, and the chain they form. */
export function verifyCaptures(
  captureJsons: Map<string, CaptureJson>,
  manifest: BundleManifest,
  actual: ActualFiles,
  moves: readonly BundleMove[] = [],
): { problems: ZipProblem[]; records: CaptureRecord[] } {
  const problems: ZipProblem[] = [];
  const records: CaptureRecord[] = [];
  const ids = new Set<string>();
  // Places are unique per chain: a capture moved in keeps its place in its own case's chain.
  const seqs = new Set<string>();
  for (const [path, json] of captureJsons) {
    const found = checkCaptureJson(path, json, manifest, actual, moves);
    problems.push(...found);
    const record = json.record;
    if (ids.has(record.id)) problems.push({ file: path, message: `repeats capture id ${record.id}` });
    const place = `${record.caseId}/${record.seq}`;
    if (seqs.has(place)) problems.push({ file: path, message: `repeats capture number ${record.seq}` });
    ids.add(record.id);
    seqs.add(place);
    records.push(record);
  }
  for (const path of actual.keys()) {
    const folder = /^(captures\/[^/]+)\//.exec(path)?.[1];
    if (folder && !captureJsons.has(`${folder}/${CAPTURE_JSON}`) && !path.endsWith(`/${CAPTURE_JSON}`)) {
      problems.push({ file: path, message: 'sits in a capture folder without a capture.json' });
    }
  }
  problems.push(...checkChain(records, manifest, moves));
  return { problems, records };
}
