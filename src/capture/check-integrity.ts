import { captureRecordHash } from '../shared/chain';
import type { CaptureRecord } from '../shared/types';

export interface IntegrityReport {
  recordHashMatches: boolean;
  linkMatches: boolean;
  artifacts: { name: string; expected: string; actual: string; matches: boolean }[];
}

/** Recomputes every hash of one capture from what is stored now, with injected hashing. */
export async function checkIntegrity(
  capture: CaptureRecord,
  previous: CaptureRecord | undefined,
  readBytes: (artifactId: string) => Promise<Uint8Array>,
  hashBytes: (bytes: Uint8Array) => Promise<string>,
): Promise<IntegrityReport> {
  const artifacts = [];
  for (const artifact of capture.artifacts.filter((kept) => kept.stored !== false)) {
    const actual = await hashBytes(await readBytes(artifact.id));
    artifacts.push({ name: artifact.name, expected: artifact.sha256, actual, matches: actual === artifact.sha256 });
  }
  return {
    recordHashMatches: captureRecordHash(capture) === capture.recordHash,
    linkMatches: capture.seq === 1 ? capture.prevHash === null : previous?.recordHash === capture.prevHash,
    artifacts,
  };
}
