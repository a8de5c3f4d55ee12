import { sealCapture } from '../shared/chain';
import type { Sha256Hex } from '../shared/hash';
import type { CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';
import { verifyBundle, type BundleProblem, type VerifyOptions, type VerifySummary } from './verify-bundle';

export class BundleImportError extends Error {
  override name = 'BundleImportError';
  constructor(
    readonly problems: BundleProblem[],
    readonly summary?: VerifySummary,
  ) {
    const lines = problems.slice(0, 20).map((problem) => `- ${problem.file ? `${problem.file}: ` : ''}${problem.message}`);
    const more = problems.length > 20 ? `\n…and ${problems.length - 20} more` : '';
    super(`This bundle was not imported, and nothing was changed:\n${lines.join('\n')}${more}`);
  }
}

export interface ImportOptions extends VerifyOptions {
  bundleName: string;
  now: () => Date;
  newId: () => string;
  /** bundleSha256 of bundles already imported, so the same bundle does not become two cases. */
  importedBundleHashes?: ReadonlySet<Sha256Hex>;
}

export interface ImportedCase {
  caseRecord: CaseRecord;
  /** New ids, a fresh chain for the new case, each marked with where it came from. */
  captures: CaptureRecord[];
  /** Artifact bytes by the artifact's new id, checked against the bundle's hashes. */
  artifacts: Map<string, Uint8Array>;
  incidents: IncidentRecord[];
  notes: NoteRecord[];
  /** The bundle's own record hash for each new capture id: the link back to the original chain. */
  originalRecordHashes: Map<string, Sha256Hex>;
  summary: VerifySummary;
}

/**
 * Verifies first and returns nothing unless every check passed; the caller writes the result as
 * a new case. Records get new ids (so importing one's own export cannot collide) and are sealed
 * into a new chain; ImportProvenance says which bundle and capture each came from.
 */
export async function parseBundleForImport(zip: Uint8Array, options: ImportOptions): Promise<ImportedCase> {
  const result = await verifyBundle(zip, options);
  const { summary } = result;
  if (!result.ok || !result.bundle) throw new BundleImportError(result.problems, summary);
  if (summary.copy === 'platform') {
    throw new BundleImportError([{ message: 'This is a redacted platform copy. Import the legal copy, which holds the original files.' }], summary);
  }
  if (options.importedBundleHashes?.has(summary.bundleSha256)) {
    throw new BundleImportError([{ message: 'This bundle has already been imported.' }], summary);
  }
  const { reader, caseJson, captures: originals } = result.bundle;
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
      ...rest, id, caseId, seq: index + 1, trigger: 'import', artifacts: newArtifacts, prevHash,
      imported: { bundleName: options.bundleName, bundleSha256: summary.bundleSha256, exportedAt, importedAt, originalCaptureId: record.id, originalCaseId: record.caseId, originalRecordHash: record.recordHash },
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
    imported: { bundleName: options.bundleName, bundleSha256: summary.bundleSha256, exportedAt, importedAt },
  };
  const incidents = caseJson.incidents.map((incident) => ({
    ...incident, id: options.newId(), caseId,
    captureIds: incident.captureIds.map((captureId) => idMap.get(captureId)).filter((captureId): captureId is string => !!captureId),
  }));
  const notes = caseJson.notes.map((note) => ({
    ...note, id: options.newId(), caseId, captureId: note.captureId ? idMap.get(note.captureId) : undefined,
  }));
  return { caseRecord, captures, artifacts, incidents, notes, originalRecordHashes, summary };
}
