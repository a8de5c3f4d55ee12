import { createHash } from 'node:crypto';
import { open as openFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/bundle/crc32';
import { withDefaults, type BundleLimits } from '../../../src/bundle/limits';
import { LimitExceeded, openBundle, ZipEntryError } from '../../../src/bundle/read-bundle';
import { blobSource, bytesSource, fileHandleSource, type ZipSource } from '../../../src/bundle/zip-source';
import { extraField, forgeZip, recording, UNIX_FIFO, UNIX_SYMLINK, type ForgedEntry } from './zip-forge';
import { withTempDir } from './zip-tools';

async function refusals(zip: Uint8Array | ZipSource, limits: Partial<BundleLimits> = {}) {
  const { reader, problems } = await openBundle(zip, withDefaults(limits));
  expect(reader === undefined).toBe(problems.length > 0);
  return problems;
}

async function opened(zip: Uint8Array | ZipSource | Blob, limits: Partial<BundleLimits> = {}) {
  const { reader, problems } = await openBundle(zip, withDefaults(limits));
  expect(problems).toEqual([]);
  return reader!;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const file = (name: string, content = `content of ${name}`, extra: Partial<ForgedEntry> = {}): ForgedEntry => ({ name, content, ...extra });

describe('one zip reader: what it accepts', () => {
  it('reads stored and deflated entries, with and without data descriptors, as unzip would', async () => {
    const long = 'evidence '.repeat(5000);
    const zip = forgeZip([
      file('a.txt'),
      file('b/deflated.txt', long, { deflate: true }),
      file('c/signed.txt', 'with a signed descriptor', { descriptor: 'signed' }),
      file('c/unsigned.txt', 'with an unsigned descriptor', { descriptor: 'unsigned', deflate: true }),
      file('c/wide.txt', 'with a ZIP64 descriptor', { descriptor: 'signed64' }),
    ]);
    const reader = await opened(zip);
    expect(reader.paths).toEqual(['a.txt', 'b/deflated.txt', 'c/signed.txt', 'c/unsigned.txt', 'c/wide.txt']);
    expect(text(await reader.read('b/deflated.txt'))).toBe(long);
    expect(text(await reader.read('c/unsigned.txt'))).toBe('with an unsigned descriptor');
    const chunks: Uint8Array[] = [];
    for await (const chunk of reader.stream('b/deflated.txt')) chunks.push(chunk);
    expect(text(Buffer.concat(chunks))).toBe(long);
    expect(await reader.hash('c/wide.txt')).toBe(sha256(new TextEncoder().encode('with a ZIP64 descriptor')));
    expect(reader.entry('b/deflated.txt')).toMatchObject({ method: 8, size: long.length });
  });

  it('reads a ZIP64 end record, and a comment after the end record', async () => {
    const zip = forgeZip([file('a.txt'), file('b.txt')], { zip64: true, comment: new TextEncoder().encode('a comment') });
    expect((await opened(zip)).paths).toEqual(['a.txt', 'b.txt']);
  });

  it('reads the same zip from a Blob and from a file handle, a few MB at a time', async () => {
    const big = new Uint8Array(20 * 1024 * 1024).map((_, i) => (i * 7919) & 0xff);
    const zip = forgeZip([file('small.txt'), { name: 'big.bin', content: big }]);
    const fromBlob = await opened(new Blob([zip as Uint8Array<ArrayBuffer>]));
    expect(await fromBlob.hash('big.bin')).toBe(sha256(big));
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'b.zip'), zip);
      const handle = await openFile(join(dir, 'b.zip'));
      try {
        const reads: number[] = [];
        const source = fileHandleSource(handle, zip.length);
        const reader = await opened(recording(source, reads));
        expect(text(await reader.read('small.txt'))).toBe('content of small.txt');
        expect(await reader.hash('big.bin')).toBe(sha256(big));
        expect(Math.max(...reads)).toBeLessThanOrEqual(4 * 1024 * 1024);
      } finally {
        await handle.close();
      }
    });
  });
});

