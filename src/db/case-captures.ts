import type { CaseMoves } from './capture-moves';
import type { PreserveDatabase, StoredCapture } from './schema';

/**
 * A case's captures once moves have touched it: its own chain less those moved out, plus those
 * moved in from other chains. Rows as stored (opened by the caller), own chain first in chain
 * order, then moved-in ones by capture time.
 */
export async function storedCapturesWithMoves(db: PreserveDatabase, caseId: string, moves: CaseMoves): Promise<StoredCapture[]> {
  const [own, movedIn] = await Promise.all([db.captures.where('caseId').equals(caseId).sortBy('seq'), db.captures.bulkGet([...moves.movedIn])]);
  // A capture moved back to its own case is already among the own ones.
  const arrived = movedIn
    .filter((row): row is StoredCapture => row !== undefined && row.caseId !== caseId)
    .sort((a, b) => capturedAt(a).localeCompare(capturedAt(b)));
  return [...own.filter((row) => !moves.movedOut.has(row.id)), ...arrived];
}

/** Newest first across chains: the capture time stays clear on sealed rows (it is indexed). */
export function newestFirst(rows: StoredCapture[]): StoredCapture[] {
  return [...rows].sort((a, b) => capturedAt(b).localeCompare(capturedAt(a)));
}

function capturedAt(row: StoredCapture): string {
  return row.observed?.capturedAt ?? '';
}
