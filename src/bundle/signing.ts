import { fromBase64, toBase64 } from '../shared/base64';
import type { BundleSigner, PublicKeyJwk } from './types';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** SubjectPublicKeyInfo header for an uncompressed P-256 point (id-ecPublicKey, prime256v1). */
const SPKI_P256_PREFIX = Uint8Array.from([
  0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
]);

export function publicJwk(jwk: JsonWebKey | PublicKeyJwk): PublicKeyJwk {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new TypeError('The signing key must be an ECDSA P-256 public key');
  }
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** DER SPKI, derived from the JWK without WebCrypto so the builder stays pure. */
export function jwkToSpkiDer(jwk: PublicKeyJwk): Uint8Array {
  const x = fromBase64(jwk.x);
  const y = fromBase64(jwk.y);
  if (x.length !== 32 || y.length !== 32) throw new TypeError('A P-256 public key has 32-byte coordinates');
  const der = new Uint8Array(SPKI_P256_PREFIX.length + 65);
  der.set(SPKI_P256_PREFIX);
  der[SPKI_P256_PREFIX.length] = 0x04;
  der.set(x, SPKI_P256_PREFIX.length + 1);
  der.set(y, SPKI_P256_PREFIX.length + 33);
  return der;
}

export function spkiPem(der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** What a recipient compares with a fingerprint they got another way (the options page shows it). */
export async function keyFingerprint(jwk: PublicKeyJwk, hash: (bytes: Uint8Array) => Promise<string>): Promise<string> {
  return `sha256:${await hash(jwkToSpkiDer(jwk))}`;
}

/** openssl wants ASN.1 DER (SEQUENCE of two INTEGERs); WebCrypto gives r||s. */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
  if (signature.length !== 64) throw new TypeError('A P-256 signature in IEEE P1363 form is 64 bytes');
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const body = bytes.subarray(start);
    const pad = (body[0] ?? 0) & 0x80 ? [0] : [];
    return [0x02, body.length + pad.length, ...pad, ...body];
  };
  const content = [...integer(signature.subarray(0, 32)), ...integer(signature.subarray(32))];
  return Uint8Array.from([0x30, content.length, ...content]);
}

/**
 * The reverse, for SHA256SUMS.sig: strict DER only (minimal lengths and integers, nothing after the
 * sequence), so there is exactly one byte form of a signature we accept. Null when it is not one.
 */
export function derToP1363(der: Uint8Array): Uint8Array | null {
  if (der.length < 8 || der.length > 72 || der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const out = new Uint8Array(64);
  let at = 2;
  for (const offset of [0, 32]) {
    const length = der[at + 1] ?? 0;
    if (der[at] !== 0x02 || length < 1 || length > 33 || at + 2 + length > der.length) return null;
    const body = der.subarray(at + 2, at + 2 + length);
    const first = body[0] ?? 0;
    // Minimal encoding: a leading zero only to keep a high bit from reading as negative.
    if (first & 0x80 || (first === 0 && length > 1 && !((body[1] ?? 0) & 0x80))) return null;
    const value = first === 0 && length > 1 ? body.subarray(1) : body;
    if (value.length > 32) return null;
    out.set(value, offset + 32 - value.length);
    at += 2 + length;
  }
  return at === der.length ? out : null;
}

export async function verifyP1363(jwk: PublicKeyJwk, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  const key = await crypto.subtle.importKey('jwk', { ...jwk, ext: true }, ECDSA, true, ['verify']);
  return crypto.subtle.verify(SIGN, key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
}

/** The per-install key: the private half can never leave WebCrypto; the lead keeps the pair in IndexedDB. */
export async function generateInstallKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
}

export async function signerFromKeyPair(pair: CryptoKeyPair): Promise<BundleSigner> {
  const publicKeyJwk = publicJwk(await crypto.subtle.exportKey('jwk', pair.publicKey));
  return {
    publicKeyJwk,
    async sign(bytes) {
      return new Uint8Array(await crypto.subtle.sign(SIGN, pair.privateKey, bytes as Uint8Array<ArrayBuffer>));
    },
  };
}
