import { DEFAULT_IDLE_MINUTES, idleLockState } from '../crypto/idle-lock';
import { loadRecipient, reopenKeyring, type StoredKeyring } from '../crypto/keyring';
import { fromBase64, toBase64 } from '../shared/base64';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import { database, type KeyringRow, type PreserveDatabase } from './schema';

export const KEYRING_ID: KeyringRow['id'] = 'encryption';

/** What chrome.storage.session holds while unlocked: memory only, gone when the browser closes. */
export interface UnlockSession {
  kid: string;
  /** base64 of the PBKDF2 output; reopens the keyring without the passphrase. */
  secret: string;
  lastActivityAt: number;
  idleMinutes: number;
}

/** Where the unlock session lives; chrome.storage.session in the extension, a map in unit tests. */
export interface SessionStore {
  get(): Promise<UnlockSession | null>;
  set(session: UnlockSession): Promise<void>;
  clear(): Promise<void>;
}

export class LockedError extends UserFacingError {
  constructor() {
    super(t('errors_locked'), 'locked');
  }
}

let sessionStore: SessionStore | null = null;
/** Counts locks, so an unlock that was already under way when Preserve locked cannot undo the lock. */
let locks = 0;
let recipientCache: { kid: string; key: CryptoKey } | null = null;
let privateCache: { secret: string; key: CryptoKey } | null = null;
const TOUCH_EVERY_MS = 30_000;

export function useSessionStore(store: SessionStore): void {
  sessionStore = store;
}

export async function storedKeyring(db: PreserveDatabase = database()): Promise<StoredKeyring | null> {
  const row = await db.keys.get(KEYRING_ID);
  return row?.id === KEYRING_ID ? row : null;
}

/**
 * The public key new evidence is sealed to, or null while encryption is off. Capture needs only
 * this, so it never waits for the passphrase.
 */
export async function recipient(db: PreserveDatabase = database()): Promise<CryptoKey | null> {
  const record = await storedKeyring(db);
  if (!record) return null;
  if (recipientCache?.kid !== record.kid) recipientCache = { kid: record.kid, key: await loadRecipient(record) };
  return recipientCache.key;
}

/** The unlocked private key, or LockedError. Each use counts as activity for the idle lock. */
export async function privateKey(db: PreserveDatabase = database()): Promise<CryptoKey> {
  const [record, session] = await Promise.all([storedKeyring(db), sessionStore?.get() ?? null]);
  if (!record || !session || session.kid !== record.kid) throw new LockedError();
  const now = Date.now();
  if (idleLockState(session.lastActivityAt, now, session.idleMinutes).locked) {
    await lockNow();
    throw new LockedError();
  }
  if (privateCache?.secret !== session.secret) {
    privateCache = { secret: session.secret, key: (await reopenKeyring(record, fromBase64(session.secret))).privateKey };
  }
  if (now - session.lastActivityAt > TOUCH_EVERY_MS) await sessionStore!.set({ ...session, lastActivityAt: now });
  return privateCache.key;
}

export async function isUnlocked(db: PreserveDatabase = database()): Promise<boolean> {
  return privateKey(db).then(
    () => true,
    () => false,
  );
}

/** How many times this context has locked; pass it to startSession from before the slow part. */
export function lockCount(): number {
  return locks;
}

/**
 * Keeps the unlocked key for this browser session. With `unlessLockedSince` (a lockCount() taken
 * when the unlock began), nothing happens if Preserve was locked meanwhile (quick exit, idle).
 */
export async function startSession(kid: string, secret: Uint8Array, idleMinutes = DEFAULT_IDLE_MINUTES, unlessLockedSince?: number): Promise<boolean> {
  if (unlessLockedSince !== undefined && unlessLockedSince !== locks) return false;
  privateCache = null;
  await sessionStore?.set({ kid, secret: toBase64(secret), lastActivityAt: Date.now(), idleMinutes });
  return true;
}

export async function lockNow(): Promise<void> {
  locks++;
  privateCache = null;
  await sessionStore?.clear();
}
