import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src/bundle/crc32';
import type { ZipSource } from '../../../src/bundle/zip-source';

/**
 * Builds zips byte by byte, with every field a hostile writer could set wrong open to override:
 * what the reader tests need and what no zip library will produce.
 */
export interface ForgedEntry {
  name: string | Uint8Array;
  content?: Uint8Array | string;
  deflate?: boolean;
  /** The bytes stored in the archive, when they should not be `content` (deflated). */
  data?: Uint8Array;
  method?: number;
  flags?: number;
  crc?: number;
  size?: number;
  compressedSize?: number;
  /** High byte: the host (3 Unix, 0 DOS). */
  versionMadeBy?: number;
  externalAttributes?: number;
  centralExtra?: Uint8Array;
  localExtra?: Uint8Array;
  local?: { name?: string; flags?: number; method?: number; crc?: number; size?: number; compressedSize?: number };
  /** Written after the data when flag bit 3 is set; 'none' leaves it out. */
  descriptor?: 'signed' | 'unsigned' | 'signed64' | 'unsigned64' | 'none';
  descriptorCrc?: number;
  /** Bytes written after this entry (and its descriptor) that belong to no entry. */
  trailing?: Uint8Array;
  /** Point the directory record at another entry's local header (by index). */
  sharesLocalHeaderOf?: number;
  /** Leave the local header and data out: only a directory record (pointing at sharesLocalHeaderOf). */
  directoryOnly?: boolean;
}

export interface ForgeOptions {
  prefix?: Uint8Array;
  /** The last N directory records are written but not counted in the end record. */
  uncounted?: number;
  /** The uncounted records are also left out of the declared directory size. */
  uncountedOutsideSize?: boolean;
  directorySizeDelta?: number;
  directoryOffsetDelta?: number;
  comment?: Uint8Array;
  commentLengthDelta?: number;
  zip64?: boolean;
  /** With zip64: the classic end record's entry count, instead of 0xffff ("see ZIP64"). */
  classicEntries?: number;
  /** Bytes between the directory and the end records. */
  beforeEnd?: Uint8Array;
}

const UNIX_FILE = 0o100644 << 16;
const enc = (value: string | Uint8Array) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);

class Writer {
  parts: Uint8Array[] = [];
  length = 0;
  bytes(value: Uint8Array) {
    this.parts.push(value);
    this.length += value.length;
  }
  u16(value: number) {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }
  u32(value: number) {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, value >>> 0, true);
    this.bytes(out);
  }
  u64(value: number) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, BigInt(value), true);
    this.bytes(out);
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

export function forgeZip(entries: ForgedEntry[], options: ForgeOptions = {}): Uint8Array {
  const w = new Writer();
  if (options.prefix) w.bytes(options.prefix);
  const facts = entries.map((entry) => {
    const content = enc(entry.content ?? '');
    const data = entry.data ?? (entry.deflate ? new Uint8Array(deflateRawSync(content)) : content);
    const method = entry.method ?? (entry.deflate ? 8 : 0);
    const flags = entry.flags ?? (entry.descriptor && entry.descriptor !== 'none' ? 0x0808 : 0x0800);
    return {
      entry,
      name: enc(entry.name),
      data,
      method,
      flags,
      crc: entry.crc ?? crc32(content),
      size: entry.size ?? content.length,
      compressedSize: entry.compressedSize ?? data.length,
      offset: 0,
    };
  });
  for (const f of facts) {
    if (f.entry.directoryOnly) continue;
    f.offset = w.length;
    const local = f.entry.local ?? {};
    const deferred = (f.flags & 8) !== 0;
    const localExtra = f.entry.localExtra ?? new Uint8Array();
    w.u32(0x04034b50);
    w.u16(20);
    w.u16(local.flags ?? f.flags);
    w.u16(local.method ?? f.method);
    w.u16(0);
    w.u16(0x21);
    w.u32(local.crc ?? (deferred ? 0 : f.crc));
    w.u32(local.compressedSize ?? (deferred ? 0 : f.compressedSize));
    w.u32(local.size ?? (deferred ? 0 : f.size));
    const localName = local.name !== undefined ? enc(local.name) : f.name;
    w.u16(localName.length);
    w.u16(localExtra.length);
    w.bytes(localName);
    w.bytes(localExtra);
    w.bytes(f.data);
    const descriptor = f.entry.descriptor;
    if (deferred && descriptor && descriptor !== 'none') {
      if (descriptor.startsWith('signed')) w.u32(0x08074b50);
      w.u32(f.entry.descriptorCrc ?? f.crc);
      const size = descriptor.endsWith('64') ? w.u64.bind(w) : w.u32.bind(w);
      size(f.compressedSize);
      size(f.size);
    }
    if (f.entry.trailing) w.bytes(f.entry.trailing);
  }
  for (const f of facts) if (f.entry.sharesLocalHeaderOf !== undefined) f.offset = facts[f.entry.sharesLocalHeaderOf]!.offset;
  const directoryOffset = w.length;
  const counted = entries.length - (options.uncounted ?? 0);
  let countedSize = 0;
  for (const [index, f] of facts.entries()) {
    const extra = f.entry.centralExtra ?? new Uint8Array();
    w.u32(0x02014b50);
    w.u16(f.entry.versionMadeBy ?? 0x031e);
    w.u16(20);
    w.u16(f.flags);
    w.u16(f.method);
    w.u16(0);
    w.u16(0x21);
    w.u32(f.crc);
    w.u32(f.compressedSize);
    w.u32(f.size);
    w.u16(f.name.length);
    w.u16(extra.length);
    w.u16(0);
    w.u16(0);
    w.u16(0);
    w.u32(f.entry.externalAttributes ?? UNIX_FILE);
    w.u32(f.offset);
    w.bytes(f.name);
    w.bytes(extra);
    if (index === counted - 1) countedSize = w.length - directoryOffset;
  }
  const fullSize = w.length - directoryOffset;
  if (options.beforeEnd) w.bytes(options.beforeEnd);
  const size = (options.uncountedOutsideSize ? countedSize : fullSize) + (options.directorySizeDelta ?? 0);
  const offset = directoryOffset + (options.directoryOffsetDelta ?? 0);
  if (options.zip64) {
    const at = w.length;
    w.u32(0x06064b50);
    w.u64(44);
    w.u16(45);
    w.u16(45);
    w.u32(0);
    w.u32(0);
    w.u64(counted);
    w.u64(counted);
    w.u64(size);
    w.u64(offset);
    w.u32(0x07064b50);
    w.u32(0);
    w.u64(at);
    w.u32(1);
  }
  const comment = options.comment ?? new Uint8Array();
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(options.zip64 ? (options.classicEntries ?? 0xffff) : counted);
  w.u16(options.zip64 ? (options.classicEntries ?? 0xffff) : counted);
  w.u32(options.zip64 ? 0xffffffff : size);
  w.u32(options.zip64 ? 0xffffffff : offset);
  w.u16(comment.length + (options.commentLengthDelta ?? 0));
  w.bytes(comment);
  return w.done();
}

/** An extra field: id, length, data. */
export function extraField(id: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + data.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, id, true);
  view.setUint16(2, data.length, true);
  out.set(data, 4);
  return out;
}

/** A source that records the length of every read it serves. */
export function recording(source: ZipSource, lengths: number[]): ZipSource {
  return {
    size: source.size,
    read: (offset, length) => {
      lengths.push(length);
      return source.read(offset, length);
    },
  };
}

export const UNIX_SYMLINK = 0o120777 << 16;
export const UNIX_FIFO = 0o010644 << 16;
