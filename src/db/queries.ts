import Dexie from 'dexie';
import type { CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';
import { openAll, openIfSealed } from './open-rows';
import { database } from './schema';

export async function listCases(): Promise<CaseRecord[]> {
  return openAll('cases', await database().cases.orderBy('createdAt').toArray());
}

export async function getCase(id: string): Promise<CaseRecord | undefined> {
  return openIfSealed('cases', await database().cases.get(id));
}

/** One case's captures, newest first, metadata only: lists never load artifact bytes. */
export async function listCaptures(caseId: string, limit: number, offset = 0): Promise<CaptureRecord[]> {
  const rows = await database()
    .captures.where('[caseId+seq]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .reverse()
    .offset(offset)
    .limit(limit)
    .toArray();
  return openAll('captures', rows);
}

/** Every capture of a case in chain order, for export. */
export async function capturesOfCase(caseId: string): Promise<CaptureRecord[]> {
  return openAll('captures', await database().captures.where('caseId').equals(caseId).sortBy('seq'));
}

export async function getCapture(id: string): Promise<CaptureRecord | undefined> {
  return openIfSealed('captures', await database().captures.get(id));
}

export async function previousInChain(capture: CaptureRecord): Promise<CaptureRecord | undefined> {
  if (capture.seq <= 1) return undefined;
  return openIfSealed(
    'captures',
    await database()
      .captures.where('[caseId+seq]')
      .equals([capture.caseId, capture.seq - 1])
      .first(),
  );
}

export async function notesFor(captureId: string): Promise<NoteRecord[]> {
  const notes = await openAll('notes', await database().notes.where('captureId').equals(captureId).toArray());
  return notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function notesOfCase(caseId: string): Promise<NoteRecord[]> {
  return openAll('notes', await database().notes.where('caseId').equals(caseId).toArray());
}

export async function incidentsOfCase(caseId: string): Promise<IncidentRecord[]> {
  return openAll('incidents', await database().incidents.where('caseId').equals(caseId).toArray());
}
