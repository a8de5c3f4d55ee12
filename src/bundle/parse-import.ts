import { sealCapture } from '../shared/chain';
import type { Sha256Hex } from '../shared/hash';
import type { LetterRecord, RemovalRequestRecord, TrackerEvent } from '../shared/takedown-types';
import type { BundleIdentity, CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';
import type { PersonRecord } from '../shared/workspace-types';
import { importIncidents } from './import-incidents';
import { importPeople } from './import-people';
import { importRequests, LetterImportError } from './import-requests';
import { importWorkspace } from './import-workspace';
import { escapeText } from './terminal-text';
import type { WorkspaceInput } from './types';
import { verifyBundle, type BundleProblem, type VerifyOptions, type VerifySummary } from './verify-bundle';
import type { ZipSource } from './zip-source';

export class BundleImportError extends Error {
  override name = 'BundleImportError';
  constructor(
    readonly problems: BundleProblem[],
    readonly summary?: VerifySummary,
  ) {
    // Escaped: file names and values come from the bundle, and bidi controls would reorder the message.
    const lines = problems.slice(0, 20).map((problem) => `- ${escapeText(problem.file ? `${problem.file}: ${problem.message}` : problem.message)}`);
    const more = problems.length > 20 ? `\n…and ${problems.length - 20} more` : '';
    super(`This bundle was not imported, and nothing was changed:\n${lines.join('\n')}${more}`);
  }
}

/** A bundle imported earlier, as its case remembers it. */
export interface EarlierImport {
  bundleName: string;
  bundleSha256: Sha256Hex;
  identity?: BundleIdentity | undefined;
}

export interface ImportOptions extends VerifyOptions {
  bundleName: string;
  now: () => Date;
  newId: () => string;
  /** Bundles already imported, so the same bundle does not become two cases. */
  earlierImports?: readonly EarlierImport[];
}

export interface ImportedCase {
  caseRecord: CaseRecord;
  /** New ids, a fresh chain for the new case, each marked with where it came from. */
  captures: CaptureRecord[];
  /** Artifact bytes by the artifact's new id, checked against the bundle's hashes. */
  artifacts: Map<string, Uint8Array>;
  incidents: IncidentRecord[];
  notes: NoteRecord[];
  /** Re-keyed into the new case; empty for bundles made before removal requests were kept. */
  requests: RemovalRequestRecord[];
  trackerEvents: TrackerEvent[];
  letters: LetterRecord[];
  /** Re-keyed into the new case; empty when the bundle has no people.json. */
  people: PersonRecord[];
  /** Plan steps, assessments, the case's own events, watched links (turned off) and their checks, re-keyed; empty without workspace.json. */
  workspace: WorkspaceInput;
  /** The bundle's own record hash for each new capture id: the link back to the original chain. */
  originalRecordHashes: Map<string, Sha256Hex>;
  summary: VerifySummary;
}

/**
 * The same bundle is the same signed manifest, or the same case with the same chain of captures
 * (exported again, or re-zipped): never the zip's bytes alone, which a zip comment changes.
 * Cases imported before identities were stored are matched by their zip's SHA-256.
 */
function findEarlierImport(identity: BundleIdentity, bundleSha256: Sha256Hex, earlier: readonly EarlierImport[]): EarlierImport | undefined {
  return earlier.find(
    (other) =>
      other.bundleSha256 === bundleSha256 ||
      other.identity?.manifestSha256 === identity.manifestSha256 ||
      (other.identity?.caseId === identity.caseId && other.identity.chainSha256 === identity.chainSha256),
  );
}

/**
 * Verifies first and returns nothing unless every check passed; the caller writes the result as
 * a new case. Records get new ids (so importing one's own export cannot collide) and are sealed
 * into a new chain; ImportProvenance says which bundle and capture each came from.
 */
export async function parseBundleForImport(zip: Uint8Array | Blob | ZipSource, options: ImportOptions): Promise<ImportedCase> {
  const result = await verifyBundle(zip, options);
  const { summary } = result;
  if (!result.ok || !result.bundle) throw new BundleImportError(result.problems, summary);
  if (summary.copy === 'platform') {
    throw new BundleImportError([{ message: 'This is a redacted platform copy. Import the legal copy, which holds the original files.' }], summary);
  }
  const { identity } = summary;
  if (!identity) throw new BundleImportError([{ message: 'This bundle has no verified signature.' }], summary);
  const earlier = findEarlierImport(identity, summary.bundleSha256, options.earlierImports ?? []);
  if (earlier) {
    throw new BundleImportError(
      [{ message: `This bundle has already been imported (as ${earlier.bundleName}): the same case with the same captures.` }],
      summary,
    );
  }
  const { reader, caseJson, captures: originals, requests: requestsJson, people: peopleJson, workspace: workspaceJson } = result.bundle;
  const importedAt = options.now().toISOString();
  const exportedAt = summary.exportedAt ?? '';
  const caseId = options.newId();
  const idMap = new Map<string, string>();
  const artifacts = new Map<string, Uint8Array>();
  const originalRecordHashes = new Map<string, Sha256Hex>();
  const captures: CaptureRecord[] = [];
  let prevHash: Sha256Hex | null = null;
  for (const [index, { record, json }] of originals.entries()) {
    const id = options.newId();
    idMap.set(record.id, id);
    const newArtifacts = [];
    for (const artifact of record.artifacts) {
      const artifactId = options.newId();
      newArtifacts.push({ ...artifact, id: artifactId });
      if (artifact.stored === false) continue;
      const file = json.files.find((candidate) => candidate.artifactId === artifact.id)!;
      artifacts.set(artifactId, await reader.read(file.path));
    }
    const { recordHash: _original, imported: _earlier, ...rest } = record;
    const sealed = sealCapture({
      ...rest,
      id,
      caseId,
      seq: index + 1,
      trigger: 'import',
      artifacts: newArtifacts,
      prevHash,
      imported: {
        bundleName: options.bundleName,
        bundleSha256: summary.bundleSha256,
        exportedAt,
        importedAt,
        originalCaptureId: record.id,
        originalCaseId: record.caseId,
        originalRecordHash: record.recordHash,
      },
    });
    originalRecordHashes.set(id, record.recordHash);
    captures.push(sealed);
    prevHash = sealed.recordHash;
  }
  const caseRecord: CaseRecord = {
    id: caseId,
    title: caseJson.case.title ?? 'Imported case',
    createdAt: importedAt,
    headHash: prevHash,
    captureCount: captures.length,
    isDefault: false,
    imported: { bundleName: options.bundleName, bundleSha256: summary.bundleSha256, exportedAt, importedAt, identity, verifiedFiles: summary.fileCount },
  };
  const notes = caseJson.notes.map(({ captureId: original, ...note }) => {
    const captureId = original ? idMap.get(original) : undefined;
    return { ...note, id: options.newId(), caseId, ...(captureId && { captureId }) };
  });
  let takedowns: Awaited<ReturnType<typeof importRequests>>;
  try {
    takedowns = await importRequests(requestsJson, reader, { caseId, captureIds: idMap, newId: options.newId, ...(options.hash && { hash: options.hash }) });
  } catch (error) {
    if (error instanceof LetterImportError) throw new BundleImportError([{ file: error.file, message: error.message }], summary);
    throw error;
  }
  const people = importPeople(peopleJson, caseId, idMap, options.newId);
  // Both keep the bundle's order, so old and new ids pair up by position.
  const pairs = <T extends { id: string }>(before: readonly T[] | undefined, after: readonly T[]) =>
    new Map((before ?? []).flatMap((item, i) => (after[i] ? [[item.id, after[i].id] as const] : [])));
  const incidents = importIncidents(caseJson.incidents, {
    caseId,
    captureIds: idMap,
    requestIds: pairs(requestsJson?.requests, takedowns.requests),
    personIds: pairs(peopleJson?.people, people),
    newId: options.newId,
  });
  const workspace = importWorkspace(workspaceJson, caseId, idMap, options.newId);
  return { caseRecord, captures, artifacts, incidents, notes, ...takedowns, people, workspace, originalRecordHashes, summary };
}
