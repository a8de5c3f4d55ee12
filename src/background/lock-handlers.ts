import browser from 'webextension-polyfill';
import { idleLockState } from '../crypto/idle-lock';
import { encryptionState, idleMinutes, setIdleMinutes } from '../db/encryption-state';
import { resumeEncryption as resumeEncryptionOf } from '../db/finish-encryption';
import { changePassphrase, enableEncryption, lock, unlock } from '../db/lock-actions';
import { database } from '../db/schema';
import { extensionSessionStore } from '../db/session-store';
import { isUnlocked, lockNow } from '../db/vault';
import type { LockStatus, RequestOf } from '../shared/messages';

export const IDLE_ALARM = 'preserve-idle-lock';

export async function lockStatus(): Promise<LockStatus> {
  const db = database();
  return { encryption: await encryptionState(db), unlocked: await isUnlocked(db), idleMinutes: await idleMinutes(db) };
}

/** Seals whatever is still plaintext; safe to run again after an interruption. */
export async function resumeEncryption(): Promise<void> {
  await resumeEncryptionOf(database());
}

/** Locks once the idle time has passed since the last use; re-arms itself while in use. */
export async function checkIdleLock(): Promise<void> {
  const session = await extensionSessionStore.get();
  if (!session) return;
  const state = idleLockState(session.lastActivityAt, Date.now(), session.idleMinutes);
  if (state.locked) await lockNow();
  else await browser.alarms.create(IDLE_ALARM, { when: state.locksAt });
}

/* Key and passphrase work runs one request at a time inside src/db/lock-actions.ts. */
export const lockHandlers = {
  'lock.status': async () => lockStatus(),

  /** Turns encryption on: from now on everything is sealed, and what is already stored follows. */
  'lock.enable': async ({ passphrase }: RequestOf<'lock.enable'>) => {
    await enableEncryption(database(), passphrase);
    await checkIdleLock();
    await resumeEncryption();
    return lockStatus();
  },

  'lock.unlock': async ({ passphrase }: RequestOf<'lock.unlock'>) => {
    await unlock(database(), passphrase);
    await checkIdleLock();
    return lockStatus();
  },

  'lock.lock': async () => {
    await lock();
    return lockStatus();
  },

  'lock.changePassphrase': async ({ current, next }: RequestOf<'lock.changePassphrase'>) => {
    await changePassphrase(database(), current, next);
    await checkIdleLock();
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
