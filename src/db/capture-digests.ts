import Dexie from 'dexie';
import { isSealedRow } from '../crypto/sealed-tables';
import { type CaptureDigest, digestOf } from '../shared/capture-digest';
import { movesOfCase } from './capture-moves';
import { storedCapturesWithMoves } from './case-captures';
import { openAll } from './open-rows';
import { database, type StoredCapture } from './schema';
import { isUnlocked } from './vault';

/** Rows read per turn: a few milliseconds of IndexedDB, so a thumbnail asked for meanwhile is not kept waiting. */
const READ_CHUNK = 200;
/** Sealed rows opened per turn: each costs a key agreement, about 2 ms here. */
const OPEN_CHUNK = 40;

/**
 * What says whether a case's captures changed since they were last read, all from clear fields:
 * a capture moves the head of the chain and the count, a move between cases adds a case event.
 */
export interface CaseMark {
  headHash: string | null;
  captureCount: number;
  events: number;
}

export async function caseMark(caseId: string): Promise<CaseMark> {
  const db = database();
  const [row, events] = await Promise.all([db.cases.get(caseId), db.caseEvents.where('caseId').equals(caseId).count()]);
  return { headHash: row?.headHash ?? null, captureCount: row?.captureCount ?? 0, events };
}

export interface DigestRead {
  /** Chain order, then captures moved in. */
  digests: CaptureDigest[];
  /** The highest seq of the case's own chain read so far: a later read can start after it. */
  lastSeq: number;
  /** Captures were moved into or out of the case: the next read must be whole. */
  moved: boolean;
  /** Some rows were sealed: what was read must not outlive the unlock. */
  sealed: boolean;
}

/**
 * A case's captures as digests, read and opened a chunk at a time, awaiting `pause()` before
 * each chunk so the page can put what the person is waiting for first. With `afterSeq`, only
 * the captures after that one in the case's own chain (the ones added since a last read).
 */
export async function readCaptureDigests(caseId: string, pause: () => Promise<void>, afterSeq = 0): Promise<DigestRead> {
  const db = database();
  const moves = await movesOfCase(db, caseId);
  const out: DigestRead = { digests: [], lastSeq: afterSeq, moved: moves.events.length > 0, sealed: false };
  const take = async (rows: StoredCapture[]) => {
    const sealed = rows.some((row) => isSealedRow(row));
    out.sealed ||= sealed;
    for (let at = 0; at < rows.length; at += OPEN_CHUNK) {
      if (sealed && at > 0) await pause();
      for (const capture of await openAll('captures', rows.slice(at, at + OPEN_CHUNK))) out.digests.push(digestOf(capture));
    }
    for (const row of rows) if (row.caseId === caseId) out.lastSeq = Math.max(out.lastSeq, row.seq);
  };
  if (out.moved) {
    // Moves are rare and few: the case is read whole, as capturesOfCase does, and opened in chunks.
    await pause();
    const rows = await storedCapturesWithMoves(db, caseId, moves);
    for (let at = 0; at < rows.length; at += READ_CHUNK) {
      await pause();
      await take(rows.slice(at, at + READ_CHUNK));
    }
    return out;
  }
  for (;;) {
    await pause();
    const rows = await db.captures.where('[caseId+seq]').between([caseId, out.lastSeq], [caseId, Dexie.maxKey], false, true).limit(READ_CHUNK).toArray();
    await take(rows);
    if (rows.length < READ_CHUNK) return out;
  }
}

/** Whether sealed rows can be opened now: digests read from them are dropped once Preserve locks. */
export const canOpenSealed = (): Promise<boolean> => isUnlocked();
