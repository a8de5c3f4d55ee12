// The evidence list and its search at scale (issue #11): 10,000 captures in the real options page,
// with encryption off and then on. Each time is set against a raw IndexedDB read of the newest 50
// rows in the same page and the same round, because these machines are noisy.
import type { Page } from 'puppeteer-core';
import { sealCapture } from '../src/shared/chain';
import { CAPTURE_FORMAT, type CaptureRecord } from '../src/shared/types';
import { CHROME_BUILD, launchWithExtension, openOptions, waitFor } from '../tests/e2e/support/browser';
import { sendFromPage } from '../tests/e2e/support/extension-messages';
import { type BenchEntry, percentile } from './bench-stats';

const CASE_ID = 'default';
const BATCH = 500;
const WORDS = 'harbour lantern quiet orchard velvet meadow copper signal river marble cedar window'.split(' ');
/** One query per field the search box offers, and a date range; each finds something among 10,000. */
const QUERIES: { words: string; field?: string; from?: string; to?: string }[] = [
  { words: 'reddit.com/r/sub8', field: 'url' },
  { words: 'reddit', field: 'platform' },
  { words: '@author_17', field: 'person' },
  { words: 'orchard velvet', field: 'text' },
  { words: '', from: '2026-01-02', to: '2026-01-03' },
  { words: 'lantern' },
];

/** Capture i: a Reddit post, an X post or a page elsewhere, a minute after the one before. */
function benchRecord(i: number, prevHash: string | null): CaptureRecord {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const words = Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 5) % WORDS.length]).join(' ');
  const kind = i % 4;
  const author = `author_${i % 200}`;
  const tabUrl =
    kind === 0
      ? `https://www.reddit.com/r/sub${i % 50}/comments/p${i}/post_${i}/`
      : kind === 1
        ? `https://x.com/${author}/status/${i}`
        : `https://example.test/post/${i}`;
  const platform = kind === 0 ? { id: 'reddit', name: 'Reddit' } : kind === 1 ? { id: 'x', name: 'X' } : null;
  return sealCapture({
    format: CAPTURE_FORMAT,
    id: `c${i}`,
    caseId: CASE_ID,
    seq: i + 1,
    trigger: 'popup',
    prevHash,
    observed: {
      tabUrl,
      tabTitle: `Post ${i}`,
      capturedAt: at,
      capturedAtLocal: at,
      utcOffsetMinutes: 0,
      timeZone: 'UTC',
      window: null,
      viewport: null,
      devicePixelRatio: 1,
      browser: { name: 'Chromium', version: 'bench' },
      extensionVersion: 'bench',
      incognito: false,
    },
    claimed: {
      documentTitle: `Post ${i}`,
      locationHref: tabUrl,
      meta: [{ name: 'og:title', content: `Post ${i}` }],
      platform: platform && { platform, kind: 'post', postId: `p${i}` },
      post: { author: { handle: kind === 0 ? `u/${author}` : `@${author}`, name: `Author ${i % 200}` }, text: words },
    },
    artifacts: [{ id: `c${i}-a`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: 1000, sha256: '0'.repeat(64) }],
  } as Omit<CaptureRecord, 'recordHash'>);
}

