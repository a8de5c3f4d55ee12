/*
 * The exact-copy fingerprints of a file the person adds: MD5, because StopNCII (videos) and
 * NCMEC's Take It Down match on it, and SHA-256, which the rest of Preserve uses.
 */
import { md5 } from '@noble/hashes/legacy.js';
import { sha256Bytes, toHex } from '../shared/hash';

export interface FileHashes {
  md5: string;
  sha256: string;
}

export async function fileHashes(bytes: Uint8Array): Promise<FileHashes> {
  return { md5: toHex(md5(bytes)), sha256: await sha256Bytes(bytes) };
}
