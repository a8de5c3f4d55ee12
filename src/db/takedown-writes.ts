import type { Table } from 'dexie';
import { isSealedRow, type SealedTableName } from '../crypto/sealed-tables';
import { UserFacingError } from '../shared/errors';
import { type MessageKey, t } from '../shared/i18n';
import type { LetterRecord, RemovalRequestRecord, TakedownProfile, TrackerEvent } from '../shared/takedown-types';
import type { IncidentRecord } from '../shared/types';
import { sealIfEncrypted } from './open-rows';
import { database, type OpenRows, type PreserveDatabase, type StoredRows } from './schema';
import { KEYRING_ID } from './vault';

/** One row to write, named with its table so it is sealed with that table's rules. */
type RowFor<N extends SealedTableName = SealedTableName> = N extends SealedTableName ? { table: N; row: OpenRows[N] } : never;

interface WriteOptions {
  /** Runs first inside the transaction; throwing writes nothing. Reads only these tables. */
  check?: { tables: Table[]; run: () => Promise<void> };
  /** `put` (the profile, which is one row that changes) instead of `add` (records, never rewritten). */
  replace?: boolean;
}

/** Thrown inside the transaction, so nothing is written: a keyring appeared after sealing was decided. */
class EncryptionTurnedOn extends Error {}

/**
 * Writes rows of the removal-request tables in one transaction: all of them or none. Each is
 * sealed beforehand when encryption is on (WebCrypto cannot be awaited inside a transaction), and
 * a row decided "plaintext" is never written once a keyring exists: the migration may already
 * have taken its last look, so the rows are sealed again and written then.
 */
async function writeRows(db: PreserveDatabase, rows: RowFor[], options: WriteOptions = {}): Promise<void> {
  try {
    await writeOnce(db, rows, await sealAll(db, rows), options);
  } catch (error) {
    if (!(error instanceof EncryptionTurnedOn)) throw error;
    await writeOnce(db, rows, await sealAll(db, rows), options);
  }
}

async function sealAll(db: PreserveDatabase, rows: RowFor[]): Promise<StoredRows[SealedTableName][]> {
  return Promise.all(rows.map(({ table, row }) => sealIfEncrypted(db, table, row as never)));
}

async function writeOnce(db: PreserveDatabase, rows: RowFor[], stored: StoredRows[SealedTableName][], options: WriteOptions): Promise<void> {
  const tables = [...new Set([...rows.map(({ table }) => db.table(table)), ...(options.check?.tables ?? []), db.keys])];
  await db.transaction('rw', tables, async () => {
    if (stored.some((row) => !isSealedRow(row)) && (await db.keys.get(KEYRING_ID))) throw new EncryptionTurnedOn();
    await options.check?.run();
    await Promise.all(rows.map(({ table }, i) => (options.replace ? db.table(table).put(stored[i]) : db.table(table).add(stored[i]))));
  });
}

/** A request and its `requested` events (and its incident-log entry), together: never a request without its tracker entries. */
export async function addRequest(
  request: RemovalRequestRecord,
  events: TrackerEvent[],
  db: PreserveDatabase = database(),
  incident?: IncidentRecord,
): Promise<void> {
  const rows: RowFor[] = [{ table: 'requests', row: request }, ...events.map((row) => ({ table: 'trackerEvents' as const, row }))];
  if (incident) rows.push({ table: 'incidents', row: incident });
  await writeRows(db, rows, {
    check: { tables: [db.cases, db.captures, db.letters], run: () => assertBelongsToCase(db, request) },
  });
}

export async function addTrackerEvent(event: TrackerEvent, db: PreserveDatabase = database()): Promise<void> {
  await writeRows(db, [{ table: 'trackerEvents', row: event }], {
    check: {
      tables: [db.cases, db.requests],
      run: async () => {
        await assertCase(db, event.caseId);
        if (event.requestId && (await db.requests.get(event.requestId))?.caseId !== event.caseId) throw missing('errors_request_not_in_case');
      },
    },
  });
}

export async function addLetter(letter: LetterRecord, db: PreserveDatabase = database()): Promise<void> {
  await writeRows(db, [{ table: 'letters', row: letter }], {
    check: {
      tables: [db.cases, db.requests],
      run: async () => {
        await assertCase(db, letter.caseId);
        if (letter.requestId && (await db.requests.get(letter.requestId))?.caseId !== letter.caseId) throw missing('errors_request_not_in_case');
      },
    },
  });
}

/** Saves the one takedown profile, or with null forgets it. */
export async function saveTakedownProfile(profile: TakedownProfile | null, db: PreserveDatabase = database()): Promise<void> {
  if (profile === null) {
    await db.profiles.delete('takedown');
    return;
  }
  await writeRows(db, [{ table: 'profiles', row: { ...profile, id: 'takedown' } }], { replace: true });
}

/** Ids and caseIds are clear fields, so this works on sealed rows and without the passphrase. */
async function assertBelongsToCase(db: PreserveDatabase, request: RemovalRequestRecord): Promise<void> {
  await assertCase(db, request.caseId);
  const captureIds = [...request.captureIds, ...(request.confirmationCaptureId ? [request.confirmationCaptureId] : [])];
  const captures = await db.captures.bulkGet(captureIds);
  if (captures.some((capture) => capture?.caseId !== request.caseId)) throw missing('errors_capture_not_in_case');
  if (request.letterId && (await db.letters.get(request.letterId))?.caseId !== request.caseId) throw missing('errors_letter_not_in_case');
}

async function assertCase(db: PreserveDatabase, caseId: string): Promise<void> {
  if (!(await db.cases.get(caseId))) throw missing('errors_case_gone');
}

function missing(key: MessageKey): UserFacingError {
  return new UserFacingError(t(key), 'not-in-case');
}