/** Writes the case straight into IndexedDB: records, one small JPEG thumbnail each, a note on every 20th. */
async function seed(page: Page, count: number): Promise<void> {
  let prevHash: string | null = null;
  for (let start = 0; start < count; start += BATCH) {
    const records: CaptureRecord[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const record = benchRecord(i, prevHash);
      prevHash = record.recordHash;
      records.push(record);
    }
    await page.evaluate(
      async (batch, head, total, caseId) => {
        const canvas = new OffscreenCanvas(320, 180);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#7a8c99';
        context.fillRect(0, 0, 320, 180);
        const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
        const db = await new Promise<IDBDatabase>((ok) => {
          const r = indexedDB.open('preserve');
          r.onsuccess = () => ok(r.result);
        });
        await new Promise((ok, fail) => {
          const tx = db.transaction(['captures', 'thumbnails', 'notes', 'cases'], 'readwrite');
          for (const record of batch) {
            tx.objectStore('captures').put(record);
            tx.objectStore('thumbnails').put({ captureId: record.id, data: jpeg, width: 320, height: 180 });
            if (record.seq % 20 === 0) {
              tx.objectStore('notes').put({
                id: `n${record.seq}`,
                caseId,
                captureId: record.id,
                createdAt: record.observed.capturedAt,
                text: 'Sent to me by a friend',
              });
            }
          }
          tx.objectStore('cases').put({
            id: caseId,
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
      Math.min(count, start + BATCH),
      CASE_ID,
    );
  }
}

/** The baseline: the newest 50 rows by the [caseId+seq] index, with the browser's own IndexedDB API. */
function rawNewest50(page: Page): Promise<number> {
  return page.evaluate(async (caseId) => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('preserve');
      r.onsuccess = () => ok(r.result);
    });
    const rows: unknown[] = [];
    await new Promise<void>((done) => {
      const range = IDBKeyRange.bound([caseId, -Infinity], [caseId, Infinity]);
      const request = db.transaction('captures').objectStore('captures').index('[caseId+seq]').openCursor(range, 'prev');
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || rows.push(cursor.value) >= 50) return done();
        cursor.continue();
      };
    });
    db.close();
    return performance.now() - started;
  }, CASE_ID);
}

/** In the page: resolves (with the time) once `ready()` holds, checked on every change to the document. */
const WAIT_IN_PAGE = `globalThis.__until = (ready) => new Promise((done, fail) => {
  if (ready()) return done(performance.now());
  const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); clearTimeout(timer); done(performance.now()); } });
  const timer = setTimeout(() => { observer.disconnect(); fail(new Error('Timed out waiting for ' + ready + '; rows: ' + document.querySelectorAll('.capture-row').length + ', images: ' + document.querySelectorAll('.capture-row img').length + '; the list shows: ' + (document.querySelector('.capture-list') || document.querySelector('main')).innerText.slice(0, 600))); }, 60000);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
});`;

/**
 * From the route change to 50 rows drawn; then from scrolling to the list to its first five
 * thumbnails shown; and from the route change to the tracker's first address shown.
 */
async function openList(page: Page): Promise<{ rows: number; thumbnails: number; tracker: number }> {
  await page.evaluate(() => {
    location.hash = '#settings';
  });
  await page.waitForFunction(() => !document.querySelector('.capture-row'));
  await new Promise((done) => setTimeout(done, 150));
  return page.evaluate(async (caseId) => {
    const until = (globalThis as unknown as { __until: (ready: () => boolean) => Promise<number> }).__until;
    const started = performance.now();
    location.hash = `#case/${caseId}`;
    const rows = (await until(() => document.querySelectorAll('.capture-row').length >= 50)) - started;
    // Thumbnails are opened as rows come into view, and the list sits below the case's other panels.
    document.querySelector('.capture-list')!.scrollIntoView();
    const scrolled = performance.now();
    const thumbnails = (await until(() => document.querySelectorAll('.capture-row:nth-child(-n+5) img').length >= 5)) - scrolled;
    const tracker = (await until(() => Boolean(document.querySelector('[data-testid="tracker"] [data-testid="tracked-url"]')))) - started;
    return { rows, thumbnails, tracker };
  }, CASE_ID);
}

/** Types a query as a person would (input events) and times it until its results are drawn. */
function runQuery(page: Page, query: (typeof QUERIES)[number]): Promise<number> {
  return page.evaluate(async ({ words, field = 'all', from = '', to = '' }) => {
    const until = (globalThis as unknown as { __until: (ready: () => boolean) => Promise<number> }).__until;
    const box = document.querySelector<HTMLElement>('.evidence-search')!;
    document.querySelector('[data-testid="search-results"]')?.setAttribute('data-stale', '');
    const set = (selector: string, value: string, event: string, nth = 0) => {
      const control = box.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector)[nth]!;
      control.value = value;
      control.dispatchEvent(new Event(event, { bubbles: true }));
    };
    const started = performance.now();
    set('select', field, 'change');
    set('input[type="date"]', from, 'input');
    set('input[type="date"]', to, 'input', 1);
    set('input[type="search"]', words, 'input');
    // The results are drawn only once their rows are read, so their presence is the answer.
    const done = await until(() => Boolean(document.querySelector('[data-testid="search-results"]:not([data-stale])')));
    return done - started;
  }, query);
}

