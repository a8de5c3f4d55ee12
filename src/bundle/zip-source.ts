import { ZipFormatError } from './zip-records';

/**
 * Random access to a received zip, so a bundle is never held whole: import passes the File the
 * person picked, `preserve-verify` a file handle, tests a Uint8Array. `read` may return fewer
 * bytes only at the end of the source; the reader treats a short read as a truncated zip.
 */
export interface ZipSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Set when the whole zip is already in memory, so it can be hashed in one WebCrypto call. */
  readonly bytes?: Uint8Array;
  /** A faster way to hash the whole source, if the platform has one (Node's crypto for a file). */
  sha256?(): Promise<string>;
}

/** A read that must return every byte asked for: anything less means the zip is cut off. */
export async function readExactly(source: ZipSource, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || length < 0 || offset + length > source.size) throw new ZipFormatError('The zip is shorter than its records say (cut off, or damaged).');
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) throw new ZipFormatError('The zip file changed or was cut off while it was being read.');
  return bytes;
}

export function bytesSource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    bytes,
    // A view, not a copy: the caller already holds these bytes.
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  };
}

export function blobSource(blob: Blob): ZipSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** The part of `fs.promises.FileHandle` we use, so this file needs no Node types at runtime. */
export interface FileHandleLike {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

export function fileHandleSource(handle: FileHandleLike, size: number): ZipSource {
  return {
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
        if (bytesRead === 0) break; // the file shrank under us: a short read, refused by the caller
        filled += bytesRead;
      }
      return filled === buffer.length ? buffer : buffer.subarray(0, filled);
    },
  };
}

/** Anything the reader accepts, as a source. */
export function toZipSource(input: Uint8Array | Blob | ZipSource): ZipSource {
  if (input instanceof Uint8Array) return bytesSource(input);
  if (typeof Blob !== 'undefined' && input instanceof Blob) return blobSource(input);
  return input as ZipSource;
}
