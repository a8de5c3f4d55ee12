/**
 * Reading benchmark: verifying a received bundle with the one zip reader (from a file handle, as
 * `preserve-verify` does, from a file-backed Blob as import does, and from bytes in memory) against the JSZip reader it replaced, on a
 * 1,000-capture / 500 MB bundle and on a 500 MB deflate bomb of ~0.5 MB. Each run is its own
 * child process, so peak-RSS deltas are clean.
 *
 *   npx tsx scripts/bench-read.ts [--runs 3] [--out bench-read.json]
 * Children: --child <mode> <zip path>.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { buildBundle } from '../src/bundle/build-bundle';
import { crc32 } from '../src/bundle/crc32';
import { withDefaults } from '../src/bundle/limits';
import { openBundle } from '../src/bundle/read-bundle';
import { signerFromKeyPair } from '../src/bundle/signing';
import { verifyBundle } from '../src/bundle/verify-bundle';
import { fileHandleSource } from '../src/bundle/zip-source';
import { sha256Bytes } from '../src/shared/hash';
import type { ArtifactRef, CaptureRecord } from '../src/shared/types';
import { benchCapture } from './bench-captures';
import type { BenchEntry } from './bench-stats';

const MB = 1024 * 1024;
interface ChildResult {
  ms: number;
  peakExtraMB: number;
  outcome: string;
}

async function makeBundle(path: string, count: number, size: number): Promise<void> {
  const pool = new Uint8Array(64 * MB);
  for (let at = 0; at < pool.length; at += 65536) crypto.getRandomValues(pool.subarray(at, at + 65536));
  const bytesOf = (i: number) => pool.slice((i * 7919 * 64) % (pool.length - size), ((i * 7919 * 64) % (pool.length - size)) + size);
  const captures: CaptureRecord[] = [];
  for (let i = 0; i < count; i++) {
    const artifact: ArtifactRef = {
      id: `a${i}`,
      kind: 'screenshot',
      name: 'screenshot.png',
      mediaType: 'image/png',
      size,
      sha256: await sha256Bytes(bytesOf(i)),
    };
    captures.push(benchCapture(i, artifact, captures[i - 1]?.recordHash ?? null));
  }
  const signer = await signerFromKeyPair(await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']));
  const { stream } = buildBundle({
    caseRecord: {
      id: 'case',
      title: 'Bench',
      createdAt: '2026-01-01T00:00:00.000Z',
      headHash: captures.at(-1)!.recordHash,
      captureCount: count,
      isDefault: false,
    },
    captures,
    incidents: [],
    notes: [],
    requests: [],
    trackerEvents: [],
    letters: [],
    copy: 'legal',
    signer,
    now: () => new Date(),
    softwareVersion: '0.1.0',
    readArtifact: async (captureId) => bytesOf(Number(captureId.slice(1))),
  });
  await stream.pipeTo(Writable.toWeb(createWriteStream(path)) as WritableStream<Uint8Array>);
}

/** One entry of 500 MB of zeros, deflated to ~0.5 MB, declared honestly: within the old limits. */
function makeBomb(path: string): void {
  const zeros = new Uint8Array(500 * MB);
  const data = deflateRawSync(zeros, { level: 9 });
  const name = new TextEncoder().encode('bomb.bin');
  const local = new DataView(new ArrayBuffer(30));
  const central = new DataView(new ArrayBuffer(46));
  const end = new DataView(new ArrayBuffer(22));
  const crc = crc32(zeros);
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, zeros.length, true);
  local.setUint16(26, name.length, true);
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 0x031e, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, zeros.length, true);
  central.setUint16(28, name.length, true);
  central.setUint32(38, (0o100644 << 16) >>> 0, true);
  const directoryOffset = 30 + name.length + data.length;
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + name.length, true);
  end.setUint32(16, directoryOffset, true);
  writeFileSync(path, Buffer.concat([new Uint8Array(local.buffer), name, data, new Uint8Array(central.buffer), name, new Uint8Array(end.buffer)]));
}

