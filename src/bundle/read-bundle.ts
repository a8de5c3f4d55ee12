import JSZip from 'jszip';
import { unsafePathReason } from './bundle-paths';
import type { BundleLimits } from './limits';
import { readZipDirectory, type ZipEntryInfo, type ZipProblem } from './zip-directory';

/** JSZip's streaming reader is public at runtime but missing from its type declarations. */
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  on(event: 'error', listener: (error: Error) => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

export interface BundleReader {
  /** File paths (no directories), in zip order. */
  paths: string[];
  entry(path: string): ZipEntryInfo | undefined;
  read(path: string): Promise<Uint8Array>;
}

export class LimitExceeded extends Error {}

/**
 * Opens a received zip for reading. Everything that can be refused from the directory alone is
 * refused before JSZip sees the bytes; `read` then enforces each entry's declared size and the
 * running total while inflating, because the directory can lie.
 */
export async function openBundle(zip: Uint8Array, limits: BundleLimits): Promise<{ reader?: BundleReader; problems: ZipProblem[] }> {
  if (zip.length > limits.maxZipBytes) {
    return { problems: [{ message: `The zip is ${zip.length} bytes, more than the limit of ${limits.maxZipBytes}.` }] };
  }
  const { entries, problems } = readZipDirectory(zip, limits);
  const byName = new Map<string, ZipEntryInfo>();
  for (const entry of entries) {
    const reason = unsafePathReason(entry.name);
    if (reason) problems.push({ file: entry.name, message: `unsafe path (${reason})` });
    if (byName.has(entry.name)) problems.push({ file: entry.name, message: 'appears twice in the zip' });
    byName.set(entry.name, entry);
  }
  if (problems.length > 0 || entries.length === 0) {
    return { problems: problems.length ? problems : [{ message: 'The zip is empty.' }] };
  }
  let jszip: JSZip;
  try {
    jszip = await JSZip.loadAsync(zip);
  } catch (error) {
    return { problems: [{ message: `The zip could not be read: ${(error as Error).message}` }] };
  }
  const files = entries.filter((entry) => !entry.isDirectory);
  const jszipNames = Object.keys(jszip.files).filter((name) => !jszip.files[name].dir);
  if (jszipNames.length !== files.length || files.some((entry) => !jszip.files[entry.name])) {
    return { problems: [{ message: 'The zip directory does not match its contents.' }] };
  }
  let inflated = 0;
  const read = (path: string) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const info = byName.get(path);
      const file = jszip.files[path];
      if (!info || !file || file.dir) return reject(new Error(`${path} is not in the bundle`));
      const chunks: Uint8Array[] = [];
      let length = 0;
      const stream = (file as unknown as { internalStream(type: 'uint8array'): InternalStream }).internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          length += chunk.length;
          inflated += chunk.length;
          if (length > info.size || length > limits.maxEntryBytes || inflated > limits.maxTotalBytes) {
            stream.pause();
            reject(new LimitExceeded(`${path} expands beyond its declared size or the limits`));
          } else chunks.push(chunk);
        })
        .on('error', reject)
        .on('end', () => (length === info.size ? resolve(concat(chunks, length)) : reject(new Error(`${path} is shorter than declared`))))
        .resume();
    });
  return { reader: { paths: files.map((entry) => entry.name), entry: (path) => byName.get(path), read }, problems: [] };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
