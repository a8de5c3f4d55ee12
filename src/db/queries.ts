import Dexie from 'dexie';
import type { CaptureRecord, CaseRecord, NoteRecord } from '../shared/types';
import { database } from './schema';

export async function listCases(): Promise<CaseRecord[]> {
  return database().cases.orderBy('createdAt').toArray();
}

/** One case's captures, newest first, metadata only: lists never load artifact bytes. */
export async function listCaptures(caseId: string, limit: number, offset = 0): Promise<CaptureRecord[]> {
  return database()
    .captures.where('[caseId+seq]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .reverse()
    .offset(offset)
    .limit(limit)
    .toArray();
}

export async function getCapture(id: string): Promise<CaptureRecord | undefined> {
  return database().captures.get(id);
}

export async function previousInChain(capture: CaptureRecord): Promise<CaptureRecord | undefined> {
  if (capture.seq <= 1) return undefined;
  return database().captures.where('[caseId+seq]').equals([capture.caseId, capture.seq - 1]).first();
}

export async function notesFor(captureId: string): Promise<NoteRecord[]> {
  return database().notes.where('captureId').equals(captureId).sortBy('createdAt');
}
