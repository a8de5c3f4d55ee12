import Dexie from 'dexie';
import { isSealedRow } from '../crypto/sealed-tables';
import type { PreserveDatabase } from './schema';

/** After this many captures not yet in an exported bundle, Preserve suggests exporting a backup. */
export const BACKUP_REMINDER_AFTER = 10;

export interface BackupStatus {
  lastExportAt: string | null;
  capturesSinceExport: number;
  remind: boolean;
}

export async function backupStatus(db: PreserveDatabase): Promise<BackupStatus> {
  const setting = await db.settings.get('lastExportAt');
  const lastExportAt = typeof setting?.value === 'string' ? setting.value : null;
  const capturesSinceExport = await db.captures
    .where('observed.capturedAt')
    .above(lastExportAt ?? Dexie.minKey)
    // A sealed capture's trigger cannot be read while locked: it counts, erring toward a reminder.
    .filter((capture) => isSealedRow(capture) || capture.trigger !== 'import')
    .count();
  return { lastExportAt, capturesSinceExport, remind: capturesSinceExport >= BACKUP_REMINDER_AFTER };
}

export async function recordExport(db: PreserveDatabase, exportedAt: string): Promise<void> {
  await db.settings.put({ key: 'lastExportAt', value: exportedAt });
}
