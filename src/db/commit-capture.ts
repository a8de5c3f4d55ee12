import { sealCapture } from '../shared/chain';
import { CAPTURE_FORMAT, type CaptureRecord, type UnsealedCapture } from '../shared/types';
import { activeCaseId, DEFAULT_CASE_ID, newDefaultCase } from './cases';
import type { ArtifactRow, PreserveDatabase } from './schema';

/** A capture before it has a case and a place in its chain; both are decided in the transaction. */
export type PendingCapture = Omit<UnsealedCapture, 'seq' | 'prevHash' | 'format' | 'caseId'> & { caseId?: string };

export interface CommitHooks {
  /** e2e only: runs inside the open transaction after the artifacts are written, before the record. */
  insideTransaction?: (db: PreserveDatabase) => Promise<void>;
}

/**
 * Writes a capture and its artifact bytes in one transaction: all of it or none. The chain link
 * is read and the record sealed inside the transaction, so concurrent captures in one case
 * cannot both claim the same predecessor.
 */
export async function commitCapture(
  db: PreserveDatabase,
  pending: PendingCapture,
  artifactRows: ArtifactRow[],
  hooks: CommitHooks = {},
): Promise<CaptureRecord> {
  return db.transaction('rw', [db.cases, db.captures, db.artifacts, db.settings], async () => {
    const caseId = pending.caseId ?? (await activeCaseId(db));
    const caseRecord = (await db.cases.get(caseId)) ?? (caseId === DEFAULT_CASE_ID ? newDefaultCase(new Date()) : null);
    if (!caseRecord) throw new Error(`The case ${caseId} no longer exists.`);
    const record = sealCapture({
      format: CAPTURE_FORMAT,
      ...pending,
      caseId,
      seq: caseRecord.captureCount + 1,
      prevHash: caseRecord.headHash,
    });
    await db.artifacts.bulkAdd(artifactRows);
    if (hooks.insideTransaction) await hooks.insideTransaction(db);
    await db.captures.add(record);
    await db.cases.put({ ...caseRecord, headHash: record.recordHash, captureCount: record.seq });
    return record;
  });
}
