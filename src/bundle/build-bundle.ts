import { makeZip } from 'client-zip';
import { bundleEntries, type BundleEntry } from './bundle-entries';
import { bundleFileName, zipEntryDate } from './bundle-paths';
import type { BundleInput } from './types';

/** client-zip computes CRC-32 per chunk it is given; 1 MiB chunks keep each step short. */
const CHUNK = 1 << 20;

function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      controller.enqueue(bytes.subarray(offset, offset + CHUNK));
      offset += CHUNK;
      if (offset >= bytes.length) controller.close();
    },
  });
}

async function* zipInputs(entries: AsyncIterable<BundleEntry>) {
  const lastModified = zipEntryDate();
  for await (const entry of entries) {
    const input = entry.bytes.length > CHUNK ? chunked(entry.bytes) : entry.bytes;
    yield { name: entry.path, input, size: entry.bytes.length, lastModified, mode: 0o644 };
  }
}

/**
 * The bundle as a zip stream (stored, ZIP64 when needed, fixed dates, fixed order), so an extension
 * page can pipe it into a file without holding the archive in memory. Errors (a changed artifact, a
 * failed redaction) surface as an error on the stream.
 */
export function buildBundle(input: BundleInput): { fileName: string; stream: ReadableStream<Uint8Array> } {
  const exportedAt = input.now();
  const fixedClock = { ...input, now: () => exportedAt };
  return {
    fileName: bundleFileName(input.caseRecord.title, exportedAt, input.copy),
    stream: makeZip(zipInputs(bundleEntries(fixedClock)), { buffersAreUTF8: true }),
  };
}

/** Every file of a (small) bundle, path → bytes, in zip order; for golden tests and previews. */
export async function buildBundleFiles(input: BundleInput): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for await (const entry of bundleEntries(input)) files.set(entry.path, entry.bytes);
  return files;
}

/** Convenience for tests and Node: the whole zip in memory. */
export async function buildBundleBytes(input: BundleInput): Promise<Uint8Array> {
  return new Uint8Array(await new Response(buildBundle(input).stream).arrayBuffer());
}
