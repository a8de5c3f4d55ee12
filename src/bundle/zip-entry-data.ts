import { crc32 } from './crc32';
import { inflateRaw } from './inflate';
import type { ZipEntryInfo } from './zip-directory';
import { readExactly, type ZipSource } from './zip-source';

/** Reads of stored data: big enough to be fast from a file or Blob, small enough not to matter. */
const READ_CHUNK = 4 * 1024 * 1024;

/** A read refused because of what the entry holds; `file` names it. */
export class ZipEntryError extends Error {
  override name = 'ZipEntryError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file} ${message}`);
  }
}

/** Refused for size: more than declared (the directory lied), or than the caller allows. */
export class LimitExceeded extends ZipEntryError {
  override name = 'LimitExceeded';
}

async function* rawChunks(source: ZipSource, entry: ZipEntryInfo): AsyncGenerator<Uint8Array> {
  const end = entry.dataStart + entry.compressedSize;
  for (let at = entry.dataStart; at < end; at += READ_CHUNK) yield readExactly(source, at, Math.min(READ_CHUNK, end - at));
}

/**
 * The entry's content, chunk by chunk, never past its declared size; the CRC-32 and the exact
 * size are checked when the last chunk has been read, so a consumer that reaches the end without
 * an error has seen exactly the bytes `unzip` would extract.
 */
export async function* entryContent(source: ZipSource, entry: ZipEntryInfo): AsyncGenerator<Uint8Array> {
  const chunks = entry.method === 0 ? rawChunks(source, entry) : inflateRaw(rawChunks(source, entry));
  let length = 0;
  let crc = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > entry.size) throw new LimitExceeded(entry.name, 'expands beyond its declared size or the limits');
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (length !== entry.size) throw new ZipEntryError(entry.name, `is shorter than declared (${length} of ${entry.size} bytes)`);
  if (crc !== entry.crc32) throw new ZipEntryError(entry.name, 'is damaged: its CRC-32 does not match the zip directory');
}

/** The whole entry in one buffer of its declared size: filled in place, never copied twice. */
export async function entryBytes(source: ZipSource, entry: ZipEntryInfo): Promise<Uint8Array> {
  if (entry.method === 0) {
    // One read, and for an in-memory zip a view of it: then only the CRC pass remains.
    const bytes = await readExactly(source, entry.dataStart, entry.compressedSize);
    if (crc32(bytes) !== entry.crc32) throw new ZipEntryError(entry.name, 'is damaged: its CRC-32 does not match the zip directory');
    return bytes;
  }
  const out = new Uint8Array(entry.size);
  let at = 0;
  for await (const chunk of entryContent(source, entry)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
