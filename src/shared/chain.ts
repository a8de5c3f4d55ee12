import { sha256Canonical, type Sha256Hex } from './hash';
import type { CaptureRecord, UnsealedCapture } from './types';

export function captureRecordHash(capture: UnsealedCapture | CaptureRecord): Sha256Hex {
  const { recordHash: _ignored, ...rest } = capture as CaptureRecord;
  return sha256Canonical(rest);
}

export function sealCapture(capture: UnsealedCapture): CaptureRecord {
  return { ...capture, recordHash: captureRecordHash(capture) };
}

export type ChainProblem =
  | { kind: 'record-hash'; captureId: string; expected: Sha256Hex; actual: Sha256Hex }
  | { kind: 'broken-link'; captureId: string; expectedPrev: Sha256Hex | null; actualPrev: Sha256Hex | null }
  | { kind: 'sequence'; captureId: string; expectedSeq: number; actualSeq: number };

/**
 * Walks one case's captures in chain order and reports every record whose hash does not match
 * its content, whose link does not point at the record before it, or whose position is off.
 */
export function verifyChain(captures: readonly CaptureRecord[]): ChainProblem[] {
  const ordered = [...captures].sort((a, b) => a.seq - b.seq);
  const problems: ChainProblem[] = [];
  let previous: Sha256Hex | null = null;
  ordered.forEach((capture, index) => {
    const actual = captureRecordHash(capture);
    if (actual !== capture.recordHash) {
      problems.push({ kind: 'record-hash', captureId: capture.id, expected: capture.recordHash, actual });
    }
    if (capture.prevHash !== previous) {
      problems.push({ kind: 'broken-link', captureId: capture.id, expectedPrev: previous, actualPrev: capture.prevHash });
    }
    if (capture.seq !== index + 1) {
      problems.push({ kind: 'sequence', captureId: capture.id, expectedSeq: index + 1, actualSeq: capture.seq });
    }
    previous = capture.recordHash;
  });
  return problems;
}
