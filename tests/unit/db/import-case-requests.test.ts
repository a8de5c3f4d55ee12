import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { parseBundleForImport, type ImportedCase } from '../../../src/bundle/parse-import';
import { isSealedRow } from '../../../src/crypto/sealed-tables';
import { addKeyring } from '../../../src/db/keyring-writes';
import { writeImportedCase } from '../../../src/db/import-case';
import { PreserveDatabase } from '../../../src/db/schema';
import { lettersOfCase, requestsOfCase, trackerEventsOfCase } from '../../../src/db/takedown-queries';
import { lockNow, startSession, useSessionStore, type UnlockSession } from '../../../src/db/vault';
import { bundleInput, makeFixture, PERSON, realSigner, withRequests } from '../bundle/fixtures';
import { fastKeyring } from '../crypto/fixtures';

let db: PreserveDatabase;
let session: UnlockSession | null = null;

beforeEach(() => {
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
});

afterEach(async () => {
  await lockNow();
  await db.delete();
});

async function importedBundle(): Promise<ImportedCase> {
  let n = 0;
  const zip = await buildBundleBytes(bundleInput(withRequests(makeFixture(3)), await realSigner()));
  return parseBundleForImport(zip, { bundleName: 'bundle.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` });
}

async function readBack(caseId: string) {
  return { requests: await requestsOfCase(caseId, db), events: await trackerEventsOfCase(caseId, db), letters: await lettersOfCase(caseId, db) };
}

describe('writing an imported case with its requests, tracker and letters', () => {
  it('writes them with the case, in the clear while encryption is off', async () => {
    const imported = await importedBundle();
    await writeImportedCase(db, imported);
    const back = await readBack(imported.caseRecord.id);
    expect(back.requests).toEqual(imported.requests);
    expect(back.letters).toEqual(imported.letters);
    expect(back.events).toHaveLength(3);
    expect((await db.requests.toArray()).some(isSealedRow)).toBe(false);
  });

  it('seals them when encryption is on, and they open again unchanged', async () => {
    const keyring = await fastKeyring();
    await addKeyring(db, keyring.record);
    await startSession(keyring.unlocked.kid, keyring.unlocked.sessionSecret, 10);
    const imported = await importedBundle();
    await writeImportedCase(db, imported);
    for (const table of [db.requests, db.trackerEvents, db.letters] as const) {
      const rows = await table.toArray();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every(isSealedRow)).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(PERSON.name);
      expect(JSON.stringify(rows)).not.toContain('reddit.com');
    }
    const back = await readBack(imported.caseRecord.id);
    expect(back.requests).toEqual(imported.requests);
    expect(back.letters).toEqual(imported.letters);
    expect(new Set(back.events.map((event) => event.id))).toEqual(new Set(imported.trackerEvents.map((event) => event.id)));
  });

  it('writes nothing at all when one row cannot be added', async () => {
    const imported = await importedBundle();
    await db.letters.add({ ...imported.letters[0]! });
    await expect(writeImportedCase(db, imported)).rejects.toThrow();
    expect(await db.cases.get(imported.caseRecord.id)).toBeUndefined();
    expect(await db.requests.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });
});
