// `npm run bench`: measures, in one run on this machine, what a person waits for. Ratios are
// against a baseline measured in the same run, because these machines are noisy.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROME_BUILD, launchWithExtension, openPopup } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { benchArchive } from './bench-archive';
import { benchBrowserExport } from './bench-browser-export';
import { runExportBench } from './bench-export';
import { benchFormFill } from './bench-form-fill';
import { benchEvidenceList } from './bench-evidence-list';
import { benchFindImages } from './bench-find-images';
import { benchFullPage } from './bench-full-page';
import { benchMatching } from './bench-matching';
import { percentile, type BenchEntry } from './bench-stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const SPACING_MS = 650; // captureVisibleTab allows two calls a second

async function benchCapture(): Promise<BenchEntry[]> {
  const server = await startFixtureServer();
  const session = await launchWithExtension(CHROME_BUILD);
  try {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    const popup = await openPopup(session, page); // the click grants activeTab, as a person's would
    const worker = await session.worker();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const bare: number[] = [];
    const clickToCommitted: number[] = [];
    const inWorker: number[] = [];
    const pause = () => new Promise((done) => setTimeout(done, SPACING_MS));
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, so drift on the machine affects both alike.
      bare.push(
        await worker.evaluate(async (id) => {
          const tab = await chrome.tabs.get(id);
          const started = performance.now();
          await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
          return performance.now() - started;
        }, tabId),
      );
      await pause();
      const { elapsed, reply } = await popup.evaluate(async (id) => {
        const started = performance.now();
        const answer = await chrome.runtime.sendMessage({ preserve: 1, type: 'capture.take', payload: { tabId: id, trigger: 'popup' } });
        return { elapsed: performance.now() - started, reply: answer };
      }, tabId);
      if (!reply?.ok) throw new Error(`Capture failed during the bench: ${JSON.stringify(reply)}`);
      clickToCommitted.push(elapsed);
      inWorker.push(reply.value.elapsedMs);
      await pause();
    }
    const baseline = percentile(bare, 50);
    return [
      { name: 'captureVisibleTab (bare, baseline)', unit: 'ms', median: baseline, p95: percentile(bare, 95) },
      {
        name: 'capture: click to committed',
        unit: 'ms',
        median: percentile(clickToCommitted, 50),
        p95: percentile(clickToCommitted, 95),
        baseline,
        ratio: percentile(clickToCommitted, 50) / baseline,
      },
      {
        name: 'capture: inside the worker',
        unit: 'ms',
        median: percentile(inWorker, 50),
        p95: percentile(inWorker, 95),
        baseline,
        ratio: percentile(inWorker, 50) / baseline,
      },
    ];
  } finally {
    await session.close();
    await server.close();
  }
}

// BENCH_QUICK=1 skips the 5 GB ZIP64 export (about two minutes here).
const entries: BenchEntry[] = [
  ...(await benchCapture()),
  ...(await benchArchive()),
  ...(await benchFormFill()),
  ...(await benchFullPage()),
  ...(await benchEvidenceList()),
  ...(await benchBrowserExport()),
  ...benchMatching(),
  ...(await benchFindImages()),
  ...(await runExportBench({ quick: process.env.BENCH_QUICK === '1' })),
];
const previous = existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : null;
writeFileSync('bench-results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, entries }, null, 2)}\n`);
console.table(
  entries.map((entry) => ({
    ...entry,
    median: round(entry.median),
    p95: round(entry.p95),
    baseline: entry.baseline && round(entry.baseline),
    ratio: entry.ratio && round(entry.ratio),
  })),
);
if (previous) console.log(`(previous run: ${previous.measuredAt})`);

function round(value: number) {
  return Math.round(value * 100) / 100;
}
