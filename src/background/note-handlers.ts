import { writeSealed } from '../db/open-rows';
import { database } from '../db/schema';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';

const MAX_NOTE_LENGTH = 20_000;

export const noteHandlers = {
  /** Notes sit beside a capture; the capture itself is never changed. */
  'note.add': async ({ captureId, text }: RequestOf<'note.add'>): Promise<ResponseOf<'note.add'>> => {
    const trimmed = text.trim();
    if (!trimmed) throw new UserFacingError(t('errors_note_empty'), 'empty-note');
    if (trimmed.length > MAX_NOTE_LENGTH) throw new UserFacingError(t('errors_note_too_long'), 'note-too-long');
    const db = database();
    const capture = await db.captures.get(captureId); // caseId is a clear field even when sealed
    if (!capture) throw new UserFacingError(t('errors_no_capture'), 'no-capture');
    const note = { id: crypto.randomUUID(), caseId: capture.caseId, captureId, createdAt: new Date().toISOString(), text: trimmed };
    await writeSealed(db, 'notes', note, 'add');
    return { noteId: note.id, createdAt: note.createdAt };
  },
};
