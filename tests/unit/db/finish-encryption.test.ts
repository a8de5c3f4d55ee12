import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { countPlaintext } from '../../../src/crypto/encrypt-existing';
import { openRow } from '../../../src/crypto/sealed-row';
import { isSealedRow, SEAL_ORDER, SEALED_TABLES } from '../../../src/crypto/sealed-tables';
import { sealArtifact } from '../../../src/db/artifact-store';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { commitCapture } from '../../../src/db/commit-capture';
import { encryptionState } from '../../../src/db/encryption-state';
import { resumeEncryption } from '../../../src/db/finish-encryption';
import { addKeyring } from '../../../src/db/keyring-writes';
import { PreserveDatabase } from '../../../src/db/schema';
import type { CaseRecord } from '../../../src/shared/types';
import { fakePng, fastKeyring } from '../crypto/fixtures';
import { pendingCapture, seedPlaintext } from '../crypto/seed-store';

let db: PreserveDatabase;

afterEach(async () => db?.delete());

/** A store with plaintext evidence whose keyring was just stored: what "Turn on encryption" leaves for the migration. */
async function migrating() {
  // recipient() reads the default database, so the test uses that name with a fresh store.
  db = new PreserveDatabase();
  await seedPlaintext(db, 3);
  const keyring = await fastKeyring();
  await addKeyring(db, keyring.record);
  return keyring.unlocked;
}

async function capture(id: string) {
  return commitCapture(db, pendingCapture(id), [await sealArtifact(`${id}-shot`, id, fakePng(), 'image/png', db)]);
}

async function plaintextLeft(): Promise<Record<string, number>> {
  const left: Record<string, number> = {};
  for (const table of SEAL_ORDER) left[table] = await countPlaintext(db, table);
  return left;
}

const NONE_LEFT = Object.fromEntries(SEAL_ORDER.map((table) => [table, 0]));

describe('resumeEncryption', () => {
  it('does not mark encryption on while a case that changed during sealing is still plaintext', async () => {
    const keyring = await migrating();
    // A capture commits after the case row was read and sealed, just before that batch's write:
    // the batch skips the changed case, as it must.
    let captured = false;
    const racing = new Proxy(db, {
      get(target, property) {
        if (property === 'transaction') {
          return async (...args: unknown[]) => {
            if (!captured && (args[1] as { name?: string }).name === 'cases') {
              captured = true;
              await capture('cap-during');
            }
            return (target.transaction as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await resumeEncryption(racing);
    expect(captured).toBe(true);
    expect(await encryptionState(db)).toBe('on');
    expect(await plaintextLeft()).toEqual(NONE_LEFT);
    const sealedCase = await db.cases.get(DEFAULT_CASE_ID);
    if (!isSealedRow(sealedCase)) throw new Error('the case is still plaintext');
    const opened = await openRow<CaseRecord>(SEALED_TABLES.cases, sealedCase, keyring.privateKey);
    expect(opened).toMatchObject({ captureCount: 4, title: expect.stringContaining('Case about') });
  });

  it('leaves nothing in plaintext when captures keep arriving while it runs', async () => {
    await migrating();
    const run = resumeEncryption(db, { batchSizes: { captures: 1, notes: 1, cases: 1, artifacts: 1 } });
    let done = false;
    void run.finally(() => (done = true));
    let n = 0;
    while (!done) await capture(`cap-live-${n++}`);
    await run;
    expect(n).toBeGreaterThan(0);
    expect(await encryptionState(db)).toBe('on');
    expect(await plaintextLeft()).toEqual(NONE_LEFT);
  });

  it('joins a run already under way instead of starting a second', async () => {
    await migrating();
    const first = resumeEncryption(db);
    expect(resumeEncryption(db)).toBe(first);
    await first;
    expect(await encryptionState(db)).toBe('on');
  });

  it('seals a capture that began before encryption was on but commits after the migration finished', async () => {
    db = new PreserveDatabase();
    await seedPlaintext(db, 1);
    // The capture decided "no encryption" (plaintext artifact) before the keyring existed …
    const lateArtifact = await sealArtifact('late-shot', 'late', fakePng(), 'image/png', db);
    expect(isSealedRow(lateArtifact)).toBe(false);
    const keyring = await fastKeyring();
    await addKeyring(db, keyring.record);
    await resumeEncryption(db);
    expect(await encryptionState(db)).toBe('on');
    // … and commits only now, when nothing will run the migration again.
    const record = await commitCapture(db, pendingCapture('late'), [lateArtifact]);
    expect(await plaintextLeft()).toEqual(NONE_LEFT);
    const stored = await db.captures.get('late');
    if (!isSealedRow(stored)) throw new Error('the late capture is plaintext');
    expect(await openRow(SEALED_TABLES.captures, stored, keyring.unlocked.privateKey)).toEqual(record);
  });
});
