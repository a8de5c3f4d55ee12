import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../shared/hash';

export type CappedRead = { blob: Blob; size: number; sha256: string } | { over: true; size: number };

/** Chunks are folded into a Blob part about every 8 MB, so a big item is never held as both chunks and one copy. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Reads a body as it arrives, hashing incrementally, and stops as soon as it passes `limit` bytes.
 * Each chunk is kept once: in a Blob part, not in a second buffer.
 */
export async function readCapped(chunks: AsyncIterable<Uint8Array>, limit: number, mediaType: string): Promise<CappedRead> {
  const hash = sha256.create();
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) return { over: true, size };
    hash.update(chunk);
    pending.push(chunk as Uint8Array<ArrayBuffer>);
    pendingBytes += chunk.byteLength;
    if (pendingBytes >= PART_BYTES) {
      parts.push(new Blob(pending));
      pending = [];
      pendingBytes = 0;
    }
  }
  parts.push(new Blob(pending));
  return { blob: new Blob(parts, { type: mediaType }), size, sha256: toHex(hash.digest()) };
}

/** A response body as chunks; cancelling the loop early cancels the download. */
export async function* bodyChunks(body: ReadableStream<Uint8Array>, idleMs: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`no data arrived for ${idleMs / 1000} seconds`)), idleMs);
      });
      const { done, value } = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(timer));
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
