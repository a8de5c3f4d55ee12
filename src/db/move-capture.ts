import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { CaseEvent } from '../shared/workspace-types';
import { isSealedRow } from '../crypto/sealed-tables';
import { currentCaseOf } from './capture-moves';
import { caseEvent, editableCase } from './case-writes';
import { sealIfEncrypted } from './open-rows';
import type { PreserveDatabase } from './schema';
import { KEYRING_ID } from './vault';

/**
 * Moves a capture to another case by recording `capture-moved-out` in the case it is in now and
 * `capture-moved-in` in the target, in one transaction. The capture, its chain and its artifacts
 * stay exactly as they were: its record still names the case whose chain it belongs to.
 */
export async function moveCapture(db: PreserveDatabase, captureId: string, toCaseId: string, now = new Date()): Promise<CaseEvent> {
  const capture = await db.captures.get(captureId); // caseId, seq and recordHash are clear even when sealed
  if (!capture) throw new UserFacingError(t('cases_error_no_capture'), 'no-capture');
  const fromCaseId = await currentCaseOf(db, captureId, capture.caseId);
  if (fromCaseId === toCaseId) throw new UserFacingError(t('cases_error_already_there'), 'already-there');
  await editableCase(db, toCaseId);
  // The case it leaves may have been deleted (its own chain is kept while a capture of it lives elsewhere).
  if (await db.cases.get(fromCaseId)) await editableCase(db, fromCaseId);
  const facts = { captureId, captureSeq: capture.seq, captureRecordHash: capture.recordHash };
  const out = caseEvent(fromCaseId, now, 'capture-moved-out', { ...facts, otherCaseId: toCaseId });
  const into = caseEvent(toCaseId, now, 'capture-moved-in', { ...facts, otherCaseId: fromCaseId });
  const rows = await Promise.all([out, into].map((event) => sealIfEncrypted(db, 'caseEvents', event)));
  await db.transaction('rw', [db.caseEvents, db.keys], async () => {
    // Written in the clear while encryption was being turned on, they would stay in the clear.
    if (rows.some((row) => !isSealedRow(row)) && (await db.keys.get(KEYRING_ID))) throw new UserFacingError(t('cases_error_try_again'), 'try-again');
    await db.caseEvents.bulkAdd(rows);
  });
  return into;
}
