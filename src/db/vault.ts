import { DEFAULT_IDLE_MINUTES, idleLockState } from '../crypto/idle-lock';
import { loadRecipient, reopenKeyring, type StoredKeyring } from '../crypto/keyring';
import { fromBase64, toBase64 } from '../shared/base64';
import { UserFacingError } from '../shared/errors';
import { database, type PreserveDatabase } from './schema';

export const KEYRING_ID = 'encryption';

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
    super('Preserve is locked. Enter your passphrase to see your evidence.', 'locked');
  }
}

let sessionStore: SessionStore | null = null;
let recipientCache: { kid: string; key: CryptoKey } | null = null;
let privateCache: { secret: string; key: CryptoKey } | null = null;
const TOUCH_EVERY_MS = 30_000;

export function useSessionStore(store: SessionStore): void {
  sessionStore = store;
}

export async function storedKeyring(db: PreserveDatabase = database()): Promise<StoredKeyring | null> {
  const row = await db.keys.get(KEYRING_ID);
  return row ? (row as unknown as StoredKeyring) : null;
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
  return privateKey(db).then(() => true, () => false);
}

export async function startSession(kid: string, secret: Uint8Array, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<void> {
  privateCache = null;
  await sessionStore?.set({ kid, secret: toBase64(secret), lastActivityAt: Date.now(), idleMinutes });
}

export async function lockNow(): Promise<void> {
  privateCache = null;
  await sessionStore?.clear();
}
