import { openRow, sealRow } from '../crypto/sealed-row';
import { isSealedRow, SEALED_TABLES, type SealedTableName } from '../crypto/sealed-tables';
import type { PreserveDatabase } from './schema';
import { privateKey, recipient } from './vault';

/** A row as read from the store, opened when it is sealed (which needs Preserve unlocked). */
export async function openIfSealed<T>(table: SealedTableName, row: T | undefined): Promise<T | undefined> {
  if (row === undefined || !isSealedRow(row)) return row;
  return openRow<T>(SEALED_TABLES[table], row, await privateKey());
}

export async function openAll<T>(table: SealedTableName, rows: T[]): Promise<T[]> {
  return Promise.all(rows.map(async (row) => (await openIfSealed(table, row))!));
}

/** A row ready to write: sealed to the public key while encryption is on, as it is otherwise. */
export async function sealIfEncrypted<T extends object>(db: PreserveDatabase, table: SealedTableName, row: T): Promise<T> {
  const to = await recipient(db);
  return to ? ((await sealRow(SEALED_TABLES[table], row as Record<string, unknown>, to)) as unknown as T) : row;
}
