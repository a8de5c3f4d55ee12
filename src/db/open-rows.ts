import { openRow, sealRow } from '../crypto/sealed-row';
import { isSealedRow, SEALED_TABLES, type SealedRow, type SealedTableName, type SealedTableSpec } from '../crypto/sealed-tables';
import type { OpenRows, PreserveDatabase, StoredRows } from './schema';
import { privateKey, recipient } from './vault';

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
