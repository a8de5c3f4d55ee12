import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { PreserveDatabase, StoredRows } from './schema';

export const DEFAULT_CASE_ID = 'default';
// Stored as written on first run, in English, so the chain and exported bundles never change with the browser's language.
const DEFAULT_TITLE = 'My case';

export function newDefaultCase(now: Date): CaseRecord {
  return { id: DEFAULT_CASE_ID, title: DEFAULT_TITLE, createdAt: now.toISOString(), headHash: null, captureCount: 0, isDefault: true };
}

/** The name a page shows for a case: the first case, never renamed, is named in the language the page is read in. */
export function caseTitle(caseRecord: Pick<CaseRecord, 'title' | 'isDefault'>): string {
  return caseRecord.isDefault && caseRecord.title === DEFAULT_TITLE ? t('takedowns_default_case_title') : caseRecord.title;
}

/** Capture never waits on organising: the default case exists from first run, or is made here. */
export async function ensureDefaultCase(db: PreserveDatabase, now = new Date()): Promise<StoredRows['cases']> {
  return db.transaction('rw', db.cases, async () => {
    const existing = await db.cases.get(DEFAULT_CASE_ID);
    if (existing) return existing;
    const created = newDefaultCase(now);
    await db.cases.add(created);
    return created;
  });
}

/** The case new captures go into. Later: the case the person picked in the workspace. */
export async function activeCaseId(db: PreserveDatabase): Promise<string> {
  const setting = await db.settings.get('activeCaseId');
  return typeof setting?.value === 'string' ? setting.value : DEFAULT_CASE_ID;
}
