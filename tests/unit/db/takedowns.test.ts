import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countPlaintext } from '../../../src/crypto/encrypt-existing';
import { isSealedRow } from '../../../src/crypto/sealed-tables';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { setEncryptionState } from '../../../src/db/encryption-state';
import { resumeEncryption } from '../../../src/db/finish-encryption';
import { addKeyring } from '../../../src/db/keyring-writes';
import { PreserveDatabase } from '../../../src/db/schema';
import { lettersOfCase, requestsOfCase, takedownProfile, trackerEventsOfCase } from '../../../src/db/takedown-queries';
import { addLetter, addRequest, addTrackerEvent, saveTakedownProfile } from '../../../src/db/takedown-writes';
import { lockNow, startSession, useSessionStore, type UnlockSession } from '../../../src/db/vault';
import type { LetterRecord, RemovalRequestRecord, TakedownProfile, TrackerEvent } from '../../../src/shared/takedown-types';
import { fastKeyring, MARKER } from '../crypto/fixtures';
import { plaintextFound } from '../crypto/raw-store';
import { seedPlaintext } from '../crypto/seed-store';

const TABLES = ['requests', 'trackerEvents', 'letters', 'profiles'] as const;
const POST = `https://example.test/post/${MARKER}`;
let db: PreserveDatabase;
let session: UnlockSession | null = null;

beforeEach(async () => {
  // The vault reads the default database, so each test uses that name with a fresh store.
  db = new PreserveDatabase();
  useSessionStore({
    get: async () => session,
    set: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
  });
  await seedPlaintext(db, 2); // the default case with captures cap-0 and cap-1
});

afterEach(async () => {
  await lockNow();
  await db.delete();
});

function request(id: string, sentAt: string, extra: Partial<RemovalRequestRecord> = {}): RemovalRequestRecord {
  return {
    id,
    caseId: DEFAULT_CASE_ID,
    urls: [POST],
    captureIds: ['cap-0'],
    method: 'form',
    sentAt,
    recordedAt: sentAt,
    route: { platformId: 'reddit', kind: 'ncii', label: 'Reddit report page' },
    reference: `REF-${MARKER}`,
    filled: [{ key: 'legalName', label: 'Your legal name', value: `Alex ${MARKER}` }],
    ...extra,
  };
}

function requested(id: string, request: RemovalRequestRecord): TrackerEvent {
  return { id, caseId: request.caseId, url: request.urls[0]!, status: 'requested', at: request.sentAt, recordedAt: request.recordedAt, requestId: request.id };
}

const letter = (id: string, createdAt: string): LetterRecord => ({
  id,
  caseId: DEFAULT_CASE_ID,
  kind: 'dmca',
  title: 'DMCA notice',
  createdAt,
  text: `Dear agent, ${MARKER}`,
  html: `<p>${MARKER}</p>`,
  textSha256: 'a'.repeat(64),
});

const profile: TakedownProfile = { legalName: `Alex ${MARKER}`, email: 'alex@example.org', signatureName: 'Alex' };

async function everything() {
  return {
    requests: await requestsOfCase(DEFAULT_CASE_ID, db),
    events: await trackerEventsOfCase(DEFAULT_CASE_ID, db),
    letters: await lettersOfCase(DEFAULT_CASE_ID, db),
    profile: await takedownProfile(db),
  };
}

async function unlock() {
  const keyring = await fastKeyring();
  await addKeyring(db, keyring.record);
  await startSession(keyring.unlocked.kid, keyring.unlocked.sessionSecret, 10);
}

