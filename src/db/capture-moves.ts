import type { BundleMove } from '../bundle/bundle-moves';
import type { CaseEvent } from '../shared/workspace-types';
import { openAll } from './open-rows';
import type { PreserveDatabase } from './schema';

export interface CaseMoves {
  /** Captures from other chains whose latest move in this case brought them here. */
  movedIn: Set<string>;
  /** Captures whose latest move in this case took them elsewhere. */
  movedOut: Set<string>;
  /** Every move event of the case, oldest first (for the bundle). */
  events: CaseEvent[];
}

/**
 * A capture's case is the latest move recorded in a case (else its own caseId): a move out of A
 * into B writes both events at once, so each case's latest event about a capture says whether it
 * is there now. The capture, its chain and its artifacts are never rewritten.
 */
export async function movesOfCase(db: PreserveDatabase, caseId: string): Promise<CaseMoves> {
  const rows = await db.caseEvents.where('caseId').equals(caseId).sortBy('at');
  const events = (await openAll('caseEvents', rows)).filter(isMove);
  const latest = new Map<string, CaseEvent['kind']>();
  for (const event of events) latest.set(event.captureId!, event.kind);
  const movedIn = new Set<string>();
  const movedOut = new Set<string>();
  for (const [captureId, kind] of latest) (kind === 'capture-moved-in' ? movedIn : movedOut).add(captureId);
  return { movedIn, movedOut, events };
}

function isMove(event: CaseEvent): boolean {
  return (event.kind === 'capture-moved-in' || event.kind === 'capture-moved-out') && event.captureId !== undefined;
}

/** The case a capture is in now: follow its moves from its own case. */
export async function currentCaseOf(db: PreserveDatabase, captureId: string, homeCaseId: string): Promise<string> {
  let here = homeCaseId;
  // Each step follows one recorded move; a loop back is possible (A → B → A), so stop after a visit.
  const visited: string[] = [];
  while (!visited.includes(here)) {
    visited.push(here);
    const { movedOut, events } = await movesOfCase(db, here);
    if (!movedOut.has(captureId)) return here;
    const last = events.filter((event) => event.captureId === captureId).at(-1);
    if (!last?.otherCaseId) return here;
    here = last.otherCaseId;
  }
  return here;
}

/** The case's moves as its bundle records them (case.json `moves`). */
export async function bundleMovesOf(db: PreserveDatabase, caseId: string): Promise<BundleMove[]> {
  const { events } = await movesOfCase(db, caseId);
  return events.flatMap((event) =>
    event.captureSeq !== undefined && event.captureRecordHash && event.otherCaseId
      ? [
          {
            kind: event.kind as BundleMove['kind'],
            at: event.at,
            captureId: event.captureId!,
            otherCaseId: event.otherCaseId,
            seq: event.captureSeq,
            recordHash: event.captureRecordHash,
          },
        ]
      : [],
  );
}

/** Of `captureIds`, those in `caseId` now: its own chain's captures less what moved out, plus what moved in. */
export async function captureIdsInCase(db: PreserveDatabase, caseId: string, captureIds: readonly string[]): Promise<string[]> {
  const [{ movedIn, movedOut }, captures] = await Promise.all([movesOfCase(db, caseId), db.captures.bulkGet([...captureIds])]);
  return captureIds.filter((id, index) => {
    const capture = captures[index]; // caseId is a clear field even when sealed
    return capture !== undefined && (movedIn.has(id) || (capture.caseId === caseId && !movedOut.has(id)));
  });
}
