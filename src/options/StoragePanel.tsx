import { useEffect, useState } from 'preact/hooks';
import type { BackupStatus } from '../db/backup-status';
import type { StorageStatus } from '../ui/storage-status';
import type { OptionsApi } from './api';
import { formatBytes } from './format';

/** Space used, whether the browser keeps the store safe from clean-ups, and a gentle backup nudge. */
export function StoragePanel({ api }: { api: OptionsApi }) {
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [backup, setBackup] = useState<BackupStatus | null>(null);
  useEffect(() => {
    void api.storageStatus().then(setStorage);
    void api.backupStatus().then(setBackup);
  }, []);
  return (
    <section class="storage-status muted" aria-label="Storage" data-testid="storage-status">
      {storage?.usedBytes != null && <span>Space used on this device: {formatBytes(storage.usedBytes)}. </span>}
      {storage?.persisted === true && <span>The browser will keep it even when disk space runs low. </span>}
      {storage?.persisted === false && <span>The browser may clear it if disk space runs very low: export a backup from time to time. </span>}
      {backup?.remind && (
        <p class="reminder" role="status" data-testid="backup-reminder">
          {backup.capturesSinceExport} captures are not in any exported bundle yet. When you can, export one and keep it somewhere safe.
        </p>
      )}
    </section>
  );
}