describe('the removal-request store', () => {
  it('keeps requests, events and letters per case, newest first, and one profile', async () => {
    const older = request('r-old', '2026-11-20T09:00:00.000Z');
    const newer = request('r-new', '2026-11-25T09:00:00.000Z');
    await addRequest(older, [requested('e-old', older)], db);
    await addRequest(newer, [requested('e-new', newer)], db);
    await addTrackerEvent(
      { id: 'e-removed', caseId: DEFAULT_CASE_ID, url: POST, status: 'removed', at: '2026-11-27T00:00:00.000Z', recordedAt: '2026-11-28T00:00:00.000Z' },
      db,
    );
    await addLetter(letter('l1', '2026-11-21T00:00:00.000Z'), db);
    await addLetter(letter('l2', '2026-11-22T00:00:00.000Z'), db);
    await saveTakedownProfile(profile, db);
    const stored = await everything();
    expect(stored.requests.map((r) => r.id)).toEqual(['r-new', 'r-old']);
    expect(stored.requests[0]).toEqual(newer);
    expect(stored.events.map((e) => e.id)).toEqual(['e-removed', 'e-new', 'e-old']);
    expect(stored.letters.map((l) => l.id)).toEqual(['l2', 'l1']);
    expect(stored.profile).toEqual(profile);
    await saveTakedownProfile({ ...profile, email: 'other@example.org' }, db);
    expect((await takedownProfile(db))?.email).toBe('other@example.org');
    await saveTakedownProfile(null, db);
    expect(await takedownProfile(db)).toBeNull();
    expect(await requestsOfCase('another-case', db)).toEqual([]);
  });

  it('writes a request and its events together or not at all', async () => {
    const first = request('r1', '2026-11-20T09:00:00.000Z');
    await addRequest(first, [requested('e1', first)], db);
    // The second request's event collides with a stored one: the request must not be left alone.
    const second = request('r2', '2026-11-21T09:00:00.000Z');
    await expect(addRequest(second, [requested('e2', second), requested('e1', second)], db)).rejects.toThrow();
    expect(await db.requests.get('r2')).toBeUndefined();
    expect(await db.trackerEvents.get('e2')).toBeUndefined();
  });

  it('never rewrites a record: the same id twice is refused and the first stays', async () => {
    await addLetter(letter('l1', '2026-11-21T00:00:00.000Z'), db);
    await expect(addLetter({ ...letter('l1', '2026-11-22T00:00:00.000Z'), text: 'changed' }, db)).rejects.toThrow();
    expect((await lettersOfCase(DEFAULT_CASE_ID, db))[0]?.text).toBe(`Dear agent, ${MARKER}`);
  });

  it('refuses a request that cites evidence of another case, in plain words, writing nothing', async () => {
    await expect(addRequest(request('r1', '2026-11-20T09:00:00.000Z', { captureIds: ['not-a-capture'] }), [], db)).rejects.toThrow(
      'One of the captures this request cites is not in this case.',
    );
    await expect(addTrackerEvent({ id: 'e1', caseId: 'gone', url: POST, status: 'found', at: '2026-11-20', recordedAt: '2026-11-20' }, db)).rejects.toThrow(
      'That case no longer exists.',
    );
    await expect(addLetter({ ...letter('l1', '2026-11-21T00:00:00.000Z'), requestId: 'no-such-request' }, db)).rejects.toThrow(
      'That request is not in this case.',
    );
    expect(await db.requests.count()).toBe(0);
    expect(await db.trackerEvents.count()).toBe(0);
    expect(await db.letters.count()).toBe(0);
  });
});

describe('the removal-request store with encryption', () => {
  it('seals every new row and opens it again while unlocked', async () => {
    await unlock();
    const sent = request('r1', '2026-11-20T09:00:00.000Z');
    await addRequest(sent, [requested('e1', sent)], db);
    await addLetter(letter('l1', '2026-11-21T00:00:00.000Z'), db);
    await saveTakedownProfile(profile, db);
    for (const table of TABLES) expect(await countPlaintext(db, table)).toBe(0);
    // The captures seeded before encryption are still plaintext here; these words are only in the new rows.
    const found = await plaintextFound('preserve', ['alex@example.org', 'Reddit report page', 'Dear agent', 'Your legal name']);
    expect(found.filter((text) => text !== MARKER && text !== 'PNG signature')).toEqual([]);
    expect(await db.requests.get('r1')).toMatchObject({ id: 'r1', caseId: DEFAULT_CASE_ID, recordedAt: sent.recordedAt, sealed: 1 });
    const opened = await everything();
    expect(opened.requests).toEqual([sent]);
    expect(opened.events).toEqual([requested('e1', sent)]);
    expect(opened.letters).toEqual([letter('l1', '2026-11-21T00:00:00.000Z')]);
    expect(opened.profile).toEqual(profile);
  });

  it('seals existing rows when encryption is turned on, and they open again', async () => {
    const sent = request('r1', '2026-11-20T09:00:00.000Z');
    await addRequest(sent, [requested('e1', sent)], db);
    await addLetter(letter('l1', '2026-11-21T00:00:00.000Z'), db);
    await saveTakedownProfile(profile, db);
    const before = await everything();
    expect(await plaintextFound('preserve', ['alex@example.org'])).toContain('alex@example.org');
    await unlock();
    await setEncryptionState(db, 'migrating');
    await resumeEncryption(db);
    for (const table of TABLES) expect(await countPlaintext(db, table)).toBe(0);
    expect(await plaintextFound('preserve', ['alex@example.org', 'Reddit report page'])).toEqual([]);
    expect(await everything()).toEqual(before);
  });

  it('seals rows that were prepared as plaintext when encryption was turned on just before they were written', async () => {
    const keyring = await fastKeyring();
    let turnedOn = false;
    // Encryption is turned on between sealing (none) and the write transaction.
    const racing = new Proxy(db, {
      get(target, property) {
        if (property === 'transaction' && !turnedOn) {
          return async (...args: unknown[]) => {
            turnedOn = true;
            await addKeyring(target, keyring.record);
            return (target.transaction as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const sent = request('r1', '2026-11-20T09:00:00.000Z');
    await addRequest(sent, [requested('e1', sent)], racing);
    expect(turnedOn).toBe(true);
    expect(isSealedRow(await db.requests.get('r1'))).toBe(true);
    expect(isSealedRow(await db.trackerEvents.get('e1'))).toBe(true);
    await startSession(keyring.unlocked.kid, keyring.unlocked.sessionSecret, 10);
    expect(await requestsOfCase(DEFAULT_CASE_ID, db)).toEqual([sent]);
  });
});
