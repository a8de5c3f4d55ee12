import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import { movesOfCase } from './capture-moves';
import { newDefaultCase, survivingChain } from './cases';
import { moveActiveAwayFrom } from './case-writes';
import { openIfSealed, sealIfEncrypted } from './open-rows';
import type { PreserveDatabase } from './schema';

/** Every table whose rows carry the case's id. */
const BY_CASE = [
  'notes',
  'incidents',
  'requests',
  'trackerEvents',
  'letters',
  'people',
  'caseEvents',
  'planSteps',
  'assessments',
  'monitors',
  'linkChecks',
] as const;

/**
 * Deletes a case and everything in it, in one transaction: all of it or none. "In it" means the
 * captures the case shows now: its own, except those moved to another case (they are evidence
 * there and stay, with their notes), and those moved in from other cases. `confirmTitle` must be
 * the case's name, as the person typed it. With no case left, a fresh default case is made.
 */
export async function deleteCase(db: PreserveDatabase, caseId: string, confirmTitle: string, now = new Date()): Promise<void> {
  const found = await openIfSealed('cases', await db.cases.get(caseId));
  if (!found) throw new UserFacingError(t('cases_error_missing'), 'no-case');
  if (confirmTitle.trim() !== found.title.trim()) throw new UserFacingError(t('cases_error_confirm_name'), 'confirm-name');
  // Opening the move events needs WebCrypto, which cannot run inside the transaction; moves are
  // serialised with deletes by the worker (case-handlers.ts), so they cannot change in between.
  const { movedIn, movedOut, events } = await movesOfCase(db, caseId);
  // The moves of a capture that lives on in another case stay: they are how its case is found
  // (capture-moves.ts currentCaseOf), so without them it would seem to be back in this deleted case.
  const keptMoves = new Set(events.filter((event) => movedOut.has(event.captureId!)).map((event) => event.id));
  const freshDefault = await sealIfEncrypted(db, 'cases', newDefaultCase(now));
  await moveActiveAwayFrom(db, caseId);
  await db.transaction('rw', [db.cases, db.captures, db.artifacts, db.thumbnails, db.settings, ...BY_CASE.map((name) => db[name])], async () => {
    const own = (await db.captures.where('caseId').equals(caseId).primaryKeys()).filter((id) => !movedOut.has(id));
    const captureIds = [...new Set([...own, ...movedIn])];
    const kept = new Set(movedOut);
    const notes = await db.notes.where('caseId').equals(caseId).toArray();
    const noteIds = notes.filter((note) => !note.captureId || !kept.has(note.captureId)).map((note) => note.id);
    const capturesNotes: string[] = captureIds.length ? await db.notes.where('captureId').anyOf(captureIds).primaryKeys() : [];
    const byCase: Promise<unknown>[] = BY_CASE.filter((name) => name !== 'notes' && name !== 'caseEvents').map((name) =>
      db[name].where('caseId').equals(caseId).delete(),
    );
    const eventIds = await db.caseEvents.where('caseId').equals(caseId).primaryKeys();
    await Promise.all([
      db.artifacts.where('captureId').anyOf(captureIds).delete(),
      db.thumbnails.bulkDelete(captureIds),
      db.captures.bulkDelete(captureIds),
      db.notes.bulkDelete([...noteIds, ...capturesNotes]),
      db.cases.delete(caseId),
      db.caseEvents.bulkDelete(eventIds.filter((id) => !keptMoves.has(id))),
      ...byCase,
    ]);
    if ((await db.cases.count()) === 0) {
      await db.cases.add({ ...freshDefault, ...(await survivingChain(db, freshDefault.id)) });
      await db.settings.delete('activeCaseId');
    }
  });
}
