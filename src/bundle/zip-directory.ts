import type { BundleLimits } from './limits';
import { decodeName, entryProblems, nameClashes } from './zip-entry-checks';
import { readEndRecord } from './zip-end-record';
import { checkLayout } from './zip-layout';
import { parseCentralRecord, ZipFormatError } from './zip-records';
import { readExactly, type ZipSource } from './zip-source';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  flags: number;
  localOffset: number;
  /** Where the entry's data starts; from the local header, so 0 until the layout is checked. */
  dataStart: number;
  isDirectory: boolean;
}

export interface ZipProblem {
  file?: string;
  message: string;
}

/**
 * The one view of a received zip that every later step reads through. Each rule below removes a
 * way for two zip readers to disagree about what the archive holds (see README, "Hostile
 * bundles"): exactly the declared number of records, a directory that ends where the end record
 * starts, names no reader could map to two files, only regular files, local headers that repeat
 * the directory, and entries that tile the file with no overlap and no hidden bytes.
 */
export async function readZipDirectory(source: ZipSource, limits: BundleLimits): Promise<{ entries: ZipEntryInfo[]; problems: ZipProblem[] }> {
  try {
    return await readChecked(source, limits);
  } catch (error) {
    if (error instanceof ZipFormatError) return { entries: [], problems: [{ message: error.message }] };
    throw error;
  }
}

async function readChecked(source: ZipSource, limits: BundleLimits) {
  const fail = (message: string) => ({ entries: [], problems: [{ message }] });
  if (source.size > limits.maxZipBytes) return fail(`The zip is ${source.size} bytes, more than the limit of ${limits.maxZipBytes}.`);
  const end = await readEndRecord(source);
  if (end.entries > limits.maxEntries) return fail(`The zip holds ${end.entries} entries, more than the limit of ${limits.maxEntries}.`);
  if (end.directoryOffset + end.directorySize !== end.directoryEnd) {
    return fail(
      `The zip directory does not end where the end-of-archive record begins (offset ${end.directoryOffset} + size ${end.directorySize} ≠ ${end.directoryEnd}); ` +
        'other tools would read a different set of files.',
    );
  }
  if (end.directorySize > limits.maxDirectoryBytes)
    return fail(`The zip directory is ${end.directorySize} bytes, more than the limit of ${limits.maxDirectoryBytes}.`);
  const directory = await readExactly(source, end.directoryOffset, end.directorySize);
  const entries: ZipEntryInfo[] = [];
  const problems: ZipProblem[] = [];
  let at = 0;
  let total = 0;
  for (let index = 0; index < end.entries; index++) {
    const record = parseCentralRecord(directory, at, index);
    at = record.end;
    const { name, problem } = decodeName(record);
    if (problem) problems.push({ file: name, message: problem });
    problems.push(...entryProblems(record, name, limits).map((message) => ({ file: name, message })));
    total += record.size;
    entries.push({
      name,
      method: record.method,
      compressedSize: record.compressedSize,
      size: record.size,
      crc32: record.crc32,
      flags: record.flags,
      localOffset: record.localOffset,
      dataStart: 0,
      isDirectory: name.endsWith('/'),
    });
  }
  if (at !== directory.length) {
    return fail(`The zip directory holds more than the ${end.entries} records its end record declares; other tools would read the extra ones.`);
  }
  for (const [file, message] of nameClashes(entries.map((entry) => entry.name))) problems.push({ file, message });
  if (total > limits.maxTotalBytes) problems.push({ message: `The zip expands to ${total} bytes, more than the limit of ${limits.maxTotalBytes}.` });
  else if (total > Math.max(limits.ratioFloorBytes, source.size * limits.maxRatio)) {
    problems.push({ message: `The zip expands to ${total} bytes, more than ${limits.maxRatio} times its own size (zip bomb?).` });
  }
  if (problems.length > 0) return { entries, problems };
  return { entries, problems: await checkLayout(source, entries, end.directoryOffset) };
}
