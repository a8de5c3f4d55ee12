import type { BundleLimits } from './limits';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  dataStart: number;
  isDirectory: boolean;
}

export interface ZipProblem {
  file?: string;
  message: string;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Info-ZIP Unicode path / comment fields: JSZip would prefer them to the name we checked. */
const UNICODE_EXTRAS = new Set([0x7075, 0x6375]);

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

function big(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/**
 * Reads the central directory ourselves, before JSZip inflates anything: counts and sizes are
 * checked against the limits here (zip bombs), and names, encryption, overlapping entries and
 * JSZip's silent name rewriting can be refused on the raw bytes.
 */
export function readZipDirectory(bytes: Uint8Array, limits: BundleLimits): { entries: ZipEntryInfo[]; problems: ZipProblem[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (message: string) => ({ entries: [], problems: [{ message }] });
  const eocd = bytes.length >= 22 ? findEocd(view) : -1;
  if (eocd < 0) return fail('This is not a zip file (no end-of-archive record).');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = big(view, eocd - 12);
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) return fail('The ZIP64 end record is damaged.');
    count = big(view, at + 32);
    offset = big(view, at + 48);
  }
  if (count > limits.maxEntries) return fail(`The zip holds ${count} entries, more than the limit of ${limits.maxEntries}.`);
  const entries: ZipEntryInfo[] = [];
  const problems: ZipProblem[] = [];
  let total = 0;
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return fail('The zip directory is damaged.');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const unixMode = view.getUint32(at + 38, true) >>> 16;
    let local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (UNICODE_EXTRAS.has(id)) problems.push({ file: name, message: 'carries a second, Unicode name; refused' });
      if (id === 0x0001) {
        let field = x + 4;
        if (size === 0xffffffff) (size = big(view, field)), (field += 8);
        if (compressedSize === 0xffffffff) (compressedSize = big(view, field)), (field += 8);
        if (local === 0xffffffff) local = big(view, field);
      }
      x += 4 + length;
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) problems.push({ file: name, message: 'is encrypted' });
    if (method !== 0 && method !== 8) problems.push({ file: name, message: `uses an unsupported compression method (${method})` });
    if ((unixMode & 0o170000) === 0o120000) problems.push({ file: name, message: 'is a symbolic link' });
    if (size > limits.maxEntryBytes) problems.push({ file: name, message: `expands to ${size} bytes, more than the limit of ${limits.maxEntryBytes}` });
    total += size;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) {
      problems.push({ file: name, message: 'has no valid local header' });
      continue;
    }
    const localName = new TextDecoder().decode(bytes.subarray(local + 30, local + 30 + view.getUint16(local + 26, true)));
    if (localName !== name) problems.push({ file: name, message: 'has a different name in its local header' });
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, compressedSize, size, localOffset: local, dataStart, isDirectory: name.endsWith('/') });
  }
  if (total > limits.maxTotalBytes) problems.push({ message: `The zip expands to ${total} bytes, more than the limit of ${limits.maxTotalBytes}.` });
  problems.push(...overlaps(entries, offset));
  return { entries, problems };
}

/** Entries sharing bytes are how the densest zip bombs work (Fifield 2019); a bundle never has them. */
function overlaps(entries: ZipEntryInfo[], directoryOffset: number): ZipProblem[] {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const problems: ZipProblem[] = [];
  sorted.forEach((entry, i) => {
    const end = entry.dataStart + entry.compressedSize;
    const next = i + 1 < sorted.length ? sorted[i + 1].localOffset : directoryOffset;
    if (end > next) problems.push({ file: entry.name, message: 'overlaps another entry' });
  });
  return problems;
}
