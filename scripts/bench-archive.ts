// The page archive: chrome.pageCapture.saveAsMHTML plus the hash Preserve takes of it, on a heavy
// page (30 linked images of 1 MB of noise each, made here, not committed) against the same on a
// light page, interleaved in the same run. Goal: p95 ≤ 1 s for 30 MB.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync, crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { E2E_BUILD, launchWithExtension, openPopup } from '../tests/e2e/support/browser';
import { percentile, type BenchEntry } from './bench-stats';

const ROUNDS = Number(process.env.BENCH_ARCHIVE_ROUNDS ?? 10);
const IMAGES = 30;
const SIDE = 580; // 580 × 580 × 3 bytes of noise ≈ 1 MB of PNG that does not compress

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A valid PNG of random pixels: what a photo costs in an archive, without committing megabytes. */
function noisePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIDE, 0);
  header.writeUInt32BE(SIDE, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: SIDE }, () => Buffer.concat([Buffer.from([0]), randomBytes(SIDE * 3)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function benchArchive(): Promise<BenchEntry[]> {
  const images = Array.from({ length: IMAGES }, noisePng);
  const pages: Record<string, string> = {
    '/light.html': '<!doctype html><title>Light</title><p>A short post with a few words.</p>',
    '/heavy.html': `<!doctype html><title>Heavy</title>${images.map((_, i) => `<img src="/img/${i}.png" width="120" height="120">`).join('')}`,
  };
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const image = /^\/img\/(\d+)\.png$/.exec(path);
    if (image) return void response.writeHead(200, { 'content-type': 'image/png' }).end(images[Number(image[1])]);
    if (pages[path]) return void response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The e2e build holds pageCapture already; the shipped one asks for it when page archives are turned on.
  const session = await launchWithExtension(E2E_BUILD);
  try {
    const tabs: Record<string, number> = {};
    for (const name of ['light', 'heavy']) {
      const page = await session.browser.newPage();
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
      const popup = await openPopup(session, page); // the click grants activeTab, as a capture's would
      tabs[name] = await popup.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
      await popup.close();
    }
    const worker = await session.worker();
    const archive = (tabId: number) =>
      worker.evaluate(async (id) => {
        const started = performance.now();
        // As src/capture/page-archive.ts does: the first Blob in a worker's life can be gone before
        // it is read (NotFoundError), and a second save reads fine. The retry is part of the cost.
        for (let attempt = 1; ; attempt++) {
          const blob = await chrome.pageCapture.saveAsMHTML({ tabId: id });
          try {
            const bytes = await blob!.arrayBuffer();
            await crypto.subtle.digest('SHA-256', bytes);
            return { ms: performance.now() - started, bytes: bytes.byteLength };
          } catch (error) {
            if (attempt >= 2 || (error as Error).name !== 'NotFoundError') throw error;
          }
        }
      }, tabId);
    const light: number[] = [];
    const heavy: number[] = [];
    let heavyBytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      light.push((await archive(tabs.light!)).ms);
      const result = await archive(tabs.heavy!);
      heavy.push(result.ms);
      heavyBytes = result.bytes;
    }
    const baseline = percentile(light, 50);
    const size = Math.round((heavyBytes / (1024 * 1024)) * 10) / 10;
    return [
      { name: 'page archive: MHTML + hash, light page (baseline)', unit: 'ms', median: baseline, p95: percentile(light, 95) },
      {
        name: `page archive: MHTML + hash, heavy page (${IMAGES} images)`,
        unit: 'ms',
        median: percentile(heavy, 50),
        p95: percentile(heavy, 95),
        baseline,
        ratio: percentile(heavy, 50) / baseline,
      },
      { name: 'page archive: heavy page MHTML size', unit: 'MB', median: size, p95: size },
    ];
  } finally {
    await session.close();
    await new Promise((done) => server.close(done));
  }
}

// `npx tsx scripts/bench-archive.ts` runs this part alone (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchArchive());