async function measure(page: Page, label: string, rounds: number): Promise<BenchEntry[]> {
  await page.evaluate(WAIT_IN_PAGE);
  const baseline: number[] = [];
  const rows: number[] = [];
  const thumbnails: number[] = [];
  const tracker: number[] = [];
  for (let round = 0; round < rounds; round++) {
    baseline.push(await rawNewest50(page));
    const opened = await openList(page);
    rows.push(opened.rows);
    thumbnails.push(opened.thumbnails);
    tracker.push(opened.tracker);
  }
  console.error(`evidence list (${label}): list measured, searching`);
  // The index is built once, when the search box is first used: the first query waits for it.
  await page.focus('.evidence-search input[type="search"]');
  const build = await runQuery(page, { words: 'post' });
  const searches: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      baseline.push(await rawNewest50(page));
      searches.push(await runQuery(page, query));
    }
  }
  const base = percentile(baseline, 50);
  const row = (name: string, values: number[], withRatio = true): BenchEntry => ({
    name,
    unit: 'ms',
    median: percentile(values, 50),
    p95: percentile(values, 95),
    ...(withRatio && { baseline: base, ratio: percentile(values, 50) / base }),
  });
  return [
    row(`evidence list (${label}): raw read of newest 50 rows (baseline)`, baseline, false),
    row(`evidence list (${label}): first 50 rows shown (goal ${label === 'sealed' ? 400 : 200} ms)`, rows),
    row(`evidence list (${label}): first 5 thumbnails, from scrolling to the list`, thumbnails),
    row(`evidence list (${label}): removal tracker shown, from the route change`, tracker),
    { name: `evidence search (${label}): index built (first query)`, unit: 'ms', median: build, p95: build },
    row(`evidence search (${label}): query answered (goal 300 ms)`, searches),
  ];
}

export async function benchEvidenceList(count = 10_000, rounds = Number(process.env.BENCH_LIST_ROUNDS ?? 5)): Promise<BenchEntry[]> {
  const session = await launchWithExtension(CHROME_BUILD);
  try {
    const seeder = await openOptions(session, '#settings');
    await seeder.evaluate('globalThis.__name ??= (fn) => fn');
    await seed(seeder, count);
    await seeder.close();

    const plain = await openOptions(session, '#settings');
    await plain.evaluate('globalThis.__name ??= (fn) => fn');
    const off = await measure(plain, 'off', rounds);

    // Turning encryption on seals what is stored (captures, thumbnails, notes) in the worker.
    const started = performance.now();
    const reply = await sendFromPage(plain, 'lock.enable', { passphrase: 'a bench passphrase of some length' });
    if (!reply.ok) throw new Error(`Turning encryption on failed: ${JSON.stringify(reply.error)}`);
    await waitFor(async () => ((await sendFromPage(plain, 'lock.status', {})).value as { encryption: string }).encryption === 'on', 'encryption', 900_000);
    const sealing = performance.now() - started;
    console.error(`evidence list: ${count} captures sealed in ${Math.round(sealing)} ms`);
    await plain.close();

    const page = await openOptions(session, '#settings');
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    const sealed = await measure(page, 'sealed', rounds);
    return [...off, ...sealed, { name: `encryption turned on: ${count} captures sealed`, unit: 'ms', median: sealing, p95: sealing }];
  } finally {
    await session.close();
  }
}

if (import.meta.filename === process.argv[1]) console.table(await benchEvidenceList(Number(process.argv[2] ?? 10_000)));
