import Dexie from 'dexie';
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
  return db.transaction('rw', db.cases, db.captures, async () => {
    const existing = await db.cases.get(DEFAULT_CASE_ID);
    if (existing) return existing;
    const created = { ...newDefaultCase(now), ...(await survivingChain(db, DEFAULT_CASE_ID)) };
    await db.cases.add(created);
    return created;
  });
}

/** The case new captures go into. Later: the case the person picked in the workspace. */
export async function activeCaseId(db: PreserveDatabase): Promise<string> {
  const setting = await db.settings.get('activeCaseId');
  return typeof setting?.value === 'string' ? setting.value : DEFAULT_CASE_ID;
}

/**
 * The chain a deleted case's captures still hold: those moved to other cases outlive it. Only the
 * default case's id is ever made again, and it must go on from there, or its next capture would
 * take a sequence number one of them holds (a unique index) and every capture would fail.
 * Call inside a transaction that includes `captures`.
 */
export async function survivingChain(db: PreserveDatabase, caseId: string): Promise<Pick<CaseRecord, 'headHash' | 'captureCount'>> {
  const last = await db.captures.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).last();
  return last ? { headHash: last.recordHash, captureCount: last.seq } : { headHash: null, captureCount: 0 };
}