describe('crc32', () => {
  it('matches zlib, whole and continued across uneven chunks', () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 31 + (i >> 7)) & 0xff);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    let running = 0;
    for (let at = 0; at < bytes.length; at += 4093) running = crc32(bytes.subarray(at, at + 4093), running);
    expect(running).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('one zip reader: the two attacks from issue #8', () => {
  it('refuses a second directory record for report.html after the declared count', async () => {
    const zip = forgeZip([file('manifest.json', '{}'), file('report.html', '<p>genuine</p>'), file('report.html', '<p>forged</p>')], { uncounted: 1 });
    expect(await refusals(zip)).toEqual([
      { message: 'The zip directory holds more than the 2 records its end record declares; other tools would read the extra ones.' },
    ]);
  });

  it('refuses a shortened directory size that hides a symlink record from the count', async () => {
    const link = { name: 'captures/link', content: '../../../../home/someone/.ssh', externalAttributes: UNIX_SYMLINK };
    const zip = forgeZip([file('manifest.json', '{}'), link], { uncounted: 1, uncountedOutsideSize: true });
    const problems = await refusals(zip);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^The zip directory does not end where the end-of-archive record begins \(offset \d+ \+ size \d+ ≠ \d+\)/);
  });

  it('names the symlink when it is counted, whatever host the record claims', async () => {
    for (const versionMadeBy of [0x031e, 0x0014, 0x0a14]) {
      const zip = forgeZip([file('a.txt'), { name: 'link', content: '/etc/passwd', externalAttributes: UNIX_SYMLINK, versionMadeBy }]);
      expect(await refusals(zip)).toEqual([{ file: 'link', message: 'is a symbolic link' }]);
    }
  });
});

describe('one zip reader: names', () => {
  it.each([
    [['a.txt', 'a.txt'], { file: 'a.txt', message: 'appears twice in the zip' }],
    [['Report.html', 'report.html'], { file: 'report.html', message: 'has the same name as Report.html on case-insensitive disks' }],
    [['captures', 'captures/x.png'], { file: 'captures', message: 'is both a file and a folder' }],
    [['../evil.txt'], { file: '../evil.txt', message: 'unsafe path (parent-directory (..) segment)' }],
  ])('refuses %j', async (names, problem) => {
    expect(await refusals(forgeZip(names.map((name) => file(name))))).toContainEqual(problem);
  });

  it('refuses a name readers would decode differently, or not at all', async () => {
    const latin = new Uint8Array([0x72, 0xe9, 0x2e, 0x74]); // "ré.t" in Latin-1, not UTF-8
    expect(await refusals(forgeZip([{ name: latin, content: 'x' }]))).toEqual([{ file: 'r\ufffd.t', message: 'has a name that is not valid UTF-8' }]);
    const utf8 = new TextEncoder().encode('é.txt');
    expect(await refusals(forgeZip([{ name: utf8, content: 'x', flags: 0 }]))).toEqual([
      { file: 'é.txt', message: 'has a non-ASCII name without the UTF-8 flag, which other tools would read differently' },
    ]);
    expect((await opened(forgeZip([{ name: utf8, content: 'x' }]))).paths).toEqual(['é.txt']);
  });

  it('refuses a second, Unicode name in an extra field', async () => {
    const zip = forgeZip([file('a.txt', 'x', { centralExtra: extraField(0x7075, new Uint8Array([1, 0, 0, 0, 0, 0x62])) })]);
    expect(await refusals(zip)).toEqual([{ file: 'a.txt', message: 'carries a second, Unicode name; refused' }]);
  });
});

