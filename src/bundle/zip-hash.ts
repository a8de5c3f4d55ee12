import { sha256 } from '@noble/hashes/sha2.js';
import { sha256Bytes, toHex, type Sha256Hex } from '../shared/hash';
import { readExactly, type ZipSource } from './zip-source';

/**
 * WebCrypto hashes a whole buffer 3–5× faster than a JS hash but cannot be fed in pieces, so
 * anything up to this size is hashed whole and anything larger incrementally: memory stays
 * bounded by this whatever a bundle holds.
 */
export const WHOLE_HASH_BYTES = 16 * 1024 * 1024;
const SOURCE_CHUNK = 4 * 1024 * 1024;

export async function sha256Chunks(chunks: AsyncIterable<Uint8Array>): Promise<Sha256Hex> {
  const hash = sha256.create();
  for await (const chunk of chunks) hash.update(chunk);
  return toHex(hash.digest());
}

/** The SHA-256 of a whole zip (the bundle's own fingerprint), read in pieces unless it is in memory. */
export async function sha256Source(source: ZipSource): Promise<Sha256Hex> {
  if (source.sha256) return source.sha256();
  if (source.bytes) return sha256Bytes(source.bytes);
  if (source.size <= WHOLE_HASH_BYTES) return sha256Bytes(await source.read(0, source.size));
  return sha256Chunks(
    (async function* () {
      for (let at = 0; at < source.size; at += SOURCE_CHUNK) yield readExactly(source, at, Math.min(SOURCE_CHUNK, source.size - at));
    })(),
  );
}
