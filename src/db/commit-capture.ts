import { sealCapture } from '../shared/chain';
import { CAPTURE_FORMAT, type CaptureRecord, type UnsealedCapture } from '../shared/types';
import type { IncidentEntry } from '../shared/workspace-types';
import { sealArtifactRow, sealRow } from '../crypto/sealed-row';
import { isSealedRow, SEALED_TABLES } from '../crypto/sealed-tables';
import { activeCaseId, DEFAULT_CASE_ID, newDefaultCase, survivingChain } from './cases';
import { KEYRING_ID, recipient } from './vault';
import type { ArtifactRow, PreserveDatabase, StoredCapture, StoredRows } from './schema';

/** A capture before it has a case and a place in its chain; both are decided in the transaction. */
export type PendingCapture = Omit<UnsealedCapture, 'seq' | 'prevHash' | 'format' | 'caseId'> & { caseId?: string };

export interface CommitHooks {
  /**
   * e2e only: runs inside the open transaction once every write has succeeded, before it can
   * commit. The writes are issued exactly as without it; the hook only keeps the transaction
   * open (with reads) or fails it, so a test sees the shipped path at its most fragile point.
   */
  beforeCommit?: (db: PreserveDatabase) => Promise<void>;
}

/** The capture's incident-log entry, written in the same transaction; its case is the capture's, decided there. */
export type CaptureIncident = Omit<IncidentEntry, 'caseId'>;

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
  incident?: CaptureIncident,
): Promise<CaptureRecord> {
  // Sealed before the transaction: WebCrypto cannot be awaited inside it. The chain fields stay
  // clear and are decided inside, where the record's hash is taken over the plaintext.
  const to = await recipient(db);
  try {
    return await commitOnce(db, pending, artifactRows, to, hooks, incident);
  } catch (error) {
    if (!(error instanceof EncryptionTurnedOn)) throw error;
    // Encryption was turned on while this capture was being taken: seal it now, once.
    const now = await recipient(db);
    const sealedRows = await Promise.all(
      artifactRows.map(async (row) => {
        if (!now || isSealedRow(row)) return row;
        return sealArtifactRow(row.id, row.captureId, new Uint8Array(await row.data.arrayBuffer()), row.data.type, now);
      }),
    );
    return commitOnce(db, pending, sealedRows, now, hooks, incident);
  }
}

/** Thrown inside the transaction, so it writes nothing: a keyring appeared after sealing was decided. */
class EncryptionTurnedOn extends Error {}

async function commitOnce(
  db: PreserveDatabase,
  pending: PendingCapture,
  artifactRows: ArtifactRow[],
  to: CryptoKey | null,
  hooks: CommitHooks,
  incident: CaptureIncident | undefined,
): Promise<CaptureRecord> {
  // The entry's caseId is a clear field, so it can be sealed now and given its case inside.
  const [sealedBody, sealedIncident] = await Promise.all([
    to ? sealRow(SEALED_TABLES.captures, { ...pending }, to) : null,
    to && incident ? sealRow(SEALED_TABLES.incidents, { ...incident }, to) : null,
  ]);
  const somethingClear = !sealedBody || artifactRows.some((row) => !isSealedRow(row));
  const tables = [db.cases, db.captures, db.artifacts, db.settings, db.keys, ...(incident ? [db.incidents] : [])];
  return db.transaction('rw', tables, async () => {
    // Plaintext written after the migration's last look would stay plaintext for good; the
    // keyring is read in this transaction, which the migration's final check cannot interleave with.
    const [caseRecord, keyring] = await Promise.all([caseForCapture(db, pending.caseId), somethingClear ? db.keys.get(KEYRING_ID) : undefined]);
    if (keyring) throw new EncryptionTurnedOn();
    const record = sealCapture({
      format: CAPTURE_FORMAT,
      ...pending,
      caseId: caseRecord.id,
      seq: caseRecord.captureCount + 1,
      prevHash: caseRecord.headHash,
    });
    const stored: StoredCapture = sealedBody
      ? {
          sealed: 1,
          envelope: sealedBody.envelope,
          observed: { capturedAt: record.observed.capturedAt },
          id: record.id,
          caseId: record.caseId,
          seq: record.seq,
          format: record.format,
          prevHash: record.prevHash,
          recordHash: record.recordHash,
        }
      : record;
    // Issued together: IndexedDB runs them in order within the transaction, and not waiting for
    // each one's answer before sending the next saves a few milliseconds on every capture.
    await Promise.all([
      db.artifacts.bulkAdd(artifactRows),
      db.captures.add(stored),
      db.cases.put({ ...caseRecord, headHash: record.recordHash, captureCount: record.seq }),
      incident &&
        db.incidents.add((sealedIncident ? { ...sealedIncident, caseId: record.caseId } : { ...incident, caseId: record.caseId }) as StoredRows['incidents']),
    ]);
    await hooks.beforeCommit?.(db);
    return record;
  });
}

/**
 * Reads the active-case setting and the default case together, since nearly every capture goes
 * there. The row comes back as stored: only its clear chain fields are read or changed, so a
 * sealed case stays sealed.
 */
async function caseForCapture(db: PreserveDatabase, requested: string | undefined): Promise<StoredRows['cases']> {
  const [active, defaultCase] = await Promise.all([requested ?? activeCaseId(db), db.cases.get(DEFAULT_CASE_ID)]);
  const found = active === DEFAULT_CASE_ID ? defaultCase : await db.cases.get(active);
  if (found) return found;
  if (active === DEFAULT_CASE_ID) return { ...newDefaultCase(new Date()), ...(await survivingChain(db, DEFAULT_CASE_ID)) };
  throw new Error(`The case ${active} no longer exists.`);
}
