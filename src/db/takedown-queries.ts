import type { LetterRecord, RemovalRequestRecord, TakedownProfile, TrackerEvent } from '../shared/takedown-types';
import { openAll, openIfSealed } from './open-rows';
import { database, type PreserveDatabase } from './schema';

/*
 * What the options page reads directly (it writes through the worker). Rows are opened here, so
 * with encryption on these need Preserve unlocked, like every other read of evidence. Sorting
 * happens after opening because the dates people give are sealed; only recording times are clear.
 */

/** A case's removal requests, the most recently sent first. */
export async function requestsOfCase(caseId: string, db: PreserveDatabase = database()): Promise<RemovalRequestRecord[]> {
  const requests = await openAll('requests', await db.requests.where('caseId').equals(caseId).toArray());
  return requests.sort((a, b) => newestFirst(a.sentAt, b.sentAt) || newestFirst(a.recordedAt, b.recordedAt));
}

/** A case's tracker events, the latest change first. */
export async function trackerEventsOfCase(caseId: string, db: PreserveDatabase = database()): Promise<TrackerEvent[]> {
  const events = await openAll('trackerEvents', await db.trackerEvents.where('caseId').equals(caseId).toArray());
  return events.sort((a, b) => newestFirst(a.at, b.at) || newestFirst(a.recordedAt, b.recordedAt));
}

/** A case's saved letters, newest first. */
export async function lettersOfCase(caseId: string, db: PreserveDatabase = database()): Promise<LetterRecord[]> {
  const letters = await openAll('letters', await db.letters.where('caseId').equals(caseId).toArray());
  return letters.sort((a, b) => newestFirst(a.createdAt, b.createdAt));
}

/** The details requests are filled with, or null when none are saved. */
export async function takedownProfile(db: PreserveDatabase = database()): Promise<TakedownProfile | null> {
  const row = await openIfSealed('profiles', await db.profiles.get('takedown'));
  if (!row) return null;
  const { id: _id, ...profile } = row;
  return profile;
}

function newestFirst(a: string, b: string): number {
  return Date.parse(b) - Date.parse(a);
}
