import browser from 'webextension-polyfill';
import { recordFailure, recordSuccess, waitBeforeNextAttempt } from '../crypto/attempt-throttle';
import { encryptExisting } from '../crypto/encrypt-existing';
import { idleLockState } from '../crypto/idle-lock';
import { changePassphrase, createKeyring, unlockKeyring } from '../crypto/keyring';
import { encryptionState, idleMinutes, setEncryptionState, setIdleMinutes, setUnlockAttempts, unlockAttempts } from '../db/encryption-state';
import { database } from '../db/schema';
import { extensionSessionStore } from '../db/session-store';
import { isUnlocked, KEYRING_ID, lockNow, recipient, startSession, storedKeyring } from '../db/vault';
import { UserFacingError } from '../shared/errors';
import type { LockStatus, RequestOf } from '../shared/messages';

export const IDLE_ALARM = 'preserve-idle-lock';
const MIN_PASSPHRASE_LENGTH = 8;

export async function lockStatus(): Promise<LockStatus> {
  const db = database();
  return { encryption: await encryptionState(db), unlocked: await isUnlocked(db), idleMinutes: await idleMinutes(db) };
}

/** Seals whatever is still plaintext; safe to run again after an interruption. */
export async function resumeEncryption(): Promise<void> {
  const db = database();
  if ((await encryptionState(db)) !== 'migrating') return;
  const to = await recipient(db);
  if (!to) return;
  await encryptExisting(db, to);
  await setEncryptionState(db, 'on');
}

/** Locks once the idle time has passed since the last use; re-arms itself while in use. */
export async function checkIdleLock(): Promise<void> {
  const session = await extensionSessionStore.get();
  if (!session) return;
  const state = idleLockState(session.lastActivityAt, Date.now(), session.idleMinutes);
  if (state.locked) await lockNow();
  else await browser.alarms.create(IDLE_ALARM, { when: state.locksAt });
}

async function unlockWith(passphrase: string): Promise<void> {
  const db = database();
  const record = await storedKeyring(db);
  if (!record) throw new UserFacingError('No passphrase has been set.', 'no-passphrase');
  const history = await unlockAttempts(db);
  const wait = waitBeforeNextAttempt(history, Date.now());
  if (wait > 0) throw new UserFacingError(`Please wait ${Math.ceil(wait / 1000)} seconds before trying again.`, 'wait');
  await setUnlockAttempts(db, recordFailure(history, Date.now()));
  const unlocked = await unlockKeyring(record, passphrase);
  await setUnlockAttempts(db, recordSuccess());
  await startSession(unlocked.kid, unlocked.sessionSecret, await idleMinutes(db));
  await checkIdleLock();
}

function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new UserFacingError(`Please choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. A few words you can remember work well.`, 'short-passphrase');
  }
}

export const lockHandlers = {
  'lock.status': async () => lockStatus(),

  /** Turns encryption on: from now on everything is sealed, and what is already stored follows. */
  'lock.enable': async ({ passphrase }: RequestOf<'lock.enable'>) => {
    const db = database();
    if (await storedKeyring(db)) throw new UserFacingError('A passphrase is already set. Change it instead.', 'already-encrypted');
    checkNewPassphrase(passphrase);
    const { record, unlocked } = await createKeyring(passphrase);
    await db.transaction('rw', db.keys, db.settings, async () => {
      await db.keys.put({ id: KEYRING_ID, ...record } as never);
      await db.settings.put({ key: 'encryptionState', value: 'migrating' });
    });
    await startSession(unlocked.kid, unlocked.sessionSecret, await idleMinutes(db));
    await checkIdleLock();
    await resumeEncryption();
    return lockStatus();
  },

  'lock.unlock': async ({ passphrase }: RequestOf<'lock.unlock'>) => {
    await unlockWith(passphrase);
    return lockStatus();
  },

  'lock.lock': async () => {
    await lockNow();
    return lockStatus();
  },

  /** Re-wraps the same key under the new passphrase; nothing stored is re-encrypted. */
  'lock.changePassphrase': async ({ current, next }: RequestOf<'lock.changePassphrase'>) => {
    const db = database();
    const record = await storedKeyring(db);
    if (!record) throw new UserFacingError('No passphrase has been set.', 'no-passphrase');
    checkNewPassphrase(next);
    const changed = await changePassphrase(record, current, next);
    await db.keys.put({ id: KEYRING_ID, ...changed } as never);
    await unlockWith(next);
    return lockStatus();
  },

  'lock.setIdleMinutes': async ({ minutes }: RequestOf<'lock.setIdleMinutes'>) => {
    const db = database();
    const normalized = await setIdleMinutes(db, minutes);
    const session = await extensionSessionStore.get();
    if (session) await extensionSessionStore.set({ ...session, idleMinutes: normalized });
    await checkIdleLock();
    return lockStatus();
  },
};
