import { isSealedRow } from '../crypto/sealed-tables';
import { sealIfEncrypted } from '../db/open-rows';
import type { PreserveDatabase } from '../db/schema';
import { KEYRING_ID } from '../db/vault';
import type { LinkCheckRecord, MonitorRecord } from '../shared/matching-types';
import type { IncidentEntry } from '../shared/workspace-types';

type Row = { table: 'monitors'; row: MonitorRecord } | { table: 'linkChecks'; row: LinkCheckRecord } | { table: 'incidents'; row: IncidentEntry };

/**
 * Sealed before the transaction (WebCrypto cannot be awaited inside one); rows decided plaintext
 * are never written once a keyring exists, since the migration may have taken its last look.
 * Checks and log entries are added (never overwritten); a monitor's row is its current state.
 */
async function writeRows(db: PreserveDatabase, rows: Row[]): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const stored = await Promise.all(rows.map(({ table, row }) => sealIfEncrypted(db, table, row as never)));
    const tables = [...new Set(rows.map(({ table }) => db.table(table))), db.keys];
    const written = await db.transaction('rw', tables, async () => {
      if (stored.some((row) => !isSealedRow(row)) && (await db.keys.get(KEYRING_ID))) return false;
      await Promise.all(rows.map(({ table }, i) => (table === 'monitors' ? db.table(table).put(stored[i]) : db.table(table).add(stored[i]))));
      return true;
    });
    if (written) return;
  }
  throw new Error('Encryption was turned on twice while a link check was being saved.');
}

export function saveMonitors(db: PreserveDatabase, monitors: MonitorRecord[]): Promise<void> {
  return writeRows(
    db,
    monitors.map((row) => ({ table: 'monitors', row })),
  );
}

/** One check, the monitor's new state and (on a removal or reappearance) its log entry, together. */
export function recordCheck(db: PreserveDatabase, check: LinkCheckRecord, monitor: MonitorRecord, incident: IncidentEntry | null): Promise<void> {
  const rows: Row[] = [
    { table: 'linkChecks', row: check },
    { table: 'monitors', row: monitor },
  ];
  if (incident) rows.push({ table: 'incidents', row: incident });
  return writeRows(db, rows);
}
