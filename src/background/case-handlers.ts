import { archiveCase, createCase, renameCase, setActiveCase } from '../db/case-writes';
import { deleteCase } from '../db/delete-case';
import { moveCapture } from '../db/move-capture';
import { database } from '../db/schema';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { serialQueue } from '../shared/serial-queue';

/*
 * One change to cases at a time: a delete reads the case's moves before its transaction (opening
 * them needs WebCrypto), so a move must not slip in between; two moves of one capture must not
 * both start from the same case.
 */
const oneAtATime = serialQueue();

export const caseHandlers = {
  'case.create': async ({ title }: RequestOf<'case.create'>): Promise<ResponseOf<'case.create'>> => oneAtATime(() => createCase(database(), title)),
  'case.rename': async ({ caseId, title }: RequestOf<'case.rename'>): Promise<ResponseOf<'case.rename'>> =>
    oneAtATime(() => renameCase(database(), caseId, title)),
  'case.archive': async ({ caseId, archived }: RequestOf<'case.archive'>): Promise<ResponseOf<'case.archive'>> =>
    oneAtATime(() => archiveCase(database(), caseId, archived)),
  'case.delete': async ({ caseId, confirmTitle }: RequestOf<'case.delete'>): Promise<ResponseOf<'case.delete'>> =>
    oneAtATime(async () => {
      await deleteCase(database(), caseId, confirmTitle);
      return { deleted: true as const };
    }),
  'case.setActive': async ({ caseId }: RequestOf<'case.setActive'>): Promise<ResponseOf<'case.setActive'>> =>
    oneAtATime(async () => ({ caseId: await setActiveCase(database(), caseId) })),
  'case.moveCapture': async ({ captureId, toCaseId }: RequestOf<'case.moveCapture'>): Promise<ResponseOf<'case.moveCapture'>> =>
    oneAtATime(() => moveCapture(database(), captureId, toCaseId)),
};
