import { unsafePathReason } from './bundle-paths';
import { maxExpandedSize, type BundleLimits } from './limits';
import type { CentralRecord } from './zip-records';

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;
/** Info-ZIP Unicode path / comment fields: some readers prefer them to the name we checked. */
const UNICODE_EXTRAS = new Set([0x7075, 0x6375]);

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const DOS_VOLUME_LABEL = 0x08;
const DOS_DIRECTORY = 0x10;

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOSSY = new TextDecoder('utf-8');

/**
 * The name every reader will see. Without the UTF-8 flag, non-ASCII bytes mean CP437 to `unzip`
 * and something else to us, so such names are refused rather than guessed.
 */
export function decodeName(record: CentralRecord): { name: string; problem?: string } {
  const ascii = record.nameBytes.every((byte) => byte < 0x80);
  try {
    const name = UTF8.decode(record.nameBytes);
    if (ascii || record.flags & FLAG_UTF8) return { name };
    return { name, problem: 'has a non-ASCII name without the UTF-8 flag, which other tools would read differently' };
  } catch {
    return { name: LOSSY.decode(record.nameBytes), problem: 'has a name that is not valid UTF-8' };
  }
}

/** Why one entry, judged from its directory record alone, cannot be read safely. */
export function entryProblems(record: CentralRecord, name: string, limits: BundleLimits): string[] {
  const problems: string[] = [];
  const isDirectory = name.endsWith('/');
  const unsafe = unsafePathReason(name);
  if (unsafe) problems.push(`unsafe path (${unsafe})`);
  if (record.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || record.method === 99) problems.push('is encrypted');
  else if (record.method !== 0 && record.method !== 8) problems.push(`uses an unsupported compression method (${record.method})`);
  else if (record.method === 0 && record.compressedSize !== record.size) problems.push('is stored uncompressed, but its two sizes differ');
  if (record.extras.some((field) => UNICODE_EXTRAS.has(field.id))) problems.push('carries a second, Unicode name; refused');
  if (record.diskStart !== 0) problems.push('starts on another disk of a split zip');
  problems.push(...modeProblems(record.externalAttributes, isDirectory));
  if (isDirectory && record.size !== 0) problems.push('is a folder entry with contents');
  if (record.size > limits.maxEntryBytes) problems.push(`expands to ${record.size} bytes, more than the limit of ${limits.maxEntryBytes}`);
  else if (record.size > maxExpandedSize(record.compressedSize, limits)) {
    problems.push(`expands to ${record.size} bytes from ${record.compressedSize}, more than ${limits.maxRatio} times its compressed size (zip bomb?)`);
  }
  return problems;
}

/**
 * `unzip` restores the Unix mode in the upper 16 bits (on Unix, and from other hosts when it is
 * set), so a symlink or device there is created as one whatever host the record claims. The DOS
 * bits in the low byte matter on Windows. Only regular files and folder entries pass.
 */
function modeProblems(attributes: number, isDirectory: boolean): string[] {
  const type = (attributes >>> 16) & S_IFMT;
  const dos = attributes & 0xff;
  const problems: string[] = [];
  if (type === S_IFLNK) problems.push('is a symbolic link');
  else if (type !== 0 && type !== S_IFREG && !(type === S_IFDIR && isDirectory)) {
    problems.push(`is not a regular file (file type ${type.toString(8).padStart(6, '0')})`);
  }
  if (dos & DOS_VOLUME_LABEL) problems.push('is marked as a disk volume label');
  if (dos & DOS_DIRECTORY && !isDirectory) problems.push('is marked as a folder but named like a file');
  return problems;
}

/**
 * Names that would land on the same file when extracted: exact repeats (readers disagree on which
 * copy wins), names equal once case and Unicode form are folded (macOS and Windows file systems),
 * and a name that is both a file and a folder.
 */
export function nameClashes(names: readonly string[]): Map<string, string> {
  const clashes = new Map<string, string>();
  const exact = new Set<string>();
  const folded = new Map<string, string>();
  const folders = new Set<string>();
  for (const name of names) {
    const parts = name.replace(/\/$/, '').split('/');
    for (let i = 1; i < parts.length; i++) folders.add(fold(parts.slice(0, i).join('/')));
  }
  for (const name of names) {
    const key = fold(name);
    if (exact.has(name)) clashes.set(name, 'appears twice in the zip');
    else if (folded.has(key)) clashes.set(name, `has the same name as ${folded.get(key)} on case-insensitive disks`);
    else if (!name.endsWith('/') && folders.has(key)) clashes.set(name, 'is both a file and a folder');
    exact.add(name);
    folded.set(key, name);
  }
  return clashes;
}

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
