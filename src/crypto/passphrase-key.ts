import { buffer, randomBytes, utf8 } from './bytes';
import { WeakKdfError } from './crypto-errors';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the issue asks for at least this. */
export const MIN_PBKDF2_ITERATIONS = 600_000;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array;
}

export interface KdfOptions {
  iterations?: number;
  /** Tests only: allows fewer than MIN_PBKDF2_ITERATIONS so a suite does not spend minutes in PBKDF2. */
  unsafeTestIterations?: boolean;
}

export function newKdfParams({ iterations = MIN_PBKDF2_ITERATIONS, unsafeTestIterations = false }: KdfOptions = {}): KdfParams {
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new WeakKdfError(iterations, MIN_PBKDF2_ITERATIONS);
  if (iterations < MIN_PBKDF2_ITERATIONS && !unsafeTestIterations) throw new WeakKdfError(iterations, MIN_PBKDF2_ITERATIONS);
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16) };
}

/**
 * The one slow step: 32 bytes from the passphrase. Only 256 bits, because asking PBKDF2-SHA-256
 * for more runs the whole iteration count again per extra block while an attacker needs only one
 * block to test a guess; the two keys we need are split from this secret with HKDF instead.
 *
 * NFC, so the same passphrase typed on another keyboard or system still matches.
 */
export async function derivePassphraseSecret(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  if (passphrase.length === 0) throw new TypeError('A passphrase cannot be empty.');
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: buffer(kdf.salt) }, material, 256);
  return new Uint8Array(bits);
}

export interface PassphraseKeys {
  /** AES-GCM key that wraps the private key. */
  kek: CryptoKey;
  /** Stored beside the wrapped key: a wrong passphrase is recognised without trying to unwrap. */
  check: Uint8Array;
}

/**
 * The check value gives an attacker nothing the wrapped key's GCM tag does not already give
 * (both test a guess after one PBKDF2 run); it only makes "wrong passphrase" distinguishable from
 * "damaged record".
 */
export async function splitSecret(secret: Uint8Array): Promise<PassphraseKeys> {
  const ikm = await crypto.subtle.importKey('raw', buffer(secret), 'HKDF', false, ['deriveKey', 'deriveBits']);
  const salt = new Uint8Array(0);
  const kek = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('preserve/keyring/v1/kek') },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
  const check = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: utf8('preserve/keyring/v1/check') }, ikm, 128));
  return { kek, check };
}
