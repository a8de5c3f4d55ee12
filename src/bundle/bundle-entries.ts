import { sha256Bytes, type Sha256Hex } from '../shared/hash';
import type { CaptureRecord, NoteRecord } from '../shared/types';
import { BundleError } from './bundle-error';
import { bundleOrder, movedInIds } from './bundle-moves';
import { buildDigest, buildManifest, jsonBytes, mediaTypeForPath, signatureDer } from './bundle-manifest';
import { captureFolder, captureNumberWidth, compareEntryPaths, FILES } from './bundle-paths';
import { incidentsForCopy } from './bundle-incidents';
import { declarationText } from './declaration';
import { incidentLogCsv } from './incident-log-csv';
import { prepareCapture, type PreparedFile } from './prepare-capture';
import { preparePeople } from './prepare-people';
import { prepareWorkspace } from './prepare-workspace';
import { prepareRequests } from './prepare-requests';
import { reportHtml } from './report-html';
import { reportText } from './report-text';
import { formatSha256Sums } from './sha256sums';
import { jwkToSpkiDer, keyFingerprint, spkiPem } from './signing';
import { requestsCsv, trackerCsv } from './requests-csv';
import { capturesCsv } from './summary-csv';
import { CASE_JSON_FORMAT, type BundleCase, type BundleFileInfo, type BundleInput, type BundleSummary, type CaseJson, type PreparedCapture } from './types';
import { verifyText } from './verify-text';
import { createYielder } from './yield-to-page';

export type BundleEntry = PreparedFile;

function checkInput(input: BundleInput): CaptureRecord[] {
  const ids = new Set<string>();
  // A capture moved in keeps its own chain, so places are unique per chain, not per bundle.
  const places = new Set<string>();
  const arrived = movedInIds(input.moves ?? []);
  for (const capture of input.captures) {
    if (capture.caseId !== input.caseRecord.id && !arrived.has(capture.id)) throw new BundleError(`Capture ${capture.seq} belongs to another case.`);
    const place = `${capture.caseId}/${capture.seq}`;
    if (ids.has(capture.id) || places.has(place)) throw new BundleError(`Capture ${capture.seq} is listed twice.`);
    ids.add(capture.id);
    places.add(place);
  }
  if (input.copy === 'platform' && !input.redactImage) throw new BundleError('The platform copy needs an image redactor.');
  return bundleOrder(input.captures, input.caseRecord.id);
}

function bundleCase(input: BundleInput): BundleCase {
  const { id, title, createdAt, headHash, captureCount } = input.caseRecord;
  return { id, title: input.copy === 'platform' ? null : title, createdAt, headHash, captureCount };
}

function wholeCase(input: BundleInput, captures: CaptureRecord[]): boolean {
  if (input.moves?.length) return isWholeCase(input, captures);
  return captures.length === input.caseRecord.captureCount && captures.every((capture, index) => capture.seq === index + 1);
}

/** With moves: every place of the case's own chain is here or was moved out, and every capture moved in is here. */
function isWholeCase(input: BundleInput, captures: CaptureRecord[]): boolean {
  const { id, captureCount } = input.caseRecord;
  const here = new Set(captures.filter((capture) => capture.caseId === id).map((capture) => capture.seq));
  for (const move of input.moves ?? []) if (move.kind === 'capture-moved-out' && move.seq <= captureCount) here.add(move.seq);
  const ids = new Set(captures.map((capture) => capture.id));
  return here.size === captureCount && [...movedInIds(input.moves ?? [])].every((captureId) => ids.has(captureId));
}

async function textFile(path: string, text: string | Uint8Array, hash: (bytes: Uint8Array) => Promise<Sha256Hex>): Promise<PreparedFile> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { path, bytes, sha256: await hash(bytes), mediatype: mediaTypeForPath(path) };
}

function info(file: PreparedFile): BundleFileInfo {
  return { path: file.path, bytes: file.bytes.length, sha256: file.sha256, mediatype: file.mediatype };
}

/**
 * Every file of the bundle, in the order a streaming zip writer should store them: the capture
 * folders first, then the top-level files that summarise (and sign) them. Pure apart from the
 * injected reader, redactor, signer and clock.
 */
