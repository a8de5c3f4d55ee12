import { SIG, U16_MAX, U32_MAX, u16, u32, u64, ZipFormatError } from './zip-records';
import { readExactly, type ZipSource } from './zip-source';

export interface EndRecord {
  entries: number;
  directoryOffset: number;
  directorySize: number;
  /** Where the directory must end: the ZIP64 end record if there is one, else the end record. */
  directoryEnd: number;
}

const END_FIXED = 22;
const LOCATOR = 20;
const ZIP64_END_FIXED = 56;

/**
 * Finds the end record and, for ZIP64, the ZIP64 end record, and insists that they describe one
 * archive: single disk, the same counts in both, the comment reaching exactly the end of the file,
 * and the directory ending exactly where the end records begin. That last rule is what stops a
 * shortened directory size from hiding records that `unzip` (which shifts offsets to make up the
 * difference) would still extract.
 */
export async function readEndRecord(source: ZipSource): Promise<EndRecord> {
  const tailStart = Math.max(0, source.size - END_FIXED - U16_MAX);
  const tail = await readExactly(source, tailStart, source.size - tailStart);
  let found = -1;
  for (let at = tail.length - END_FIXED; at >= 0 && found < 0; at--) if (u32(tail, at) === SIG.end) found = at;
  if (found < 0) throw new ZipFormatError('This is not a zip file (no end-of-archive record).');
  const endAt = tailStart + found;
  if (found + END_FIXED + u16(tail, found + 20) !== tail.length) {
    throw new ZipFormatError('The end-of-archive record is damaged: its comment does not reach the end of the file.');
  }
  if (u16(tail, found + 4) !== 0 || u16(tail, found + 6) !== 0) throw new ZipFormatError('This zip is split over several files, which is not supported.');
  const entries = u16(tail, found + 10);
  if (u16(tail, found + 8) !== entries) throw new ZipFormatError('The end-of-archive record is damaged: its two entry counts differ.');
  const end = { entries, directorySize: u32(tail, found + 12), directoryOffset: u32(tail, found + 16), directoryEnd: endAt };
  const locatorAt = endAt - LOCATOR;
  const hasLocator = locatorAt >= 0 && u32(await readExactly(source, locatorAt, 4), 0) === SIG.zip64Locator;
  const wantsZip64 = end.entries === U16_MAX || end.directorySize === U32_MAX || end.directoryOffset === U32_MAX;
  if (!hasLocator) {
    if (wantsZip64) throw new ZipFormatError('The zip says it is ZIP64 but has no ZIP64 end record.');
    return end;
  }
  return readZip64End(source, locatorAt, end);
}

async function readZip64End(source: ZipSource, locatorAt: number, end: EndRecord): Promise<EndRecord> {
  const locator = await readExactly(source, locatorAt, LOCATOR);
  if (u32(locator, 4) !== 0 || u32(locator, 16) !== 1) throw new ZipFormatError('This zip is split over several files, which is not supported.');
  const at = u64(locator, 8);
  if (at + ZIP64_END_FIXED > locatorAt) throw new ZipFormatError('The ZIP64 end record is damaged (it points past itself).');
  const record = await readExactly(source, at, ZIP64_END_FIXED);
  if (u32(record, 0) !== SIG.zip64End) throw new ZipFormatError('The ZIP64 end record is damaged (no record signature).');
  // The record's own length must lead exactly to the locator: no bytes hidden between them.
  if (at + 12 + u64(record, 4) !== locatorAt) throw new ZipFormatError('The ZIP64 end record is damaged: its length does not reach the locator.');
  if (u32(record, 16) !== 0 || u32(record, 20) !== 0) throw new ZipFormatError('This zip is split over several files, which is not supported.');
  const entries = u64(record, 32);
  if (u64(record, 24) !== entries) throw new ZipFormatError('The ZIP64 end record is damaged: its two entry counts differ.');
  const wide = { entries, directorySize: u64(record, 40), directoryOffset: u64(record, 48), directoryEnd: at };
  // A 32-bit field is either "see ZIP64" (all ones) or the same value: never a second opinion.
  const agrees = (narrow: number, value: number, max: number) => narrow === max || narrow === value;
  if (
    !agrees(end.entries, wide.entries, U16_MAX) ||
    !agrees(end.directorySize, wide.directorySize, U32_MAX) ||
    !agrees(end.directoryOffset, wide.directoryOffset, U32_MAX)
  ) {
    throw new ZipFormatError('The end-of-archive record and the ZIP64 end record disagree.');
  }
  return wide;
}
