import { toHex } from '../shared/hash';
import { buffer } from './bytes';

const cache = new WeakMap<CryptoKey, string>();

/**
 * A short, stable name for a public key: the first 16 bytes of SHA-256 over its raw (uncompressed)
 * form. Envelopes carry it so that data sealed to another keyring (an import, an old key) is
 * recognised as such instead of failing as "tampered".
 */
export async function recipientId(publicKey: CryptoKey): Promise<string> {
  const known = cache.get(publicKey);
  if (known) return known;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  const id = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(raw))).subarray(0, 16));
  cache.set(publicKey, id);
  return id;
}