function sampler() {
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  return () => {
    clearInterval(timer);
    return (Math.max(peak, process.memoryUsage.rss()) - base) / MB;
  };
}

/** What the verifier did before: JSZip over the whole zip in memory, every entry read whole and hashed. */
async function jszipRead(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let files = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    await sha256Bytes(await file.async('uint8array'));
    files++;
  }
  return `read ${files} files`;
}

async function child(mode: string, path: string): Promise<ChildResult> {
  const stop = sampler();
  const started = performance.now();
  let outcome: string;
  if (mode === 'jszip') outcome = await jszipRead(path).catch((error: Error) => `failed: ${error.message}`);
  else if (mode === 'bytes') outcome = summarise(await verifyBundle(readFileSync(path)));
  // As import does with the File the person picked: a file-backed Blob, hashed with the JS SHA-256.
  else if (mode === 'blob') outcome = summarise(await verifyBundle(await openAsBlob(path)));
  else if (mode === 'stream-hash') {
    // The bomb with the ratio cap lifted: what streaming alone bounds, for an artifact hashed in pieces.
    const handle = await open(path);
    const { reader, problems } = await openBundle(fileHandleSource(handle, (await handle.stat()).size), withDefaults({ maxRatio: Infinity }));
    outcome = reader ? `hashed ${(await reader.hash(reader.paths[0]!)).slice(0, 12)}…` : problems[0]!.message;
    await handle.close();
  } else {
    const handle = await open(path);
    const size = (await handle.stat()).size;
    const sha256 = async () => {
      const hash = createHash('sha256');
      for await (const chunk of handle.createReadStream({ start: 0, autoClose: false })) hash.update(chunk);
      return hash.digest('hex');
    };
    outcome = summarise(await verifyBundle({ ...fileHandleSource(handle, size), sha256 }));
    await handle.close();
  }
  return { ms: performance.now() - started, peakExtraMB: stop(), outcome };
}

function summarise(result: Awaited<ReturnType<typeof verifyBundle>>): string {
  return result.ok ? `OK, ${result.summary.fileCount} files` : `refused: ${result.problems[0]?.message.slice(0, 90)}`;
}

function runChild(mode: string, path: string): ChildResult {
  const tsx = resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs');
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', tsx, import.meta.filename, '--child', mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

const median = (values: number[]) => +[...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!.toFixed(1);

export async function runReadBench({ runs = 3 } = {}): Promise<BenchEntry[]> {
  const dir = mkdtempSync(join(tmpdir(), 'preserve-bench-read-'));
  try {
    const bundle = join(dir, 'bundle.zip');
    const bomb = join(dir, 'bomb.zip');
    await makeBundle(bundle, 1000, 500_000);
    makeBomb(bomb);
    const entries: BenchEntry[] = [];
    for (const [label, path, modes] of [
      ['500MB', bundle, ['file', 'blob', 'bytes', 'jszip']],
      ['bomb', bomb, ['file', 'stream-hash', 'jszip']],
    ] as const) {
      for (const mode of modes) {
        const results = Array.from({ length: runs }, () => runChild(mode, path));
        console.error(`${label} ${mode}: ${results[0]!.outcome}`);
        const ms = results.map((r) => r.ms);
        const mem = results.map((r) => r.peakExtraMB);
        entries.push(
          { name: `read.${label}.${mode}.time`, unit: 'ms', median: median(ms), p95: Math.max(...ms) },
          { name: `read.${label}.${mode}.extra-memory`, unit: 'MB', median: median(mem), p95: Math.max(...mem) },
        );
      }
    }
    return entries;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  console.log(JSON.stringify(await child(args[1] ?? '', args[2] ?? '')));
} else if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const out = (args.includes('--out') && args[args.indexOf('--out') + 1]) || 'bench-read.json';
  const entries = await runReadBench({ runs });
  console.table(entries);
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
}
