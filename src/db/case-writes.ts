import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { CaseEvent } from '../shared/workspace-types';
import { isSealedRow } from '../crypto/sealed-tables';
import { openIfSealed, sealIfEncrypted } from './open-rows';
import type { PreserveDatabase, StoredRows } from './schema';
import { KEYRING_ID } from './vault';

const MAX_TITLE_LENGTH = 200;

/** A case name as the person typed it, trimmed; empty or very long names are refused in plain words. */
export function cleanCaseTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new UserFacingError(t('cases_error_empty_name'), 'empty-case-name');
  if (trimmed.length > MAX_TITLE_LENGTH) throw new UserFacingError(t('cases_error_long_name', { max: MAX_TITLE_LENGTH }), 'case-name-too-long');
  return trimmed;
}

export function caseEvent(caseId: string, at: Date, kind: CaseEvent['kind'], fields: Partial<CaseEvent> = {}): CaseEvent {
  return { id: crypto.randomUUID(), caseId, at: at.toISOString(), kind, ...fields };
}

/** A case as the person can change it: open, and neither imported (read-only) nor missing. */
export async function editableCase(db: PreserveDatabase, caseId: string): Promise<CaseRecord> {
  const found = await openIfSealed('cases', await db.cases.get(caseId));
  if (!found) throw new UserFacingError(t('cases_error_missing'), 'no-case');
  if (found.imported) throw new UserFacingError(t('cases_error_imported'), 'imported-case');
  return found;
}

/** Thrown inside a transaction, so it writes nothing: encryption was turned on after rows were sealed (or not). */
class EncryptionTurnedOn extends Error {}

/**
 * Writes a case row (new or changed) and its events in one transaction. Rows are sealed before it
 * opens (WebCrypto cannot be awaited inside); the chain fields (headHash, captureCount) are taken
 * from the row as it is inside the transaction, because a capture may have moved them since.
 */
export async function writeCase(db: PreserveDatabase, record: CaseRecord, events: CaseEvent[], isNew: boolean): Promise<CaseRecord> {
  for (let attempt = 0; ; attempt++) {
    const row = await sealIfEncrypted(db, 'cases', record);
    const eventRows = await Promise.all(events.map((event) => sealIfEncrypted(db, 'caseEvents', event)));
    const clear = !isSealedRow(row);
    try {
      return await db.transaction('rw', [db.cases, db.caseEvents, db.keys], async () => {
        // Plaintext written after the migration's last look would stay plaintext for good.
        if (clear && (await db.keys.get(KEYRING_ID))) throw new EncryptionTurnedOn();
        const current: StoredRows['cases'] | undefined = await db.cases.get(record.id);
        if (isNew && current !== undefined) throw new UserFacingError(t('cases_error_exists'), 'case-exists');
        if (!isNew && current === undefined) throw new UserFacingError(t('cases_error_missing'), 'no-case');
        const chain = current ? { headHash: current.headHash, captureCount: current.captureCount } : {};
        await Promise.all([db.cases.put({ ...row, ...chain } as StoredRows['cases']), db.caseEvents.bulkAdd(eventRows)]);
        return { ...record, ...chain };
      });
    } catch (error) {
      if (!(error instanceof EncryptionTurnedOn) || attempt > 0) throw error;
    }
  }
}

export async function createCase(db: PreserveDatabase, title: string, now = new Date()): Promise<CaseRecord> {
  const record: CaseRecord = {
    id: crypto.randomUUID(),
    title: cleanCaseTitle(title),
    createdAt: now.toISOString(),
    headHash: null,
    captureCount: 0,
    isDefault: false,
  };
  return writeCase(db, record, [caseEvent(record.id, now, 'created', { to: record.title })], true);
}

export async function renameCase(db: PreserveDatabase, caseId: string, title: string, now = new Date()): Promise<CaseRecord> {
  const found = await editableCase(db, caseId);
  const next = cleanCaseTitle(title);
  if (next === found.title) return found;
  return writeCase(db, { ...found, title: next }, [caseEvent(caseId, now, 'renamed', { from: found.title, to: next })], false);
}

/** Archived cases are listed apart and take no new captures; the active case moves to an open one. */
export async function archiveCase(db: PreserveDatabase, caseId: string, archived: boolean, now = new Date()): Promise<CaseRecord> {
  const found = await editableCase(db, caseId);
  if (Boolean(found.archivedAt) === archived) return found;
  if (archived && !(await otherOpenCase(db, caseId))) throw new UserFacingError(t('cases_error_last_open'), 'last-open-case');
  const { archivedAt: _was, ...rest } = found;
  const next: CaseRecord = archived ? { ...rest, archivedAt: now.toISOString() } : rest;
  const saved = await writeCase(db, next, [caseEvent(caseId, now, archived ? 'archived' : 'unarchived')], false);
  if (archived) await moveActiveAwayFrom(db, caseId);
  return saved;
}

/**
 * When the active case is archived or deleted, new captures go to the first case still open; with
 * none open, to a fresh default case (made by the capture path when it is missing).
 */
export async function moveActiveAwayFrom(db: PreserveDatabase, caseId: string): Promise<void> {
  const setting = await db.settings.get('activeCaseId');
  const active = typeof setting?.value === 'string' ? setting.value : 'default';
  if (active !== caseId) return;
  const open = await otherOpenCase(db, caseId);
  if (open) await db.settings.put({ key: 'activeCaseId', value: open.id });
  else await db.settings.delete('activeCaseId');
}

async function otherOpenCase(db: PreserveDatabase, caseId: string): Promise<CaseRecord | undefined> {
  const cases = await Promise.all((await db.cases.orderBy('createdAt').toArray()).map((row) => openIfSealed('cases', row)));
  return cases.find((c) => c && c.id !== caseId && !c.archivedAt && !c.imported);
}

export async function setActiveCase(db: PreserveDatabase, caseId: string): Promise<string> {
  const found = await editableCase(db, caseId);
  if (found.archivedAt) throw new UserFacingError(t('cases_error_archived'), 'archived-case');
  await db.settings.put({ key: 'activeCaseId', value: caseId });
  return caseId;
}