export async function* bundleEntries(input: BundleInput): AsyncGenerator<BundleEntry> {
  const hash = input.hash ?? sha256Bytes;
  const yielder = createYielder(input.yieldEveryMs ?? 50);
  const captures = checkInput(input);
  const exportedAt = input.now().toISOString();
  const width = captureNumberWidth(captures);
  const notesByCapture = new Map<string, NoteRecord[]>();
  for (const note of input.notes) {
    if (note.captureId) notesByCapture.set(note.captureId, [...(notesByCapture.get(note.captureId) ?? []), note]);
  }
  const written: BundleFileInfo[] = [];
  const prepared: PreparedCapture[] = [];
  let bytesDone = 0;
  for (const record of captures) {
    const folder = captureFolder(record, width, input.caseRecord.id);
    const result = await prepareCapture(input, record, folder, notesByCapture.get(record.id) ?? [], hash);
    prepared.push(result.prepared);
    for (const file of result.files) {
      yield file;
      written.push(info(file));
      bytesDone += file.bytes.length;
    }
    input.onProgress?.({ phase: 'captures', capturesDone: prepared.length, capturesTotal: captures.length, bytesDone });
    await yielder.maybeYield();
  }
  const requests = await prepareRequests(input, captures, hash);
  for (const file of requests.files) {
    yield file;
    written.push(info(file));
  }
  input.onProgress?.({ phase: 'summary', capturesDone: prepared.length, capturesTotal: captures.length, bytesDone });
  const jwk = input.signer.publicKeyJwk;
  const platform = input.copy === 'platform';
  const summary: BundleSummary = {
    copy: input.copy,
    bundleCase: bundleCase(input),
    captures: prepared,
    incidents: incidentsForCopy(input.incidents, input.copy),
    caseNotes: platform ? [] : input.notes.filter((note) => !note.captureId),
    requests: requests.json.requests,
    trackerEvents: requests.json.trackerEvents,
    letters: requests.json.letters,
    letterTexts: requests.letterTexts,
    people: preparePeople(input.people ?? [], input.caseRecord.id, new Set(captures.map((capture) => capture.id)), input.copy),
    workspace: prepareWorkspace(input.workspace, input.caseRecord.id, new Set(captures.map((capture) => capture.id)), input.copy),
    platformName: input.platformName ?? (() => undefined),
    exportedAt,
    softwareVersion: input.softwareVersion,
    keyFingerprint: await keyFingerprint(jwk, hash),
    selection: wholeCase(input, captures) ? 'whole-case' : 'selected',
    text: reportText(input.language),
  };
  const caseJson: CaseJson = {
    format: CASE_JSON_FORMAT,
    copy: input.copy,
    case: summary.bundleCase,
    incidents: summary.incidents,
    notes: platform ? [] : [...input.notes],
    ...(input.moves?.length && { moves: [...input.moves] }),
  };
  const top: PreparedFile[] = [
    await textFile(FILES.capturesCsv, capturesCsv(summary), hash),
    await textFile(FILES.incidentsCsv, incidentLogCsv(summary), hash),
    await textFile(FILES.caseJson, jsonBytes(caseJson), hash),
    await textFile(FILES.requestsJson, jsonBytes(requests.json), hash),
    ...(summary.people ? [await textFile(FILES.peopleJson, jsonBytes(summary.people), hash)] : []),
    ...(summary.workspace ? [await textFile(FILES.workspaceJson, jsonBytes(summary.workspace), hash)] : []),
    await textFile(FILES.requestsCsv, requestsCsv(summary), hash),
    await textFile(FILES.trackerCsv, trackerCsv(summary), hash),
    await textFile(FILES.report, await reportHtml(summary, yielder), hash),
    await textFile(FILES.declaration, declarationText(summary), hash),
    await textFile(FILES.verify, verifyText(summary), hash),
    await textFile(FILES.publicKey, spkiPem(jwkToSpkiDer(jwk)), hash),
  ];
  const listed = [...written, ...top.map(info)].sort((a, b) => compareEntryPaths(a.path, b.path));
  const manifest = await textFile(FILES.manifest, jsonBytes(buildManifest(summary, listed)), hash);
  const signature = await input.signer.sign(manifest.bytes);
  const digest = buildDigest(manifest.sha256, signature, jwk, summary.keyFingerprint);
  top.push(manifest, await textFile(FILES.digest, jsonBytes(digest), hash), await textFile(FILES.signature, signatureDer(signature), hash));
  const everything = [...written, ...top.map(info)].sort((a, b) => compareEntryPaths(a.path, b.path));
  const sums = await textFile(FILES.sums, formatSha256Sums(everything), hash);
  // Signed as well as the manifest: the manual check (sha256sum -c) reads SHA256SUMS, so a forger
  // who rewrites it must also break this signature.
  top.push(sums, await textFile(FILES.sumsSignature, signatureDer(await input.signer.sign(sums.bytes)), hash));
  top.sort((a, b) => compareEntryPaths(a.path, b.path));
  for (const file of top) yield file;
  input.onProgress?.({ phase: 'done', capturesDone: prepared.length, capturesTotal: captures.length, bytesDone });
}