describe('one zip reader: what an entry may be', () => {
  it.each([
    ['a FIFO', { externalAttributes: UNIX_FIFO }, 'is not a regular file (file type 010000)'],
    ['a DOS volume label', { versionMadeBy: 0x0014, externalAttributes: 0x08 }, 'is marked as a disk volume label'],
    ['a DOS folder named like a file', { versionMadeBy: 0x0014, externalAttributes: 0x10 }, 'is marked as a folder but named like a file'],
    ['encrypted', { flags: 0x0801 }, 'is encrypted'],
    ['AES-encrypted (method 99)', { method: 99 }, 'is encrypted'],
    ['bzip2 (method 12)', { method: 12 }, 'uses an unsupported compression method (12)'],
    ['stored with two sizes', { size: 3 }, 'is stored uncompressed, but its two sizes differ'],
  ] as const)('refuses an entry that is %s', async (_, extra, message) => {
    expect(await refusals(forgeZip([file('a.txt'), file('b.txt', 'bytes', extra)]))).toEqual([{ file: 'b.txt', message }]);
  });

  it('accepts a DOS-made regular file and a folder entry', async () => {
    const zip = forgeZip([
      { name: 'dir/', externalAttributes: (0o040755 << 16) | 0x10 },
      file('dir/a.txt', 'x', { versionMadeBy: 0x0014, externalAttributes: 0x20 }),
    ]);
    expect((await opened(zip)).paths).toEqual(['dir/a.txt']);
  });
});

describe('one zip reader: the archive is exactly its entries', () => {
  it('refuses bytes before the first entry (a second archive could hide there)', async () => {
    const zip = forgeZip([file('a.txt')], { prefix: new Uint8Array(10) });
    expect(await refusals(zip)).toEqual([{ message: 'The zip has 10 bytes before its first entry, which other tools may read as another archive.' }]);
  });

  it('refuses bytes between entries and between the directory and the end record', async () => {
    expect(await refusals(forgeZip([file('a.txt', 'x', { trailing: new Uint8Array(5) }), file('b.txt')]))).toEqual([
      { file: 'a.txt', message: 'is followed by 5 bytes that belong to no entry' },
    ]);
    expect((await refusals(forgeZip([file('a.txt')], { beforeEnd: new Uint8Array(7) })))[0]!.message).toMatch(/^The zip directory does not end where/);
  });

  it('refuses entries that share or overlap bytes (the densest zip bombs)', async () => {
    const zip = forgeZip([file('a.txt', 'shared bytes'), file('b.txt', 'shared bytes', { sharesLocalHeaderOf: 0, directoryOnly: true })]);
    const problems = await refusals(zip);
    expect(problems.some((problem) => /overlaps (a|b)\.txt/.test(problem.message))).toBe(true);
  });

  it('refuses an entry whose data runs into the directory', async () => {
    const zip = forgeZip([file('a.txt', 'short', { compressedSize: 40, size: 40, data: new TextEncoder().encode('short') })]);
    expect(await refusals(zip)).toEqual([{ file: 'a.txt', message: 'overlaps the zip directory' }]);
  });

  it.each([
    ['name', { name: 'b.txt' }, 'has a different name in its local header'],
    ['size', { size: 2 }, 'has a different size or CRC in its local header'],
    ['CRC', { crc: 1 }, 'has a different size or CRC in its local header'],
    ['method', { method: 8 }, 'has different flags or compression in its local header'],
  ] as const)('refuses a local header whose %s disagrees with the directory', async (_, local, message) => {
    expect(await refusals(forgeZip([file('a.txt', 'x', { local })]))).toContainEqual({ file: 'a.txt', message });
  });

  it('checks data descriptors against the directory', async () => {
    expect(await refusals(forgeZip([file('a.txt', 'x', { descriptor: 'signed', descriptorCrc: 7 }), file('b.txt')]))).toEqual([
      { file: 'a.txt', message: 'has a data descriptor that disagrees with the zip directory' },
    ]);
    expect(await refusals(forgeZip([file('a.txt', 'x', { descriptor: 'none', flags: 0x0808 }), file('b.txt')]))).toEqual([
      { file: 'a.txt', message: 'has no data descriptor, though its flags say it has one' },
    ]);
  });

  it('refuses a ZIP64 end record that disagrees with the classic one', async () => {
    expect(await refusals(forgeZip([file('a.txt'), file('b.txt')], { zip64: true, classicEntries: 1 }))).toEqual([
      { message: 'The end-of-archive record and the ZIP64 end record disagree.' },
    ]);
  });
});

