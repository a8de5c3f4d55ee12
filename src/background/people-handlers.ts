import { captureIdsInCase } from '../db/capture-moves';
import { openIfSealed, writeSealed } from '../db/open-rows';
import { database } from '../db/schema';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { PersonRecord } from '../shared/workspace-types';
import { cleanPerson, type PersonProblem } from '../workspace/people-clean';

const PROBLEMS = {
  empty: 'people_error_empty',
  'too-long': 'people_error_too_long',
  'bad-address': 'people_error_bad_address',
  'bad-role': 'people_error_bad_role',
  'bad-platform': 'people_error_bad_platform',
} as const satisfies Record<PersonProblem, string>;

/** An imported case is someone else's evidence, shown read-only: nothing about it is changed here. */
async function writableCase(caseId: string): Promise<void> {
  const record = await openIfSealed('cases', await database().cases.get(caseId));
  if (!record) throw new UserFacingError(t('people_error_no_case'), 'no-case');
  if (record.imported) throw new UserFacingError(t('people_error_read_only'), 'read-only-case');
}

export const peopleHandlers = {
  'person.save': async ({ person: draft }: RequestOf<'person.save'>): Promise<ResponseOf<'person.save'>> => {
    const cleaned = cleanPerson(draft);
    if (!cleaned.ok) throw new UserFacingError(t(PROBLEMS[cleaned.problem]), `person-${cleaned.problem}`);
    const db = database();
    await writableCase(cleaned.person.caseId);
    const existing = draft.id === undefined ? undefined : await openIfSealed('people', await db.people.get(draft.id));
    if (draft.id !== undefined && existing?.caseId !== cleaned.person.caseId) throw new UserFacingError(t('people_error_gone'), 'no-person');
    // Only captures in this case now can be linked, moved-in ones included.
    const captureIds = await captureIdsInCase(db, cleaned.person.caseId, cleaned.person.captureIds);
    const now = new Date().toISOString();
    const record: PersonRecord = existing
      ? { ...cleaned.person, captureIds, id: existing.id, createdAt: existing.createdAt, updatedAt: now }
      : { ...cleaned.person, captureIds, id: crypto.randomUUID(), createdAt: now };
    await writeSealed(db, 'people', record);
    return record;
  },
  'person.delete': async ({ id }: RequestOf<'person.delete'>): Promise<ResponseOf<'person.delete'>> => {
    const db = database();
    const row = await db.people.get(id); // caseId is a clear field even when sealed
    if (!row) throw new UserFacingError(t('people_error_gone'), 'no-person');
    await writableCase(row.caseId);
    await db.people.delete(id);
    return { deleted: true };
  },
};
