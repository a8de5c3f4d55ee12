import type { ZipEntryInfo, ZipProblem } from './zip-directory';
import { FLAG_DESCRIPTOR, FLAG_UTF8 } from './zip-entry-checks';
import { LOCAL_FIXED, localHeaderLength, parseDataDescriptor, parseLocalHeader, ZipFormatError, type LocalHeader } from './zip-records';
import { readExactly, type ZipSource } from './zip-source';

/** Flags that change how an entry is read: encryption, data descriptor, strong encryption, UTF-8 name. */
const READING_FLAGS = 0x0001 | FLAG_DESCRIPTOR | 0x0040 | FLAG_UTF8;
const MAX_DESCRIPTOR = 24;

/**
 * Reads every local header and checks that the entries tile the file from byte 0 to the
 * directory: each local header repeats its directory record, each entry's header, data and
 * descriptor end exactly where the next entry begins. Overlapping entries (the densest zip bombs,
 * Fifield 2019) and bytes belonging to no entry (where a second archive could hide) are refused.
 * Sets each entry's `dataStart`.
 */
export async function checkLayout(source: ZipSource, entries: ZipEntryInfo[], directoryOffset: number): Promise<ZipProblem[]> {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const problems: ZipProblem[] = [];
  const first = sorted[0]?.localOffset ?? directoryOffset;
  if (first !== 0) problems.push({ message: `The zip has ${first} bytes before its first entry, which other tools may read as another archive.` });
  for (const [index, entry] of sorted.entries()) {
    const next = sorted[index + 1];
    const nextStart = next?.localOffset ?? directoryOffset;
    const owner = next ? next.name : 'the zip directory';
    try {
      const header = await readLocalHeader(source, entry, directoryOffset);
      problems.push(...headerDisagreements(entry, header).map((message) => ({ file: entry.name, message })));
      entry.dataStart = entry.localOffset + header.length;
      const dataEnd = entry.dataStart + entry.compressedSize;
      if (dataEnd > nextStart) problems.push({ file: entry.name, message: `overlaps ${owner}` });
      else problems.push(...(await trailerProblems(source, entry, dataEnd, nextStart)).map((message) => ({ file: entry.name, message })));
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      problems.push({ file: entry.name, message: error.message });
    }
  }
  return problems;
}

async function readLocalHeader(source: ZipSource, entry: ZipEntryInfo, directoryOffset: number): Promise<LocalHeader> {
  if (entry.localOffset + LOCAL_FIXED > directoryOffset) throw new ZipFormatError('has its local header inside or past the zip directory');
  const fixed = await readExactly(source, entry.localOffset, LOCAL_FIXED);
  const length = localHeaderLength(fixed);
  if (entry.localOffset + length > directoryOffset) throw new ZipFormatError('has a local header that runs into the zip directory');
  return parseLocalHeader(await readExactly(source, entry.localOffset, length));
}

/** `unzip` trusts some fields from the local header and others from the directory: they must agree. */
function headerDisagreements(entry: ZipEntryInfo, header: LocalHeader): string[] {
  const problems: string[] = [];
  const centralName = new TextEncoder().encode(entry.name);
  if (header.nameBytes.length !== centralName.length || header.nameBytes.some((byte, i) => byte !== centralName[i])) {
    problems.push('has a different name in its local header');
  }
  if ((header.flags & READING_FLAGS) !== (entry.flags & READING_FLAGS) || header.method !== entry.method) {
    problems.push('has different flags or compression in its local header');
  }
  // With a data descriptor the local header may leave CRC and sizes as zero; otherwise they must match.
  const deferred = (entry.flags & FLAG_DESCRIPTOR) !== 0;
  const same = (local: number, central: number) => local === central || (deferred && local === 0);
  if (!same(header.crc32, entry.crc32) || !same(header.compressedSize, entry.compressedSize) || !same(header.size, entry.size)) {
    problems.push('has a different size or CRC in its local header');
  }
  return problems;
}

/** What sits between an entry's data and the next entry: its data descriptor, or nothing. */
async function trailerProblems(source: ZipSource, entry: ZipEntryInfo, dataEnd: number, nextStart: number): Promise<string[]> {
  const gap = nextStart - dataEnd;
  if (!(entry.flags & FLAG_DESCRIPTOR)) return gap === 0 ? [] : [`is followed by ${gap} bytes that belong to no entry`];
  if (gap === 0) return ['has no data descriptor, though its flags say it has one'];
  if (gap > MAX_DESCRIPTOR) return [`is followed by ${gap} bytes that belong to no entry`];
  const descriptor = parseDataDescriptor(await readExactly(source, dataEnd, gap));
  if (!descriptor) return [`is followed by ${gap} bytes that are not a data descriptor`];
  if (descriptor.crc32 !== entry.crc32 || descriptor.compressedSize !== entry.compressedSize || descriptor.size !== entry.size) {
    return ['has a data descriptor that disagrees with the zip directory'];
  }
  return [];
}
