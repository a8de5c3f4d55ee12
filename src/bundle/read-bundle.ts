import type { Sha256Hex } from '../shared/hash';
import { sha256Bytes } from '../shared/hash';
import type { BundleLimits } from './limits';
import { readZipDirectory, type ZipEntryInfo, type ZipProblem } from './zip-directory';
import { entryBytes, entryContent, LimitExceeded, ZipEntryError } from './zip-entry-data';
import { sha256Chunks, WHOLE_HASH_BYTES } from './zip-hash';
import { toZipSource, type ZipSource } from './zip-source';

export { LimitExceeded, ZipEntryError };

interface ReadOptions {
  /** Refuse the entry, before reading any of it, if it expands to more than this. */
  maxBytes?: number;
}

export interface BundleReader {
  /** File paths (no directories), in zip order. */
  paths: string[];
  entry(path: string): ZipEntryInfo | undefined;
  /** The whole entry in memory: for what is parsed or kept (JSON, text, artifacts to import). */
  read(path: string, options?: ReadOptions): Promise<Uint8Array>;
  /** The entry in chunks of at most a few MB; throws at the end if its size or CRC is wrong. */
  stream(path: string): AsyncIterable<Uint8Array>;
  /** SHA-256 of the entry without holding more than 16 MiB of it. */
  hash(path: string): Promise<Sha256Hex>;
}

/**
 * Opens a received zip for reading: a Uint8Array, a Blob or File, or any random-access
 * `ZipSource` (a file handle in `preserve-verify`). Everything that can be refused from the
 * directory and local headers is refused here, before any entry is inflated; reads then enforce
 * each entry's declared size and CRC, because the data can still lie.
 */
export async function openBundle(zip: Uint8Array | Blob | ZipSource, limits: BundleLimits): Promise<{ reader?: BundleReader; problems: ZipProblem[] }> {
  const source = toZipSource(zip);
  const { entries, problems } = await readZipDirectory(source, limits);
  if (problems.length > 0) return { problems };
  if (entries.length === 0) return { problems: [{ message: 'The zip is empty.' }] };
  const files = entries.filter((entry) => !entry.isDirectory);
  const byName = new Map(files.map((entry) => [entry.name, entry]));
  const find = (path: string) => {
    const info = byName.get(path);
    if (!info) throw new ZipEntryError(path, 'is not in the bundle');
    return info;
  };
  return {
    problems: [],
    reader: {
      paths: files.map((entry) => entry.name),
      entry: (path) => byName.get(path),
      async read(path, options = {}) {
        const info = find(path);
        if (options.maxBytes !== undefined && info.size > options.maxBytes) {
          throw new LimitExceeded(path, `is ${info.size} bytes, more than the limit of ${options.maxBytes} for this file`);
        }
        return entryBytes(source, info);
      },
      stream: (path) => entryContent(source, find(path)),
      async hash(path) {
        const info = find(path);
        return info.size <= WHOLE_HASH_BYTES ? sha256Bytes(await entryBytes(source, info)) : sha256Chunks(entryContent(source, info));
      },
    },
  };
}
