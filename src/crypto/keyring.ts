import { buffer, equalBytes, randomBytes, utf8 } from './bytes';
import { EnvelopeOpenError, WrongPassphraseError } from './crypto-errors';
import { derivePassphraseSecret, newKdfParams, splitSecret, type KdfOptions, type KdfParams } from './passphrase-key';
import { recipientId } from './recipient-id';

/** What is stored (in the `keys` table): nothing here opens evidence without the passphrase. */
export interface StoredKeyring {
  v: 1;
  /** recipientId(publicKey); also the AAD of the wrapped private key, which binds the two. */
  kid: string;
  publicKey: JsonWebKey;
  kdf: KdfParams;
  check: Uint8Array;
  wrappedPrivateKey: { alg: 'AES-GCM-256'; format: 'pkcs8'; iv: Uint8Array; data: Uint8Array };
  createdAt: string;
}

export interface UnlockedKeyring {
  kid: string;
  publicKey: CryptoKey;
  /** Non-extractable: it can open envelopes in this context but its bytes cannot be read out. */
  privateKey: CryptoKey;
  /**
   * The PBKDF2 output. Kept in chrome.storage.session (memory only, gone when the browser
   * closes), it lets a restarted service worker reopen the keyring without the passphrase and
   * without ever making the private key extractable. Useless after a passphrase change.
   */
  sessionSecret: Uint8Array;
}

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface CreateKeyringOptions extends KdfOptions {
  now?: Date;
}

export async function createKeyring(passphrase: string, options: CreateKeyringOptions = {}): Promise<{ record: StoredKeyring; unlocked: UnlockedKeyring }> {
  const kdf = newKdfParams(options);
  // WebCrypto wraps only extractable keys, so the new private key is extractable for as long as
  // it takes to wrap it; what the caller gets is a fresh non-extractable import of the wrapped copy.
  const pair = (await crypto.subtle.generateKey(CURVE, true, ['deriveBits'])) as CryptoKeyPair;
  const kid = await recipientId(pair.publicKey);
  const sessionSecret = await derivePassphraseSecret(passphrase, kdf);
  const { kek, check } = await splitSecret(sessionSecret);
  const record: StoredKeyring = {
    v: 1,
    kid,
    publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
    kdf,
    check,
    wrappedPrivateKey: await wrapPrivateKey(pair.privateKey, kek, kid),
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  return { record, unlocked: await reopenKeyring(record, sessionSecret) };
}

/** Costs one PBKDF2 run; throws WrongPassphraseError before touching the wrapped key. */
export async function unlockKeyring(record: StoredKeyring, passphrase: string): Promise<UnlockedKeyring> {
  return reopenKeyring(record, await derivePassphraseSecret(passphrase, record.kdf));
}

/** Unlock from a sessionSecret (after a service worker restart): fast, no PBKDF2. */
export async function reopenKeyring(record: StoredKeyring, sessionSecret: Uint8Array): Promise<UnlockedKeyring> {
  const privateKey = await unwrapPrivateKey(record, sessionSecret, false);
  return { kid: record.kid, publicKey: await loadRecipient(record), privateKey, sessionSecret };
}

/**
 * Re-wraps the same private key under the new passphrase (fresh salt); no envelope changes.
 * The caller replaces the stored record in one write; `unlocked` is the new record opened with
 * the new passphrase, so no second PBKDF2 run is needed to start a session.
 */
export async function changePassphrase(
  record: StoredKeyring,
  oldPassphrase: string,
  newPassphrase: string,
  options: KdfOptions = {},
): Promise<{ record: StoredKeyring; unlocked: UnlockedKeyring }> {
  const extractable = await unwrapPrivateKey(record, await derivePassphraseSecret(oldPassphrase, record.kdf), true);
  const kdf = newKdfParams(options);
  const secret = await derivePassphraseSecret(newPassphrase, kdf);
  const { kek, check } = await splitSecret(secret);
  const next: StoredKeyring = { ...record, kdf, check, wrappedPrivateKey: await wrapPrivateKey(extractable, kek, record.kid) };
  // Opening the new record is also the check: never hand back a record that would not open.
  return { record: next, unlocked: await reopenKeyring(next, secret) };
}

/** The public key to seal to, checked against its kid so a swapped key in the store is noticed. */
export async function loadRecipient(record: StoredKeyring): Promise<CryptoKey> {
  const publicKey = await crypto.subtle.importKey('jwk', record.publicKey, CURVE, true, []);
  if ((await recipientId(publicKey)) !== record.kid) throw new EnvelopeOpenError('The stored public key');
  return publicKey;
}

async function wrapPrivateKey(privateKey: CryptoKey, kek: CryptoKey, kid: string): Promise<StoredKeyring['wrappedPrivateKey']> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.wrapKey('pkcs8', privateKey, kek, { name: 'AES-GCM', iv, additionalData: utf8(kid) });
  return { alg: 'AES-GCM-256', format: 'pkcs8', iv, data: new Uint8Array(data) };
}

async function unwrapPrivateKey(record: StoredKeyring, secret: Uint8Array, extractable: boolean): Promise<CryptoKey> {
  const { kek, check } = await splitSecret(secret);
  if (!equalBytes(check, record.check)) throw new WrongPassphraseError();
  const { iv, data } = record.wrappedPrivateKey;
  try {
    return await crypto.subtle.unwrapKey(
      'pkcs8',
      buffer(data),
      kek,
      { name: 'AES-GCM', iv: buffer(iv), additionalData: utf8(record.kid) },
      CURVE,
      extractable,
      ['deriveBits'],
    );
  } catch {
    // The passphrase was right (the check matched), so the stored record itself was altered.
    throw new EnvelopeOpenError('The stored private key');
  }
}
