import { openRow, sealRow } from '../crypto/sealed-row';
import { isSealedRow, SEALED_TABLES, type SealedRow, type SealedTableName, type SealedTableSpec } from '../crypto/sealed-tables';
import type { Table } from 'dexie';
import type { OpenRows, PreserveDatabase, StoredRows } from './schema';
import { KEYRING_ID, privateKey, recipient } from './vault';

/** A row as read from the store, opened when it is sealed (which needs Preserve unlocked). */
export async function openIfSealed<N extends SealedTableName>(table: N, row: StoredRows[N] | undefined): Promise<OpenRows[N] | undefined> {
  if (row === undefined) return undefined;
  if (!isSealedRow(row)) return row as OpenRows[N];
  return openRow<OpenRows[N]>(SEALED_TABLES[table], row, await privateKey());
}

/** Rows as read, opened where sealed. The private key is looked up once for the lot, not once per row. */
export async function openAll<N extends SealedTableName>(table: N, rows: readonly StoredRows[N][]): Promise<OpenRows[N][]> {
  if (!rows.some((row) => isSealedRow(row))) return rows as OpenRows[N][];
  const key = await privateKey();
  return Promise.all(rows.map((row) => (isSealedRow(row) ? openRow<OpenRows[N]>(SEALED_TABLES[table], row, key) : Promise.resolve(row as OpenRows[N]))));
}

/** A row ready to write: sealed to the public key while encryption is on, as it is otherwise. */
export async function sealIfEncrypted<N extends SealedTableName>(db: PreserveDatabase, table: N, row: OpenRows[N]): Promise<StoredRows[N]> {
  const to = await recipient(db);
  if (!to) return row;
  const spec: SealedTableSpec = SEALED_TABLES[table];
  const open: OpenRows[SealedTableName] = row;
  return storedRow<N>(await sealRow(spec, { ...open }, to));
}

/** The one place a runtime spec meets the row types: sealRow keeps exactly SEALED_TABLES[table].clear. */
function storedRow<N extends SealedTableName>(sealed: SealedRow): StoredRows[N];
function storedRow(sealed: SealedRow): SealedRow {
  return sealed;
}

/**
 * Seals `row` when encryption is on, and writes it. Sealed before the transaction (WebCrypto cannot
 * be awaited inside one); a row decided plaintext is never written once a keyring exists, because
 * the migration may already have taken its last look: it is sealed again instead.
 */
export async function writeSealed<N extends SealedTableName>(db: PreserveDatabase, table: N, row: OpenRows[N], how: 'put' | 'add' = 'put'): Promise<void> {
  const target: Table<StoredRows[N]> = db.table(table);
  for (let attempt = 0; attempt < 2; attempt++) {
    const stored = await sealIfEncrypted(db, table, row);
    const written = await db.transaction('rw', [target, db.keys], async () => {
      if (!isSealedRow(stored) && (await db.keys.get(KEYRING_ID))) return false;
      await (how === 'add' ? target.add(stored) : target.put(stored));
      return true;
    });
    if (written) return;
  }
  throw new Error(`Encryption was turned on twice while a ${table} row was being saved.`);
}
