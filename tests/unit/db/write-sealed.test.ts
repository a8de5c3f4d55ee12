import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyring } from '../../../src/crypto/keyring';
import { writeSealed } from '../../../src/db/open-rows';
import { PreserveDatabase } from '../../../src/db/schema';
import { KEYRING_ID, lockNow, startSession, type UnlockSession, useSessionStore } from '../../../src/db/vault';

// Lets a test turn encryption on in the gap between deciding how to seal a row and writing it.
const gap = vi.hoisted(() => ({ afterRecipient: null as null | (() => Promise<void>) }));
vi.mock('../../../src/db/vault', async (original) => {
  const actual = await original<typeof import('../../../src/db/vault')>();
  return {
    ...actual,
    recipient: async (...args: Parameters<typeof actual.recipient>) => {
      const to = await actual.recipient(...args);
      const hook = gap.afterRecipient;
      gap.afterRecipient = null;
      await hook?.();
      return to;
    },
  };
});

let db: PreserveDatabase;
let session: UnlockSession | null = null;

async function turnEncryptionOn(): Promise<void> {
  const { record, unlocked } = await createKeyring('a long test passphrase', { iterations: 1_000, unsafeTestIterations: true });
  await db.keys.put({ ...record, id: KEYRING_ID });
  await startSession(unlocked.kid, unlocked.sessionSecret, 10);
}

const note = { id: 'n1', caseId: 'default', createdAt: '2026-11-30T10:00:00.000Z', text: 'He posted it again.' };

beforeEach(() => {
  db = new PreserveDatabase();
  gap.afterRecipient = null;
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

describe('writeSealed', () => {
  it('writes the row as it is while encryption is off', async () => {
    await writeSealed(db, 'notes', note, 'add');
    expect(await db.notes.get('n1')).toEqual(note);
  });

  it('seals the row again when encryption is turned on after it was judged plaintext', async () => {
    gap.afterRecipient = turnEncryptionOn;
    await writeSealed(db, 'notes', note, 'add');
    const stored = await db.notes.get('n1');
    expect(stored).toMatchObject({ sealed: 1, id: 'n1' });
    expect(JSON.stringify(stored)).not.toContain('He posted it again.');
  });
});