describe('one zip reader: damaged and garbage input is refused by name, never a stack trace', () => {
  const good = () => forgeZip([file('a.txt'), file('b.txt')]);
  it.each([
    ['garbage', () => new TextEncoder().encode('hello, not a zip at all'), 'This is not a zip file (no end-of-archive record).'],
    ['an empty file', () => new Uint8Array(), 'This is not a zip file (no end-of-archive record).'],
    [
      'a comment length past the end',
      () => forgeZip([file('a.txt')], { commentLengthDelta: 5 }),
      'The end-of-archive record is damaged: its comment does not reach the end of the file.',
    ],
    [
      'an extra field longer than its record',
      () => forgeZip([file('a.txt', 'x', { centralExtra: new Uint8Array([0x99, 0x99, 0xff, 0x00, 1, 2]) })]),
      "The zip directory's record 1: an extra field is longer than its record",
    ],
    [
      'an extra field cut off',
      () => forgeZip([file('a.txt', 'x', { centralExtra: new Uint8Array([0x99, 0x99]) })]),
      "The zip directory's record 1: an extra field is cut off",
    ],
    [
      'a ZIP64 size with no ZIP64 field',
      () => forgeZip([file('a.txt', 'x', { size: 0xffffffff, compressedSize: 0xffffffff })]),
      "The zip directory's record 1: a size or offset is missing from its ZIP64 field",
    ],
    [
      'a directory cut short',
      () => forgeZip([file('a.txt')], { directorySizeDelta: -10, directoryOffsetDelta: 10 }),
      "The zip directory's record 1 is cut off (the directory is shorter than the count of entries says)",
    ],
    [
      'a directory record whose signature is wrong',
      () => forgeZip([file('a.txt'), file('b.txt')], { directorySizeDelta: -2, directoryOffsetDelta: 2 }),
      "The zip directory's record 1 is damaged (no record signature)",
    ],
  ])('%s', async (_, make, message) => {
    expect(await refusals(make())).toEqual([{ message }]);
  });

  it('a truncated file, cut anywhere', async () => {
    const zip = good();
    for (let cut = 1; cut < zip.length; cut += 7) {
      const problems = await refusals(zip.subarray(0, cut));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.message).not.toMatch(/TypeError|RangeError|undefined|NaN/);
    }
  });

  it('a local header extra field that runs past its header', async () => {
    const zip = forgeZip([file('a.txt', 'x', { localExtra: new Uint8Array([0x99, 0x99, 0x40, 0x00]) }), file('b.txt')]);
    expect(await refusals(zip)).toEqual([{ file: 'a.txt', message: 'its local header: an extra field is longer than its record' }]);
  });
});

