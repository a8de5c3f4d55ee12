import { platforms } from '../platforms';
import type { PersonAccount, PersonRecord, PersonRole } from '../shared/workspace-types';

export type PersonDraft = Omit<PersonRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Why a draft cannot be saved; each has a sentence in the people area of the catalogue. */
export type PersonProblem = 'empty' | 'too-long' | 'bad-address' | 'bad-role' | 'bad-platform';

const ROLES: readonly PersonRole[] = ['perpetrator', 'affected', 'ally'];
/** The same limits the bundle's schema checks, so what is saved can always be exported and imported. */
const PERSON_LIMITS = { name: 500, notes: 20_000, handle: 200, stableId: 200, url: 4_096, urls: 50, accounts: 50, captures: 100_000 } as const;

const isHttpAddress = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return /^https?:\/\/\S+$/i.test(url) && (protocol === 'http:' || protocol === 'https:');
  } catch {
    return false;
  }
};

const known = (platform: string) => platform === 'other' || platforms.some((entry) => entry.id === platform);

function cleanAccount(account: PersonAccount): PersonAccount | PersonProblem | null {
  const handle = account.handle?.trim() ?? '';
  const stableId = account.stableId?.trim() ?? '';
  const urls = account.urls.map((url) => url.trim()).filter(Boolean);
  const formerHandles = (account.formerHandles ?? []).map((former) => former.trim()).filter(Boolean);
  if (!handle && !stableId && urls.length === 0) return null;
  if (!known(account.platform)) return 'bad-platform';
  if (handle.length > PERSON_LIMITS.handle || stableId.length > PERSON_LIMITS.stableId || urls.length > PERSON_LIMITS.urls) return 'too-long';
  if (formerHandles.length > PERSON_LIMITS.urls || formerHandles.some((former) => former.length > PERSON_LIMITS.handle)) return 'too-long';
  if (urls.some((url) => url.length > PERSON_LIMITS.url)) return 'too-long';
  if (!urls.every(isHttpAddress)) return 'bad-address';
  return {
    platform: account.platform,
    ...(handle && { handle }),
    ...(stableId && { stableId }),
    ...(formerHandles.length > 0 && { formerHandles }),
    urls,
  };
}

/** Trims what the person typed, drops empty accounts, and checks every limit before it is stored. */
export function cleanPerson(draft: PersonDraft): { ok: true; person: PersonDraft } | { ok: false; problem: PersonProblem } {
  if (!ROLES.includes(draft.role)) return { ok: false, problem: 'bad-role' };
  const name = draft.name.trim();
  const notes = draft.notes?.trim() ?? '';
  if (name.length > PERSON_LIMITS.name || notes.length > PERSON_LIMITS.notes) return { ok: false, problem: 'too-long' };
  if (draft.accounts.length > PERSON_LIMITS.accounts || draft.captureIds.length > PERSON_LIMITS.captures) return { ok: false, problem: 'too-long' };
  const accounts: PersonAccount[] = [];
  for (const account of draft.accounts) {
    const cleaned = cleanAccount(account);
    if (typeof cleaned === 'string') return { ok: false, problem: cleaned };
    if (cleaned) accounts.push(cleaned);
  }
  if (!name && accounts.length === 0) return { ok: false, problem: 'empty' };
  return {
    ok: true,
    person: { caseId: draft.caseId, role: draft.role, name, accounts, ...(notes && { notes }), captureIds: [...new Set(draft.captureIds)] },
  };
}
