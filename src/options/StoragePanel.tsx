import { useEffect, useState } from 'preact/hooks';
import type { BackupStatus } from '../db/backup-status';
import type { StorageStatus } from '../ui/storage-status';
import type { OptionsApi } from './api';
import { formatBytes } from './format';
import { t } from '../shared/i18n';

/** Space used, whether the browser keeps the store safe from clean-ups, and a gentle backup nudge. */
export function StoragePanel({ api }: { api: OptionsApi }) {
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [backup, setBackup] = useState<BackupStatus | null>(null);
  useEffect(() => {
    void api.storageStatus().then(setStorage);
    void api.backupStatus().then(setBackup);
  }, []);
  return (
    <section class="storage-status muted" aria-label={t('evidence_storage_label')} data-testid="storage-status">
      {storage?.usedBytes != null && <span>{t('evidence_storage_used', { size: formatBytes(storage.usedBytes) })} </span>}
      {storage?.persisted === true && <span>{t('evidence_storage_persisted')} </span>}
      {storage?.persisted === false && <span>{t('evidence_storage_not_persisted')} </span>}
      {backup?.remind && (
        <p class="reminder" role="status" data-testid="backup-reminder">
          {t(backup.capturesSinceExport === 1 ? 'evidence_storage_backup_one' : 'evidence_storage_backup_many', { count: backup.capturesSinceExport })}
        </p>
      )}
    </section>
  );
}
