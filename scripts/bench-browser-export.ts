// Export in the real options page: seeds a case with N captures of incompressible bytes, clicks
// "Export evidence bundle", and reports the time and the longest task that blocked the page
// (the goal: never more than 200 ms at a time).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { sealCapture } from '../src/shared/chain';
import { CAPTURE_FORMAT, type CaptureRecord } from '../src/shared/types';
import { CHROME_BUILD, launchWithExtension, openOptions, waitFor } from '../tests/e2e/support/browser';
import type { BenchEntry } from './bench-stats';

const BATCH = 25;

/** Writes artifacts made and hashed inside the page, then records chained here, straight into IndexedDB. */
async function seed(page: Page, count: number, bytesEach: number): Promise<void> {
  let prevHash: string | null = null;
  for (let start = 0; start < count; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => `bench-${start + i}`);
    const hashes = await page.evaluate(
      async (batch, size) => {
        const rows: { id: string; captureId: string; data: Blob }[] = [];
        const out: string[] = [];
        for (const id of batch) {
          const bytes = new Uint8Array(size);
          for (let o = 0; o < size; o += 65536) crypto.getRandomValues(bytes.subarray(o, Math.min(size, o + 65536)));
          bytes.set([0x89, 0x50, 0x4e, 0x47], 0);
          out.push([...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join(''));
          rows.push({ id: `${id}-a`, captureId: id, data: new Blob([bytes], { type: 'image/png' }) });
        }
        const db = await new Promise<IDBDatabase>((ok) => {
          const r = indexedDB.open('preserve');
          r.onsuccess = () => ok(r.result);
        });
        await new Promise((ok, fail) => {
          const tx = db.transaction('artifacts', 'readwrite');
          for (const row of rows) tx.objectStore('artifacts').put(row);
          tx.oncomplete = ok;
          tx.onerror = fail;
        });
        db.close();
        return out;
      },
      ids,
      bytesEach,
    );
    const records: CaptureRecord[] = [];
    ids.forEach((id, i) => {
      const seq = start + i + 1;
      const record = sealCapture({
        format: CAPTURE_FORMAT,
        id,
        caseId: 'default',
        seq,
        trigger: 'popup',
        prevHash,
        observed: {
          tabUrl: `https://example.test/post/${seq}`,
          tabTitle: `Post ${seq}`,
          capturedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
          capturedAtLocal: '',
          utcOffsetMinutes: 0,
          timeZone: 'UTC',
          window: null,
          viewport: null,
          devicePixelRatio: 1,
          browser: { name: 'Chromium', version: 'bench' },
          extensionVersion: 'bench',
          incognito: false,
        },
        claimed: { documentTitle: `Post ${seq}`, locationHref: `https://example.test/post/${seq}`, meta: [] },
        artifacts: [{ id: `${id}-a`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: bytesEach, sha256: hashes[i] ?? '' }],
      });
      prevHash = record.recordHash;
      records.push(record);
    });
    await page.evaluate(
      async (batch, head, total) => {
        const db = await new Promise<IDBDatabase>((ok) => {
          const r = indexedDB.open('preserve');
          r.onsuccess = () => ok(r.result);
        });
        await new Promise((ok, fail) => {
          const tx = db.transaction(['captures', 'cases'], 'readwrite');
          for (const record of batch) tx.objectStore('captures').put(record);
          tx.objectStore('cases').put({
            id: 'default',
            title: 'Bench case',
            createdAt: '2026-01-01T00:00:00.000Z',
            headHash: head,
            captureCount: total,
            isDefault: true,
          });
          tx.oncomplete = ok;
          tx.onerror = fail;
        });
        db.close();
      },
      records,
      prevHash,
      start + ids.length,
    );
  }
}

export async function benchBrowserExport(count = 1000, bytesEach = 500_000): Promise<BenchEntry[]> {
  const downloads = mkdtempSync(join(tmpdir(), 'preserve-bench-downloads-'));
  const session = await launchWithExtension(CHROME_BUILD, { downloadDir: downloads });
  try {
    const seeder = await openOptions(session);
    // tsx wraps named functions in an esbuild helper the page does not have.
    await seeder.evaluate('globalThis.__name ??= (fn) => fn');
    await seed(seeder, count, bytesEach);
    await seeder.close();
    const options = await openOptions(session);
    await options.evaluate('globalThis.__name ??= (fn) => fn');
    await options.waitForSelector('.capture-row');
    await options.evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      (globalThis as { __longTasks?: number[] }).__longTasks = tasks;
    });
    // Control: a task we block on purpose must be seen, or the observer is not working.
    await options.evaluate(
      () =>
        new Promise<void>((done) =>
          setTimeout(() => {
            const end = performance.now() + 120;
            while (performance.now() < end);
            done();
          }),
        ),
    );
    await new Promise((done) => setTimeout(done, 200));
    const control = await options.evaluate(() => (globalThis as { __longTasks?: number[] }).__longTasks!.splice(0));
    if (!control.some((duration) => duration >= 100)) throw new Error('The long-task observer did not see a 120 ms task.');
    const started = performance.now();
    await options.click('::-p-aria(Export evidence bundle)');
    await options.waitForSelector('[data-testid="export-done"]', { timeout: 600_000 });
    const built = performance.now() - started;
    let file = '';
    // Chrome writes the download as <name>.crdownload and renames it when complete.
    await waitFor(
      () => {
        file = readdirSync(downloads).find((name) => name.endsWith('.zip')) ?? '';
        return Boolean(file);
      },
      'the bundle',
      300_000,
    );
    const elapsed = performance.now() - started;
    const longTasks = await options.evaluate(() => (globalThis as { __longTasks?: number[] }).__longTasks ?? []);
    const longest = Math.max(0, ...longTasks);
    const sizeMB = statSync(join(downloads, file)).size / 1e6;
    const label = `export.browser.${count}x${bytesEach / 1e6}MB`;
    return [
      { name: `${label}.time (click to bundle built)`, unit: 'ms', median: Math.round(built), p95: Math.round(built) },
      { name: `${label}.time (click to file saved)`, unit: 'ms', median: Math.round(elapsed), p95: Math.round(elapsed) },
      { name: `${label}.longest-blocking-task`, unit: 'ms', median: Math.round(longest), p95: Math.round(longest) },
      { name: `${label}.bundle-size`, unit: 'MB', median: Math.round(sizeMB), p95: Math.round(sizeMB) },
    ];
  } finally {
    await session.close();
    rmSync(downloads, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) console.table(await benchBrowserExport(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 500_000)));
