import { openAll } from '../db/open-rows';
import { capturesByIds, notesOfCase, storedCapturesOfCase } from '../db/queries';
import { peopleOf } from '../db/workspace-queries';
import type { CaptureRecord, NoteRecord } from '../shared/types';
import type { PersonRecord } from '../shared/workspace-types';
import { peopleOfCapture, type SearchEntry, searchEntryOf } from '../workspace/search-index';

/** Rows opened per turn: a few tens of milliseconds of decrypting, then the page gets to draw. */
const CHUNK = 100;

export interface EvidenceApi {
  capturesByIds(ids: readonly string[]): Promise<CaptureRecord[]>;
  /** Opens every capture of the case once and keeps only what search needs; `progress` hears how many are read. */
  searchIndex(caseId: string, progress?: (read: number, total: number) => void): Promise<SearchEntry[]>;
}

export const evidenceApi: EvidenceApi = {
  capturesByIds,
  async searchIndex(caseId, progress) {
    const [rows, notes, people] = await Promise.all([storedCapturesOfCase(caseId), notesOfCase(caseId), peopleOf(caseId).catch(() => [] as PersonRecord[])]);
    const notesOf = textsByCapture(notes);
    const entries: SearchEntry[] = [];
    for (let at = 0; at < rows.length; at += CHUNK) {
      for (const capture of await openAll('captures', rows.slice(at, at + CHUNK))) {
        entries.push(searchEntryOf(capture, notesOf.get(capture.id) ?? [], peopleOfCapture(capture, people)));
      }
      progress?.(entries.length, rows.length);
      await yieldToPage();
    }
    return entries;
  },
};

function textsByCapture(notes: readonly NoteRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const note of notes) if (note.captureId) out.set(note.captureId, [...(out.get(note.captureId) ?? []), note.text]);
  return out;
}

/** scheduler.yield() where the browser has it (it keeps the task's place); a macrotask otherwise. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
}
