/**
 * Export benchmark: the streaming bundle builder (client-zip) against a JSZip baseline on the same
 * incompressible data, each in its own child process so peak-RSS deltas are clean, plus a
 * 5 GB / 70,000-file ZIP64 bundle streamed to disk and checked with `unzip -t`.
 *
 *   npx tsx scripts/bench-export.ts [--quick] [--runs 3] [--out bench-export.json]
 * --quick (or BENCH_QUICK=1) skips the 5 GB run. Children: --child stream|jszip|zip64 <count> <bytes>.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { buildBundle } from '../src/bundle/build-bundle';
import { signerFromKeyPair } from '../src/bundle/signing';
import { sha256Bytes } from '../src/shared/hash';
import type { ArtifactRef, CaptureRecord, CaseRecord } from '../src/shared/types';
import { benchCapture } from './bench-captures';

import type { BenchEntry } from './bench-stats';
interface ChildResult {
  ms: number;
  peakExtraMB: number;
  maxBlockMs: number;
  zipBytes: number;
  unzipOk?: boolean;
  unzipMs?: number;
}

const MB = 1024 * 1024;
const POOL = randomPool(64 * MB);

function randomPool(size: number): Uint8Array {
  const pool = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(pool.subarray(at, at + 65536));
  return pool;
}

/** Image-like (incompressible) bytes made on demand, as an export reads them one by one from IndexedDB. */
function artifactBytes(index: number, size: number): Uint8Array {
  const start = (index * 7919 * 64) % (POOL.length - size);
  const bytes = POOL.slice(start, start + size);
  new DataView(bytes.buffer).setUint32(0, index);
  return bytes;
}

async function fixture(count: number, size: number) {
  const captures: CaptureRecord[] = [];
  let prevHash: string | null = null;
  for (let i = 0; i < count; i++) {
    const bytes = artifactBytes(i, size);
    const artifact: ArtifactRef = { id: `a${i}`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size, sha256: await sha256Bytes(bytes) };
    const record = benchCapture(i, artifact, prevHash);
    captures.push(record);
    prevHash = record.recordHash;
  }
  const caseRecord: CaseRecord = {
    id: 'case',
    title: 'Bench',
    createdAt: '2026-01-01T00:00:00.000Z',
    headHash: prevHash,
    captureCount: count,
    isDefault: false,
  };
  return { caseRecord, captures };
}

function sampler() {
  const base = process.memoryUsage.rss();
  let peak = base;
  let last = performance.now();
  let maxBlock = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxBlock = Math.max(maxBlock, now - last - 5);
    last = now;
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakExtraMB: (peak - base) / MB, maxBlockMs: maxBlock };
    },
  };
}

async function child(mode: string, count: number, size: number): Promise<ChildResult> {
  const data = await fixture(count, size);
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const signer = await signerFromKeyPair(pair);
  const file = join(tmpdir(), `preserve-bench-${process.pid}.zip`);
  const sample = sampler();
  const started = performance.now();
  let zipBytes = 0;
  if (mode === 'jszip') {
    const zip = new JSZip();
    for (const [i, capture] of data.captures.entries()) zip.file(`captures/${capture.seq}/screenshot.png`, artifactBytes(i, size));
    const out = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    writeFileSync(file, out);
    zipBytes = out.length;
  } else {
    const { stream } = buildBundle({
      ...data,
      incidents: [],
      notes: [],
      requests: [],
      trackerEvents: [],
      letters: [],
      copy: 'legal',
      signer,
      now: () => new Date(),
      softwareVersion: 'bench',
      readArtifact: async (captureId) => artifactBytes(Number(captureId.slice(1)), size),
    });
    const sink = Writable.toWeb(createWriteStream(file)) as WritableStream<Uint8Array>;
    await stream
      .pipeThrough(
        new TransformStream({
          transform: (chunk, controller) => {
            zipBytes += chunk.length;
            controller.enqueue(chunk);
          },
        }),
      )
      .pipeTo(sink);
  }
  const ms = performance.now() - started;
  const result: ChildResult = { ms, zipBytes, ...sample.stop() };
  if (mode === 'zip64') {
    const t = performance.now();
    try {
      result.unzipOk = /No errors detected/.test(execFileSync('unzip', ['-tqq', file], { encoding: 'utf8', maxBuffer: 1 << 30 }) || 'No errors detected');
    } catch {
      result.unzipOk = false;
    }
    result.unzipMs = performance.now() - t;
  }
  rmSync(file, { force: true });
  return result;
}

function runChild(mode: string, count: number, size: number): ChildResult {
  const tsx = resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs');
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', tsx, import.meta.filename, '--child', mode, String(count), String(size)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)] ?? Number.NaN;
const entry = (name: string, unit: string, values: number[], baseline?: number[]): BenchEntry => {
  const median = +pct(values, 0.5).toFixed(1);
  const base = baseline && +pct(baseline, 0.5).toFixed(1);
  return { name, unit, median, p95: +pct(values, 0.95).toFixed(1), ...(base ? { baseline: base, ratio: +(median / base).toFixed(3) } : {}) };
};

export async function runExportBench({ quick = false, runs = 3 } = {}): Promise<BenchEntry[]> {
  const count = 1000;
  const size = (500 * 1000 * 1000) / count;
  const stream = Array.from({ length: runs }, () => runChild('stream', count, size));
  const jszip = Array.from({ length: runs }, () => runChild('jszip', count, size));
  const entries = [
    entry(
      'export.stream.1000x500MB.time',
      'ms',
      stream.map((r) => r.ms),
      jszip.map((r) => r.ms),
    ),
    entry(
      'export.stream.1000x500MB.extra-memory',
      'MB',
      stream.map((r) => r.peakExtraMB),
      jszip.map((r) => r.peakExtraMB),
    ),
    entry(
      'export.stream.1000x500MB.longest-block',
      'ms',
      stream.map((r) => r.maxBlockMs),
    ),
    entry(
      'export.jszip.1000x500MB.time',
      'ms',
      jszip.map((r) => r.ms),
    ),
    entry(
      'export.jszip.1000x500MB.extra-memory',
      'MB',
      jszip.map((r) => r.peakExtraMB),
    ),
  ];
  if (!quick) {
    const big = runChild('zip64', 35_000, 150_000);
    entries.push(
      entry('export.zip64.35000x2files-5.25GB.time', 'ms', [big.ms]),
      entry('export.zip64.35000x2files-5.25GB.extra-memory', 'MB', [big.peakExtraMB]),
      entry('export.zip64.35000x2files-5.25GB.zip-size', 'MB', [big.zipBytes / MB]),
      entry('export.zip64.unzip-t-ok', 'bool', [big.unzipOk ? 1 : 0]),
      entry('export.zip64.unzip-t.time', 'ms', [big.unzipMs ?? 0]),
    );
  }
  return entries;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const result = await child(args[1] ?? '', Number(args[2]), Number(args[3]));
  console.log(JSON.stringify(result));
} else if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const out = (args.includes('--out') && args[args.indexOf('--out') + 1]) || 'bench-export.json';
  const entries = await runExportBench({ quick, runs });
  console.table(entries);
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
}
