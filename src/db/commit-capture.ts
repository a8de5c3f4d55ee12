import { sealCapture } from '../shared/chain';
import { CAPTURE_FORMAT, type CaptureRecord, type CaseRecord, type UnsealedCapture } from '../shared/types';
import { sealRow } from '../crypto/sealed-row';
import { SEALED_TABLES } from '../crypto/sealed-tables';
import { activeCaseId, DEFAULT_CASE_ID, newDefaultCase } from './cases';
import { recipient } from './vault';
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
  // Sealed before the transaction: WebCrypto cannot be awaited inside it. The chain fields stay
  // clear and are decided inside, where the record's hash is taken over the plaintext.
  const to = await recipient(db);
  const sealedBody = to ? await sealRow(SEALED_TABLES.captures, pending as unknown as Record<string, unknown>, to) : null;
  return db.transaction('rw', [db.cases, db.captures, db.artifacts, db.settings], async () => {
    const caseRecord = await caseForCapture(db, pending.caseId);
    const record = sealCapture({
      format: CAPTURE_FORMAT,
      ...pending,
      caseId: caseRecord.id,
      seq: caseRecord.captureCount + 1,
      prevHash: caseRecord.headHash,
    });
    const stored = sealedBody
      ? ({ ...sealedBody, id: record.id, caseId: record.caseId, seq: record.seq, format: record.format, prevHash: record.prevHash, recordHash: record.recordHash } as unknown as CaptureRecord)
      : record;
    const writeRest = () => Promise.all([db.captures.add(stored), db.cases.put({ ...caseRecord, headHash: record.recordHash, captureCount: record.seq })]);
    if (hooks.insideTransaction) {
      await db.artifacts.bulkAdd(artifactRows);
      await hooks.insideTransaction(db);
      await writeRest();
    } else {
      // Issued together: IndexedDB runs them in order within the transaction, and not waiting for
      // each one's answer before sending the next saves a few milliseconds on every capture.
      await Promise.all([db.artifacts.bulkAdd(artifactRows), writeRest()]);
    }
    return record;
  });
}

/** Reads the active-case setting and the default case together, since nearly every capture goes there. */
async function caseForCapture(db: PreserveDatabase, requested: string | undefined): Promise<CaseRecord> {
  const [active, defaultCase] = await Promise.all([requested ?? activeCaseId(db), db.cases.get(DEFAULT_CASE_ID)]);
  const found = active === DEFAULT_CASE_ID ? defaultCase : await db.cases.get(active);
  if (found) return found;
  if (active === DEFAULT_CASE_ID) return newDefaultCase(new Date());
  throw new Error(`The case ${active} no longer exists.`);
}
