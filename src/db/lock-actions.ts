import { recordFailure, recordSuccess, waitBeforeNextAttempt } from '../crypto/attempt-throttle';
import { WrongPassphraseError } from '../crypto/crypto-errors';
import { changePassphrase as rewrapKeyring, createKeyring, unlockKeyring, type StoredKeyring, type UnlockedKeyring } from '../crypto/keyring';
import type { KdfOptions } from '../crypto/passphrase-key';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import { serialQueue } from '../shared/serial-queue';
import { idleMinutes, setUnlockAttempts, unlockAttempts } from './encryption-state';
import { addKeyring, AlreadyEncryptedError, replaceKeyring } from './keyring-writes';
import type { PreserveDatabase } from './schema';
import { lockCount, lockNow, startSession, storedKeyring } from './vault';

const MIN_PASSPHRASE_LENGTH = 8;

/*
 * Everything that reads or writes the keyring or checks a passphrase runs here, one at a time.
 * Without it a double-click on "Turn on encryption" ran two enables that both found no keyring,
 * and parallel unlock attempts were all judged against the same failure count.
 */
const oneAtATime = serialQueue();

/** Turns encryption on. The caller then runs resumeEncryption() to seal what is already stored. */
export async function enableEncryption(db: PreserveDatabase, passphrase: string, kdf: KdfOptions = {}): Promise<void> {
  checkNewPassphrase(passphrase);
  return oneAtATime(async () => {
    if (await storedKeyring(db)) throw new AlreadyEncryptedError();
    const since = lockCount();
    const { record, unlocked } = await createKeyring(passphrase, kdf);
    await addKeyring(db, record);
    await keepUnlocked(db, unlocked, since);
  });
}

export function unlock(db: PreserveDatabase, passphrase: string): Promise<void> {
  return oneAtATime(async () => {
    const record = await requireKeyring(db);
    const since = lockCount();
    await keepUnlocked(db, await throttled(db, () => unlockKeyring(record, passphrase)), since);
  });
}

/** Re-wraps the same key under the new passphrase; nothing stored is re-encrypted. */
export async function changePassphrase(db: PreserveDatabase, current: string, next: string, kdf: KdfOptions = {}): Promise<void> {
  checkNewPassphrase(next);
  return oneAtATime(async () => {
    const record = await requireKeyring(db);
    const since = lockCount();
    // The current passphrase is checked like an unlock: same throttle, same failure count.
    const changed = await throttled(db, () => rewrapKeyring(record, current, next, kdf));
    await replaceKeyring(db, record, changed.record);
    await keepUnlocked(db, changed.unlocked, since);
  });
}

export function lock(): Promise<void> {
  return oneAtATime(() => lockNow());
}

async function requireKeyring(db: PreserveDatabase): Promise<StoredKeyring> {
  const record = await storedKeyring(db);
  if (!record) throw new UserFacingError(t('errors_no_passphrase'), 'no-passphrase');
  return record;
}

async function keepUnlocked(db: PreserveDatabase, unlocked: UnlockedKeyring, since: number): Promise<void> {
  await startSession(unlocked.kid, unlocked.sessionSecret, await idleMinutes(db), since);
}

/**
 * "Wrong passphrases slow down", for every check of a passphrase. The failure is recorded before
 * the slow step and cleared on success, so stopping the worker mid-attempt does not skip it; an
 * error that says nothing about the passphrase (a damaged record) puts the count back.
 */
async function throttled<T>(db: PreserveDatabase, attempt: () => Promise<T>): Promise<T> {
  const history = await unlockAttempts(db);
  const wait = waitBeforeNextAttempt(history, Date.now());
  if (wait > 0) throw new UserFacingError(t('errors_wait', { seconds: Math.ceil(wait / 1000) }), 'wait');
  await setUnlockAttempts(db, recordFailure(history, Date.now()));
  try {
    const result = await attempt();
    await setUnlockAttempts(db, recordSuccess());
    return result;
  } catch (error) {
    if (!(error instanceof WrongPassphraseError)) await setUnlockAttempts(db, history);
    throw error;
  }
}

function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new UserFacingError(t('errors_short_passphrase', { min: MIN_PASSPHRASE_LENGTH }), 'short-passphrase');
  }
}
