import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_AFTER, backupStatus, recordExport } from '../../../src/db/backup-status';
import { PreserveDatabase } from '../../../src/db/schema';
import type { CaptureRecord } from '../../../src/shared/types';

function capture(index: number, trigger: CaptureRecord['trigger'] = 'popup'): CaptureRecord {
  return {
    id: `c${index}`,
    caseId: 'default',
    seq: index + 1,
    trigger,
    observed: { capturedAt: new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString() },
  } as CaptureRecord;
}

describe('backupStatus', () => {
  it('counts captures since the last export and reminds once there are enough', async () => {
    const db = new PreserveDatabase('backup-status-test');
    await db.captures.bulkAdd(Array.from({ length: BACKUP_REMINDER_AFTER - 1 }, (_, i) => capture(i)));
    expect(await backupStatus(db)).toEqual({ lastExportAt: null, capturesSinceExport: BACKUP_REMINDER_AFTER - 1, remind: false });
    await db.captures.add(capture(BACKUP_REMINDER_AFTER - 1));
    await db.captures.add(capture(50, 'import'));
    expect(await backupStatus(db)).toMatchObject({ capturesSinceExport: BACKUP_REMINDER_AFTER, remind: true });
    await recordExport(db, new Date(Date.UTC(2026, 10, 1, 0, 5, 30)).toISOString());
    expect(await backupStatus(db)).toMatchObject({ capturesSinceExport: BACKUP_REMINDER_AFTER - 6, remind: false });
    await db.delete();
  });
});
