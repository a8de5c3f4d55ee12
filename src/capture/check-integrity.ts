import { captureRecordHash } from '../shared/chain';
import type { CaptureRecord } from '../shared/types';

export interface IntegrityReport {
  recordHashMatches: boolean;
  linkMatches: boolean;
  artifacts: {
    name: string;
    expected: string;
    /** The SHA-256 of the stored bytes now, or null when they could not be read. */
    actual: string | null;
    matches: boolean;
    /** Why the bytes could not be read (missing, or unreadable): a failed check, not a crash. */
    readError?: string;
  }[];
}

/** Recomputes every hash of one capture from what is stored now, with injected hashing. */
export async function checkIntegrity(
  capture: CaptureRecord,
  previous: CaptureRecord | undefined,
  readBytes: (artifactId: string) => Promise<Uint8Array>,
  hashBytes: (bytes: Uint8Array) => Promise<string>,
): Promise<IntegrityReport> {
  const artifacts: IntegrityReport['artifacts'] = [];
  for (const artifact of capture.artifacts.filter((kept) => kept.stored !== false)) {
    try {
      const actual = await hashBytes(await readBytes(artifact.id));
      artifacts.push({ name: artifact.name, expected: artifact.sha256, actual, matches: actual === artifact.sha256 });
    } catch (error) {
      artifacts.push({
        name: artifact.name,
        expected: artifact.sha256,
        actual: null,
        matches: false,
        readError: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return {
    recordHashMatches: captureRecordHash(capture) === capture.recordHash,
    linkMatches: capture.seq === 1 ? capture.prevHash === null : previous?.recordHash === capture.prevHash,
    artifacts,
  };
}

/** What failed, in plain words; empty when everything matches. */
export function integrityFailures(report: IntegrityReport): string[] {
  return [
    ...(report.recordHashMatches ? [] : ['the capture record itself']),
    ...(report.linkMatches ? [] : ['its link to the capture before it']),
    ...report.artifacts
      .filter((artifact) => !artifact.matches)
      .map((artifact) => (artifact.readError ? `${artifact.name} (it could not be read)` : artifact.name)),
  ];
}
