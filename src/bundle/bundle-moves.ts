import type { Sha256Hex } from '../shared/hash';
import type { CaptureRecord } from '../shared/types';
import type { ZipProblem } from './zip-directory';

/**
 * A capture moved into or out of the bundle's case, as case.json records it. A capture keeps the
 * case and chain it was taken in, so a bundle can hold captures of more than one chain; these
 * entries say why, and let a reader account for a capture missing from the case's own chain.
 */
export interface BundleMove {
  kind: 'capture-moved-in' | 'capture-moved-out';
  at: string;
  captureId: string;
  /** The case it came from (moved in) or went to (moved out). */
  otherCaseId: string;
  /** Its place and record hash in its own case's chain. */
  seq: number;
  recordHash: Sha256Hex;
}

/** Captures whose latest move in this case brought them here. */
export function movedInIds(moves: readonly BundleMove[]): Set<string> {
  const latest = new Map<string, BundleMove['kind']>();
  for (const move of [...moves].sort((a, b) => a.at.localeCompare(b.at))) latest.set(move.captureId, move.kind);
  return new Set([...latest].filter(([, kind]) => kind === 'capture-moved-in').map(([id]) => id));
}

/** The case's own chain in order, then each other chain's captures (by case, then place). */
export function bundleOrder(captures: readonly CaptureRecord[], caseId: string): CaptureRecord[] {
  const rank = (capture: CaptureRecord) => (capture.caseId === caseId ? '' : capture.caseId);
  return [...captures].sort((a, b) => rank(a).localeCompare(rank(b)) || a.seq - b.seq);
}

/**
 * The case's own chain as far as the bundle can show it: each place 1..captureCount filled by a
 * capture in the bundle or by a recorded move out. Null when a place is unaccounted for.
 */
function homeChain(own: readonly CaptureRecord[], moves: readonly BundleMove[], captureCount: number): Map<number, Sha256Hex> | null {
  const hashes = new Map<number, Sha256Hex>(own.map((record) => [record.seq, record.recordHash]));
  for (const move of moves) if (move.kind === 'capture-moved-out' && !hashes.has(move.seq)) hashes.set(move.seq, move.recordHash);
  for (let seq = 1; seq <= captureCount; seq++) if (!hashes.has(seq)) return null;
  return hashes.size === captureCount ? hashes : null;
}

/**
 * Chains of a bundle holding moved captures. The case's own chain, for a whole case: every place is
 * a capture here or a recorded move out, each link points at the place before it, and the last is
 * the case's head. Every other chain (and a selection): links checked where consecutive places are present.
 */
export function checkMovedChains(
  records: readonly CaptureRecord[],
  moves: readonly BundleMove[],
  bundleCase: { id: string; headHash: Sha256Hex | null; captureCount: number },
  wholeCase: boolean,
): ZipProblem[] {
  const problems: ZipProblem[] = [];
  const chains = new Map<string, CaptureRecord[]>();
  for (const record of records) chains.set(record.caseId, [...(chains.get(record.caseId) ?? []), record]);
  for (const [caseId, chain] of chains) {
    const ordered = [...chain].sort((a, b) => a.seq - b.seq);
    if (caseId === bundleCase.id && wholeCase) continue;
    ordered.forEach((record, index) => {
      const before = ordered[index - 1];
      if (before && before.seq === record.seq - 1 && record.prevHash !== before.recordHash) {
        problems.push({ message: `The chain of captures of case ${caseId} is broken between captures ${before.seq} and ${record.seq}.` });
      }
    });
  }
  if (!wholeCase) return problems;
  const own = chains.get(bundleCase.id) ?? [];
  const hashes = homeChain(own, moves, bundleCase.captureCount);
  if (!hashes || (hashes.get(bundleCase.captureCount) ?? null) !== bundleCase.headHash) {
    problems.push({ file: 'case.json', message: 'says the whole case is here, but captures of its chain are neither in the bundle nor recorded as moved out' });
    return problems;
  }
  for (const record of own) {
    if (record.prevHash !== (hashes.get(record.seq - 1) ?? null)) problems.push({ message: `The chain of captures is broken at capture ${record.seq}.` });
  }
  return problems;
}
