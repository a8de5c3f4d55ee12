import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRow } from '../../../src/crypto/sealed-row';
import { isSealedRow, SEAL_ORDER, SEALED_TABLES } from '../../../src/crypto/sealed-tables';
import { fastKeyring } from '../crypto/fixtures';
import { plainRow, seedPlaintext, snapshot } from '../crypto/seed-store';

// The worker's real lock handlers, with the two browser APIs they touch kept in memory.
const session = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    alarms: { create: async () => undefined },
    storage: {
      session: {
        get: async (key: string) => ({ [key]: session.get(key) }),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        },
        remove: async (key: string) => void session.delete(key),
      },
    },
  },
}));

const { lockHandlers } = await import('../../../src/background/lock-handlers');
const { encryptionState, unlockAttempts } = await import('../../../src/db/encryption-state');
const { addKeyring, replaceKeyring, AlreadyEncryptedError } = await import('../../../src/db/keyring-writes');
const { database } = await import('../../../src/db/schema');
const { extensionSessionStore } = await import('../../../src/db/session-store');
const { lockNow, privateKey, storedKeyring, useSessionStore } = await import('../../../src/db/vault');

const PASSPHRASE = 'correct horse battery staple';
const db = database();

beforeEach(async () => {
  session.clear();
  useSessionStore(extensionSessionStore);
  await Promise.all(db.tables.map((table) => table.clear()));
  await lockNow();
});

afterEach(() => vi.restoreAllMocks());

/** What each of several requests ended in: 'ok' or the error's code. */
async function outcomes(requests: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(requests);
  return settled.map((result) => (result.status === 'fulfilled' ? 'ok' : ((result.reason as { code?: string }).code ?? String(result.reason)))).sort();
}

async function enabledAndLocked() {
  await lockHandlers['lock.enable']({ passphrase: PASSPHRASE });
  await lockHandlers['lock.lock']();
}

describe('turning encryption on twice at once', () => {
  it('keeps one key, refuses the second request, and every case, capture, note and artifact still opens', async () => {
    await seedPlaintext(db, 3);
    const before = await snapshot(db);
    const both = await outcomes([lockHandlers['lock.enable']({ passphrase: PASSPHRASE }), lockHandlers['lock.enable']({ passphrase: PASSPHRASE })]);
    expect(both).toEqual(['already-encrypted', 'ok']);
    expect(await encryptionState(db)).toBe('on');

    await lockHandlers['lock.lock']();
    expect((await lockHandlers['lock.unlock']({ passphrase: PASSPHRASE })).unlocked).toBe(true);
    const key = await privateKey(db);
    for (const table of SEAL_ORDER) {
      const rows = await db.table(table).toArray();
      expect(rows, table).toHaveLength(before[table]!.length);
      for (const row of rows) {
        expect(isSealedRow(row), `${table} row sealed`).toBe(true);
        expect(before[table]).toContainEqual(await plainRow(await openRow(SEALED_TABLES[table], row, key)));
      }
    }
  });

  it('cannot store a second keyring even when the check before it was passed by both', async () => {
    const [first, second] = await Promise.all([fastKeyring(), fastKeyring()]);
    expect(await outcomes([addKeyring(db, first.record), addKeyring(db, second.record)])).toEqual(['already-encrypted', 'ok']);
    const kept = await storedKeyring(db);
    await expect(addKeyring(db, second.record)).rejects.toBeInstanceOf(AlreadyEncryptedError);
    expect(await storedKeyring(db)).toEqual(kept);
    // A re-wrap derived from a keyring that is no longer the stored one is refused too.
    const stale = kept!.kid === first.record.kid ? second.record : first.record;
    await expect(replaceKeyring(db, stale, { ...stale })).rejects.toThrow();
    expect(await storedKeyring(db)).toEqual(kept);
  });
});

describe('the passphrase throttle', () => {
  it('judges parallel unlock attempts one at a time, each against the failures before it', async () => {
    await enabledAndLocked();
    const attempts = Array.from({ length: 5 }, (_, i) => lockHandlers['lock.unlock']({ passphrase: `wrong guess ${i}` }));
    expect(await outcomes(attempts)).toEqual(['wait', 'wait', 'wrong-passphrase', 'wrong-passphrase', 'wrong-passphrase']);
    expect((await unlockAttempts(db)).failures).toHaveLength(3);
    // The right passphrase waits its turn too.
    await expect(lockHandlers['lock.unlock']({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'wait' });
  });

  it('counts a wrong current passphrase when changing it, and holds changes to the same delay', async () => {
    await enabledAndLocked();
    for (let i = 0; i < 3; i++) {
      await expect(lockHandlers['lock.changePassphrase']({ current: `wrong guess ${i}`, next: 'a new passphrase' })).rejects.toMatchObject({
        code: 'wrong-passphrase',
      });
    }
    await expect(lockHandlers['lock.changePassphrase']({ current: PASSPHRASE, next: 'a new passphrase' })).rejects.toMatchObject({ code: 'wait' });
    await expect(lockHandlers['lock.unlock']({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'wait' });

    // Once the delay has passed, the right passphrase changes it, and only the new one unlocks.
    const later = Date.now() + 3_000;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    expect((await lockHandlers['lock.changePassphrase']({ current: PASSPHRASE, next: 'a new passphrase' })).unlocked).toBe(true);
    expect((await unlockAttempts(db)).failures).toEqual([]);
    await lockHandlers['lock.lock']();
    await expect(lockHandlers['lock.unlock']({ passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect((await lockHandlers['lock.unlock']({ passphrase: 'a new passphrase' })).unlocked).toBe(true);
  });

  it('does not undo a quick exit that happens while an unlock is being checked', async () => {
    await enabledAndLocked();
    const unlocking = lockHandlers['lock.unlock']({ passphrase: PASSPHRASE });
    // The attempt is recorded just before the slow key derivation starts.
    while ((await unlockAttempts(db)).failures.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await lockNow(); // what quick exit and the idle alarm call, without waiting for the queue
    expect((await unlocking).unlocked).toBe(false);
    await expect(privateKey(db)).rejects.toMatchObject({ code: 'locked' });
  });
});
