import Dexie from 'dexie';
import type { CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';
import { movesOfCase } from './capture-moves';
import { newestFirst, storedCapturesWithMoves } from './case-captures';
import { openAll, openIfSealed } from './open-rows';
import { database, type StoredCapture } from './schema';

export async function listCases(): Promise<CaseRecord[]> {
  return openAll('cases', await database().cases.orderBy('createdAt').toArray());
}

export async function getCase(id: string): Promise<CaseRecord | undefined> {
  return openIfSealed('cases', await database().cases.get(id));
}

/** One case's captures, newest first, metadata only: lists never load artifact bytes. */
export async function listCaptures(caseId: string, limit: number, offset = 0): Promise<CaptureRecord[]> {
  // A case that captures were moved into or out of is listed whole; every other case by its index.
  const moves = await movesOfCase(database(), caseId);
  if (moves.events.length) return openAll('captures', newestFirst(await storedCapturesWithMoves(database(), caseId, moves)).slice(offset, offset + limit));
  const rows = await database()
    .captures.where('[caseId+seq]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .reverse()
    .offset(offset)
    .limit(limit)
    .toArray();
  return openAll('captures', rows);
}

/** Every capture of a case in chain order (then those moved in), for export. */
export async function capturesOfCase(caseId: string): Promise<CaptureRecord[]> {
  const moves = await movesOfCase(database(), caseId);
  if (moves.events.length) return openAll('captures', await storedCapturesWithMoves(database(), caseId, moves));
  return openAll('captures', await database().captures.where('caseId').equals(caseId).sortBy('seq'));
}

/**
 * Every capture of a case as stored, newest first, sealed rows left sealed: search opens them in
 * chunks (openAll), yielding to the page between them. Moves are followed as listCaptures does.
 */
export async function storedCapturesOfCase(caseId: string): Promise<StoredCapture[]> {
  const moves = await movesOfCase(database(), caseId);
  if (moves.events.length) return newestFirst(await storedCapturesWithMoves(database(), caseId, moves));
  return database().captures.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).reverse().toArray();
}

/** Captures by id in the order asked for (search results); ids no longer in the store are left out. */
export async function capturesByIds(ids: readonly string[]): Promise<CaptureRecord[]> {
  const rows = await database().captures.bulkGet([...ids]);
  return openAll(
    'captures',
    rows.filter((row) => row !== undefined),
  );
}

/**
 * Each capture's number in its chain, by id, without opening a row: seq is clear on sealed rows,
 * and the case's own captures come from its index keys alone. Ids not in the store are left out.
 */
export async function captureSeqs(caseId: string, ids: readonly string[]): Promise<Map<string, number>> {
  const db = database();
  const own = db.captures.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);
  const [keys, primaryKeys] = await db.transaction('r', db.captures, () => Promise.all([own.keys(), own.primaryKeys()]));
  const seqs = new Map<string, number>();
  primaryKeys.forEach((id, at) => {
    const seq = (keys[at] as unknown[] | undefined)?.[1];
    if (typeof seq === 'number') seqs.set(id, seq);
  });
  const wanted = new Map<string, number>();
  const elsewhere: string[] = [];
  for (const id of new Set(ids)) {
    const seq = seqs.get(id);
    if (seq === undefined) elsewhere.push(id);
    else wanted.set(id, seq);
  }
  // Captures moved in from another case keep their own chain's number.
  for (const row of elsewhere.length ? await db.captures.bulkGet(elsewhere) : []) if (row) wanted.set(row.id, row.seq);
  return wanted;
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
