import { buffer, randomBytes, utf8 } from './bytes';
import { EnvelopeOpenError } from './crypto-errors';
import { recipientId } from './recipient-id';

/**
 * One sealed value, as stored in IndexedDB. Only typed arrays and short strings, so it survives
 * structured clone; the algorithm names are spelled out so a later version can migrate.
 *
 * ECIES-style: a fresh ephemeral P-256 key agrees a secret with the recipient's public key; HKDF
 * turns that into an AES-KW key that wraps a fresh AES-GCM-256 content key. Sealing needs only the
 * public key, so capture works while Preserve is locked.
 */
export interface SealedEnvelope {
  v: 1;
  kem: 'ECDH-P256+HKDF-SHA256';
  wrap: 'AES-KW-256';
  enc: 'AES-GCM-256';
  /** recipientId() of the public key this was sealed to. */
  kid: string;
  /** Ephemeral public key, raw uncompressed point (65 bytes). */
  epk: Uint8Array;
  /** The content key wrapped with AES-KW (40 bytes). */
  wrappedKey: Uint8Array;
  iv: Uint8Array;
  /** AES-GCM output: ciphertext followed by the 16-byte tag. */
  ciphertext: Uint8Array;
}

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const NO_AAD = new Uint8Array(0);

/*
 * A new ephemeral key per seal, not one per worker lifetime: with a cached one, anyone who later
 * reads the worker's memory (a crash dump, swapped-out pages) could open every artifact sealed
 * since the worker started, without the passphrase. The whole fixed cost of a seal is ~1.3 ms in
 * Node, of which keygen is ~0.2 ms (tests/unit/crypto/timing.test.ts): caching would save little.
 */
export async function sealBytes(plaintext: Uint8Array, recipient: CryptoKey, aad: Uint8Array = NO_AAD): Promise<SealedEnvelope> {
  const kid = await recipientId(recipient);
  const ephemeral = (await crypto.subtle.generateKey(CURVE, false, ['deriveBits'])) as CryptoKeyPair;
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const kek = await wrappingKey(ephemeral.privateKey, recipient, epk, kid, 'wrapKey');
  // Extractable only so AES-KW can wrap it; the object never leaves this function.
  const contentKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const wrappedKey = new Uint8Array(await crypto.subtle.wrapKey('raw', contentKey, kek, 'AES-KW'));
  // A fresh key per envelope means a random IV can never repeat under the same key.
  const iv = randomBytes(12);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: buffer(aad) }, contentKey, buffer(plaintext)));
  return { v: 1, kem: 'ECDH-P256+HKDF-SHA256', wrap: 'AES-KW-256', enc: 'AES-GCM-256', kid, epk, wrappedKey, iv, ciphertext };
}

/** Throws EnvelopeOpenError when anything (bytes, IV, wrapped key, AAD, key) does not match. */
export async function openBytes(envelope: SealedEnvelope, recipientPrivate: CryptoKey, aad: Uint8Array = NO_AAD): Promise<Uint8Array> {
  if (!isSealedEnvelope(envelope)) throw new EnvelopeOpenError('This record (unknown envelope format)');
  try {
    const ephemeralPublic = await crypto.subtle.importKey('raw', buffer(envelope.epk), CURVE, false, []);
    const kek = await wrappingKey(recipientPrivate, ephemeralPublic, envelope.epk, envelope.kid, 'unwrapKey');
    const contentKey = await crypto.subtle.unwrapKey('raw', buffer(envelope.wrappedKey), kek, 'AES-KW', 'AES-GCM', false, ['decrypt']);
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buffer(envelope.iv), additionalData: buffer(aad) },
      contentKey,
      buffer(envelope.ciphertext),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new EnvelopeOpenError('This record');
  }
}

export async function sealJson(value: unknown, recipient: CryptoKey, aad: Uint8Array): Promise<SealedEnvelope> {
  return sealBytes(utf8(JSON.stringify(value)), recipient, aad);
}

export async function openJson<T>(envelope: SealedEnvelope, recipientPrivate: CryptoKey, aad: Uint8Array): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await openBytes(envelope, recipientPrivate, aad))) as T;
}

export function isSealedEnvelope(value: unknown): value is SealedEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<SealedEnvelope>;
  return (
    e.v === 1 &&
    e.kem === 'ECDH-P256+HKDF-SHA256' &&
    e.wrap === 'AES-KW-256' &&
    e.enc === 'AES-GCM-256' &&
    typeof e.kid === 'string' &&
    [e.epk, e.wrappedKey, e.iv, e.ciphertext].every((part) => part instanceof Uint8Array)
  );
}

/**
 * Salt = the ephemeral key, so every envelope gets its own wrapping key; info names the format and
 * the recipient, so an envelope re-labelled with another kid no longer unwraps.
 */
async function wrappingKey(privateKey: CryptoKey, publicKey: CryptoKey, epk: Uint8Array, kid: string, usage: 'wrapKey' | 'unwrapKey') {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const ikm = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: buffer(epk), info: utf8(`preserve/envelope/v1/${kid}`) },
    ikm,
    { name: 'AES-KW', length: 256 },
    false,
    [usage],
  );
}
