/**
 * The zip format's fixed records, parsed from bytes with every length checked first. Anything
 * that does not fit throws ZipFormatError, whose message is shown to the person as the refusal.
 * Layout: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7 (local header), 4.3.9 (data descriptor),
 * 4.3.12 (central record), 4.3.14–16 (ZIP64 end records, end record), 4.5.3 (ZIP64 extra field).
 */
export const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
  descriptor: 0x08074b50,
} as const;

const ZIP64_EXTRA = 0x0001;
export const U16_MAX = 0xffff;
export const U32_MAX = 0xffffffff;

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** Exact below 2^53, far beyond any size we accept; larger values fail the limits anyway. */
export function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

interface ExtraField {
  id: number;
  data: Uint8Array;
}

/** Extra fields are (id, length, data) runs that must tile the extra area exactly. */
function parseExtraFields(area: Uint8Array, where: string): ExtraField[] {
  const fields: ExtraField[] = [];
  const seen = new Set<number>();
  let at = 0;
  while (at < area.length) {
    if (at + 4 > area.length) throw new ZipFormatError(`${where}: an extra field is cut off`);
    const id = u16(area, at);
    const length = u16(area, at + 2);
    if (at + 4 + length > area.length) throw new ZipFormatError(`${where}: an extra field is longer than its record`);
    // Two ZIP64 (or two Unicode-path) fields would let readers pick different sizes or names.
    if (seen.has(id)) throw new ZipFormatError(`${where}: carries the same extra field twice`);
    seen.add(id);
    fields.push({ id, data: area.subarray(at + 4, at + 4 + length) });
    at += 4 + length;
  }
  return fields;
}

/**
 * Replaces each 32-bit value that is all ones by the next 8 bytes of the ZIP64 extra field, in
 * the spec's order (size, compressed size, local header offset).
 */
function applyZip64(values: number[], fields: ExtraField[], where: string): number[] {
  const zip64 = fields.find((field) => field.id === ZIP64_EXTRA)?.data;
  let at = 0;
  return values.map((value) => {
    if (value !== U32_MAX) return value;
    if (!zip64 || at + 8 > zip64.length) throw new ZipFormatError(`${where}: a size or offset is missing from its ZIP64 field`);
    const wide = u64(zip64, at);
    at += 8;
    return wide;
  });
}

export interface CentralRecord {
  versionMadeBy: number;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  diskStart: number;
  externalAttributes: number;
  localOffset: number;
  nameBytes: Uint8Array;
  extras: ExtraField[];
  /** Where the next record starts. */
  end: number;
}

/** One central directory record at `at`; `index` only names it in messages. */
export function parseCentralRecord(directory: Uint8Array, at: number, index: number): CentralRecord {
  const where = `The zip directory's record ${index + 1}`;
  if (at + 46 > directory.length) throw new ZipFormatError(`${where} is cut off (the directory is shorter than the count of entries says)`);
  if (u32(directory, at) !== SIG.central) throw new ZipFormatError(`${where} is damaged (no record signature)`);
  const nameLength = u16(directory, at + 28);
  const extraLength = u16(directory, at + 30);
  const commentLength = u16(directory, at + 32);
  const end = at + 46 + nameLength + extraLength + commentLength;
  if (end > directory.length) throw new ZipFormatError(`${where} runs past the end of the directory`);
  const extras = parseExtraFields(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), where);
  const [size, compressedSize, localOffset] = applyZip64([u32(directory, at + 24), u32(directory, at + 20), u32(directory, at + 42)], extras, where);
  return {
    versionMadeBy: u16(directory, at + 4),
    flags: u16(directory, at + 8),
    method: u16(directory, at + 10),
    crc32: u32(directory, at + 16),
    compressedSize: compressedSize!,
    size: size!,
    diskStart: u16(directory, at + 34),
    externalAttributes: u32(directory, at + 38),
    localOffset: localOffset!,
    nameBytes: directory.subarray(at + 46, at + 46 + nameLength),
    extras,
    end,
  };
}

export interface LocalHeader {
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  nameBytes: Uint8Array;
  extras: ExtraField[];
  /** Bytes from the header's start to the entry's data. */
  length: number;
}

export const LOCAL_FIXED = 30;

/** How long the whole local header is, from its fixed part. */
export function localHeaderLength(fixed: Uint8Array): number {
  return LOCAL_FIXED + u16(fixed, 26) + u16(fixed, 28);
}

/** Messages name no file: the caller attaches the entry's name. */
export function parseLocalHeader(bytes: Uint8Array): LocalHeader {
  if (bytes.length < LOCAL_FIXED || u32(bytes, 0) !== SIG.local) throw new ZipFormatError('has no valid local header');
  const nameLength = u16(bytes, 26);
  const length = LOCAL_FIXED + nameLength + u16(bytes, 28);
  if (bytes.length < length) throw new ZipFormatError('has a local header that is cut off');
  const extras = parseExtraFields(bytes.subarray(LOCAL_FIXED + nameLength, length), 'its local header');
  const [size, compressedSize] = applyZip64([u32(bytes, 22), u32(bytes, 18)], extras, 'its local header');
  return {
    flags: u16(bytes, 6),
    method: u16(bytes, 8),
    crc32: u32(bytes, 14),
    compressedSize: compressedSize!,
    size: size!,
    nameBytes: bytes.subarray(LOCAL_FIXED, LOCAL_FIXED + nameLength),
    extras,
    length,
  };
}

export interface DataDescriptor {
  crc32: number;
  compressedSize: number;
  size: number;
}

/**
 * A data descriptor (flag bit 3) follows the data: optional signature, CRC, then 4- or 8-byte
 * sizes. The four layouts have four different lengths, so the gap before the next entry says
 * which one it is, without guessing.
 */
export function parseDataDescriptor(bytes: Uint8Array): DataDescriptor | null {
  const signed = (bytes.length === 16 || bytes.length === 24) && u32(bytes, 0) === SIG.descriptor;
  if (!signed && bytes.length !== 12 && bytes.length !== 20) return null;
  const at = signed ? 4 : 0;
  const wide = bytes.length - at === 20;
  return {
    crc32: u32(bytes, at),
    compressedSize: wide ? u64(bytes, at + 4) : u32(bytes, at + 4),
    size: wide ? u64(bytes, at + 12) : u32(bytes, at + 8),
  };
}
