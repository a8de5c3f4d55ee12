import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import { openIfSealed } from './open-rows';
import type { PreserveDatabase } from './schema';

/*
 * An imported case is someone else's evidence, shown read-only. Checked before a write's
 * transaction, because the case row may be sealed and opening it needs WebCrypto; a case never
 * becomes imported later, so nothing can slip in between.
 */

/** Refuses, calmly, anything that would change an imported case; a missing case is left to the write itself. */
export async function assertNotImported(db: PreserveDatabase, caseId: string): Promise<void> {
  const found = await openIfSealed('cases', await db.cases.get(caseId));
  if (found?.imported) throw new UserFacingError(t('errors_case_read_only'), 'read-only-case');
}

/** The same, and a case that is gone is refused too. */
export async function assertWritableCase(db: PreserveDatabase, caseId: string): Promise<void> {
  if (!(await db.cases.get(caseId))) throw new UserFacingError(t('errors_case_gone'), 'not-in-case');
  await assertNotImported(db, caseId);
}
