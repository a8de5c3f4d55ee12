import { captureIdsInCase } from '../db/capture-moves';
import { openIfSealed, sealIfEncrypted } from '../db/open-rows';
import { database, type PreserveDatabase } from '../db/schema';
import { KEYRING_ID } from '../db/vault';
import { isSealedRow } from '../crypto/sealed-tables';
import { languageOf } from '../locales';
import { UserFacingError } from '../shared/errors';
import { t, uiLanguage } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { IncidentEntry } from '../shared/workspace-types';
import { checkIncident } from '../workspace/incident-check';

/** An imported case is someone else's evidence, shown read-only: its log is not changed here. */
async function writableCase(db: PreserveDatabase, caseId: string): Promise<void> {
  const record = await openIfSealed('cases', await db.cases.get(caseId));
  if (!record) throw new UserFacingError(t('incidents_error_no_case'), 'no-case');
  if (record.imported) throw new UserFacingError(t('incidents_error_read_only'), 'read-only-case');
}

/**
 * Sealed before the transaction (WebCrypto cannot be awaited inside one); a row decided
 * plaintext is never written once a keyring exists, since the migration may have taken its last look.
 */
async function putIncident(db: PreserveDatabase, entry: IncidentEntry): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const row = await sealIfEncrypted(db, 'incidents', entry);
    const written = await db.transaction('rw', [db.incidents, db.keys], async () => {
      if (!isSealedRow(row) && (await db.keys.get(KEYRING_ID))) return false;
      await db.incidents.put(row);
      return true;
    });
    if (written) return;
  }
  throw new Error('Encryption was turned on twice while this entry was being saved.');
}

export const incidentHandlers = {
  'incident.save': async ({ entry }: RequestOf<'incident.save'>): Promise<ResponseOf<'incident.save'>> => {
    const now = new Date();
    const checked = checkIncident(entry, now, languageOf(uiLanguage()));
    const db = database();
    await writableCase(db, checked.caseId);
    const existing = entry.id === undefined ? undefined : await openIfSealed('incidents', await db.incidents.get(entry.id));
    if (entry.id !== undefined && existing?.caseId !== checked.caseId) throw new UserFacingError(t('incidents_error_gone'), 'no-incident');
    // Only captures in this case now can be linked, moved-in ones included.
    const captureIds = await captureIdsInCase(db, checked.caseId, checked.captureIds);
    const record: IncidentEntry = existing
      ? {
          ...checked,
          captureIds,
          id: existing.id,
          recordedAt: existing.recordedAt,
          updatedAt: now.toISOString(),
          source: existing.source,
          ...(existing.sourceId && { sourceId: existing.sourceId }),
        }
      : { ...checked, captureIds, id: crypto.randomUUID(), recordedAt: now.toISOString(), source: 'person' };
    await putIncident(db, record);
    return record;
  },
  'incident.delete': async ({ id }: RequestOf<'incident.delete'>): Promise<ResponseOf<'incident.delete'>> => {
    const db = database();
    const row = await db.incidents.get(id); // caseId is a clear field even when sealed
    if (!row) throw new UserFacingError(t('incidents_error_gone'), 'no-incident');
    await writableCase(db, row.caseId);
    await db.incidents.delete(id);
    return { deleted: true };
  },
};