describe('one zip reader: zip bombs', () => {
  const zeros = (mib: number) => new Uint8Array(mib * 1024 * 1024);

  it('refuses an entry that expands more than 100 times, before inflating anything', async () => {
    const zip = forgeZip([file('a.txt'), { name: 'bomb.bin', content: zeros(20), deflate: true }]);
    expect(zip.length).toBeLessThan(40_000);
    const [problem] = await refusals(zip);
    expect(problem).toEqual({
      file: 'bomb.bin',
      message: expect.stringMatching(/^expands to 20971520 bytes from \d+, more than 100 times its compressed size \(zip bomb\?\)$/),
    });
  });

  it('refuses a zip whose small entries together expand more than 100 times its size', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `part-${i}.bin`, content: zeros(1), deflate: true }));
    expect(await refusals(forgeZip(entries))).toEqual([
      { message: expect.stringMatching(/^The zip expands to 31457280 bytes, more than 100 times its own size \(zip bomb\?\)\.$/) },
    ]);
  });

  it('stops inflating an entry whose directory lies about its size, after at most a few MB', async () => {
    const bomb = deflateRawSync(zeros(64));
    const zip = forgeZip([{ name: 'bomb.bin', data: bomb, method: 8, size: 1000, crc: crc32(zeros(64)) }]);
    const reader = await opened(zip);
    let seen = 0;
    const error = await (async () => {
      for await (const chunk of reader.stream('bomb.bin')) seen += chunk.length;
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LimitExceeded);
    expect((error as Error).message).toBe('bomb.bin expands beyond its declared size or the limits');
    expect(seen).toBeLessThanOrEqual(1000);
    await expect(reader.read('bomb.bin')).rejects.toThrow(LimitExceeded);
    await expect(reader.hash('bomb.bin')).rejects.toThrow(LimitExceeded);
  });

  it('refuses a file bigger than the caller allows, before reading it', async () => {
    const reads: number[] = [];
    const zip = forgeZip([file('manifest.json', `{"a":"${'x'.repeat(5000)}"}`)]);
    const reader = await opened(recording(bytesSource(zip), reads));
    const before = reads.length;
    await expect(reader.read('manifest.json', { maxBytes: 1000 })).rejects.toThrow('manifest.json is 5008 bytes, more than the limit of 1000 for this file');
    expect(reads.length).toBe(before);
    expect((await reader.read('manifest.json', { maxBytes: 10_000 })).length).toBe(5008);
  });
});

describe('one zip reader: reads check what the directory promised', () => {
  it('names an entry whose CRC-32 is wrong, in read, stream and hash', async () => {
    const zip = forgeZip([
      file('a.txt', 'x', { crc: 1234, local: { crc: 1234 } }),
      file('b.txt', 'long enough to deflate '.repeat(20), { deflate: true, crc: 99, local: { crc: 99 } }),
    ]);
    const reader = await opened(zip);
    for (const path of ['a.txt', 'b.txt']) {
      await expect(reader.read(path)).rejects.toThrow(`${path} is damaged: its CRC-32 does not match the zip directory`);
      await expect(reader.hash(path)).rejects.toThrow(ZipEntryError);
    }
  });

  it('names a deflated entry that is shorter than declared, or not deflate at all', async () => {
    const content = 'some text that deflates '.repeat(50);
    const short = forgeZip([{ name: 'a.txt', content, deflate: true, size: content.length + 10 }]);
    await expect((await opened(short)).read('a.txt')).rejects.toThrow(`a.txt is shorter than declared (${content.length} of ${content.length + 10} bytes)`);
    const garbage = forgeZip([{ name: 'a.txt', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8, size: 4 }]);
    await expect((await opened(garbage)).read('a.txt')).rejects.toThrow();
  });

  it('refuses a file that changes size while it is read', async () => {
    const zip = forgeZip([file('a.txt'), file('b.txt', 'x'.repeat(100))]);
    let cut = false;
    const reader = await opened({ size: zip.length, read: async (offset, length) => zip.subarray(offset, cut ? offset + 1 : offset + length) });
    cut = true;
    await expect(reader.read('b.txt')).rejects.toThrow('The zip file changed or was cut off while it was being read.');
  });

  it('names a path that is not there', async () => {
    const reader = await opened(forgeZip([file('a.txt')]));
    await expect(reader.read('b.txt')).rejects.toThrow('b.txt is not in the bundle');
    expect(reader.entry('b.txt')).toBeUndefined();
  });

  it('reads a Blob source lazily: never the whole zip at once', async () => {
    const zip = forgeZip([file('a.txt'), { name: 'big.bin', content: new Uint8Array(6 * 1024 * 1024) }]);
    const blob = blobSource(new Blob([zip as Uint8Array<ArrayBuffer>]));
    const lengths: number[] = [];
    const reader = await opened(recording(blob, lengths));
    await reader.hash('a.txt');
    expect(Math.max(...lengths)).toBeLessThan(zip.length);
  });
});
