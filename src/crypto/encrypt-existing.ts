import type { Dexie, Table } from 'dexie';
import { DEFAULT_BATCH_SIZES, planEncryption, type PlannedBatch } from './migrate-plan';
import { sealRow } from './sealed-row';
import { isSealedRow, SEAL_ORDER, SEALED_TABLES, type SealedRow, type SealedTableName } from './sealed-tables';

/** What this needs of PreserveDatabase; rows are handled as plain objects, sealed or not. */
export type EncryptableDatabase = Pick<Dexie, 'table' | 'transaction'>;

type AnyTable = Table<Record<string, unknown>, string>;

export interface EncryptHooks {
  /** Tests: runs inside the write transaction after each row is replaced; throwing aborts the batch. */
  afterRowWritten?: (table: SealedTableName, key: string) => void;
  /** Progress for the UI; throwing stops the run between batches (what closing the browser does). */
  afterBatch?: (batch: PlannedBatch, result: BatchResult) => void | Promise<void>;
}

export interface BatchResult {
  sealed: number;
  /** Already sealed, deleted, or changed while being sealed (a rerun picks the last up). */
  skipped: number;
}

/**
 * Seals every plaintext row in the store. Safe to stop at any point and to run again: rows are
 * sealed outside any transaction (an IndexedDB transaction commits itself while WebCrypto is
 * awaited), then each sealed row replaces its plaintext under the same primary key in one write
 * transaction per batch, so every row is at all times either plaintext or sealed, never both or
 * neither.
 */
export async function encryptExisting(
  db: EncryptableDatabase,
  recipient: CryptoKey,
  options: { batchSizes?: Partial<Record<SealedTableName, number>>; hooks?: EncryptHooks } = {},
): Promise<BatchResult> {
  const total: BatchResult = { sealed: 0, skipped: 0 };
  for (const table of SEAL_ORDER) {
    const keys = await listPlaintextKeys(db, table);
    const batchSizes = { ...DEFAULT_BATCH_SIZES, ...options.batchSizes };
    for (const batch of planEncryption({ [table]: keys }, batchSizes)) {
      const result = await encryptBatch(db, batch, recipient, options.hooks);
      total.sealed += result.sealed;
      total.skipped += result.skipped;
      await options.hooks?.afterBatch?.(batch, result);
    }
  }
  return total;
}

/**
 * Keys of rows not yet sealed. With an index on `sealed` (see the proposed schema version) this
 * reads keys only; without it, it reads every row once.
 */
export async function listPlaintextKeys(db: EncryptableDatabase, table: SealedTableName): Promise<string[]> {
  const store = db.table(table) as AnyTable;
  if (store.schema.indexes.some((index) => index.name === 'sealed')) {
    const sealed = new Set(await store.where('sealed').equals(1).primaryKeys());
    return (await store.toCollection().primaryKeys()).filter((key) => !sealed.has(key));
  }
  return store.filter((row) => !isSealedRow(row)).primaryKeys();
}

/** How many rows of `table` are not sealed yet, counted without loading a row when the index exists. */
export async function countPlaintext(db: EncryptableDatabase, table: SealedTableName): Promise<number> {
  const store = db.table(table) as AnyTable;
  if (!store.schema.indexes.some((index) => index.name === 'sealed')) return store.filter((row) => !isSealedRow(row)).count();
  const [all, sealed] = await Promise.all([store.count(), store.where('sealed').equals(1).count()]);
  return all - sealed;
}

export async function encryptBatch(db: EncryptableDatabase, batch: PlannedBatch, recipient: CryptoKey, hooks: EncryptHooks = {}): Promise<BatchResult> {
  const spec = SEALED_TABLES[batch.table];
  const store = db.table(batch.table) as AnyTable;
  const before = await store.bulkGet(batch.keys);
  const planned: { key: string; read: Record<string, unknown>; sealed: SealedRow }[] = [];
  for (const [i, key] of batch.keys.entries()) {
    const row = before[i];
    if (row && !isSealedRow(row)) planned.push({ key, read: row, sealed: await sealRow(spec, row, recipient) });
  }
  return db.transaction('rw', store, async () => {
    const result: BatchResult = { sealed: 0, skipped: batch.keys.length - planned.length };
    const now = await store.bulkGet(planned.map((p) => p.key));
    for (const [i, { key, read, sealed }] of planned.entries()) {
      const current = now[i];
      if (!current || isSealedRow(current) || !sameRow(read, current)) {
        result.skipped++;
        continue;
      }
      await store.put(sealed);
      hooks.afterRowWritten?.(batch.table, key);
      result.sealed++;
    }
    return result;
  });
}

/**
 * Whether a row is still what was sealed. Byte rows are written once (artifacts) or replaced
 * whole (thumbnails), so size and type tell; field rows are compared as JSON, which catches a
 * case whose counters moved because a capture was committed meanwhile.
 */
function sameRow(read: Record<string, unknown>, current: Record<string, unknown>): boolean {
  const [a, b] = [read.data, current.data];
  if (a instanceof Blob || b instanceof Blob) {
    return (
      a instanceof Blob &&
      b instanceof Blob &&
      a.size === b.size &&
      a.type === b.type &&
      JSON.stringify({ ...read, data: 0 }) === JSON.stringify({ ...current, data: 0 })
    );
  }
  return JSON.stringify(read) === JSON.stringify(current);
}
