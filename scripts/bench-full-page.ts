// Full page, in the shipped build: N-screen pages against the floor of (N−1) × 0.5 s that Chrome's
// two-screenshots-a-second limit sets; the goal is ≤ 0.6 s × N + 1.5 s with no tile lost. Also the
// browser's extra memory during a 40-screen capture, and how often captureVisibleTab refuses calls
// 500 and 510 ms apart (the scheduler's spacing).
import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { CHROME_BUILD, launchWithExtension, openPopup } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { percentile, type BenchEntry } from './bench-stats';

const ROUNDS = Number(process.env.BENCH_FULLPAGE_ROUNDS ?? 3);
const SPACING_CALLS = Number(process.env.BENCH_SPACING_CALLS ?? 40);

/** Resident memory of the browser and all its processes, in MB. */
function browserRss(rootPid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const family = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) if (family.has(ppid) && !family.has(pid)) grew = family.add(pid).size > 0;
  }
  return rows.filter(([pid]) => family.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

async function fullPage(popup: Page, tabId: number) {
  return popup.evaluate(async (id) => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ preserve: 1, type: 'capture.take', payload: { tabId: id, trigger: 'popup', mode: 'full' } });
    return { elapsed: performance.now() - started, reply };
  }, tabId);
}

export async function benchFullPage(): Promise<BenchEntry[]> {
  const server = await startFixtureServer();
  const session = await launchWithExtension(CHROME_BUILD);
  const entries: BenchEntry[] = [];
  try {
    const page = await session.browser.newPage();
    const worker = await session.worker();
    for (const screens of [5, 15, 40]) {
      await page.goto(`${server.origin}/fullpage/tall.html?screens=${screens}`);
      const popup = await openPopup(session, page); // the click grants activeTab, as a person's would
      const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
      const times: number[] = [];
      let peak = 0;
      const before = browserRss(session.browser.process()!.pid!);
      for (let round = 0; round < ROUNDS; round++) {
        await new Promise((done) => setTimeout(done, 600));
        const sampler = setInterval(() => (peak = Math.max(peak, browserRss(session.browser.process()!.pid!))), 250);
        const { elapsed, reply } = await fullPage(popup, tabId).finally(() => clearInterval(sampler));
        if (!reply?.ok) throw new Error(`Full-page capture failed during the bench: ${JSON.stringify(reply)}`);
        const coverage = reply.value.coverage;
        if (!coverage?.complete || coverage.tiles !== screens) throw new Error(`A tile was lost: ${JSON.stringify(coverage)}`);
        times.push(elapsed);
      }
      await popup.close();
      const floor = (screens - 1) * 500;
      entries.push({
        name: `full page: ${screens} screens, click to committed (floor (N−1)×0.5 s; goal ${(0.6 * screens + 1.5).toFixed(1)} s)`,
        unit: 'ms',
        median: percentile(times, 50),
        p95: percentile(times, 95),
        baseline: floor,
        ratio: percentile(times, 50) / floor,
      });
      if (screens === 40) entries.push({ name: 'full page: 40 screens, browser memory peak over idle', unit: 'MB', median: peak - before, p95: peak - before });
    }
    // How often the browser refuses captureVisibleTab calls started this far apart.
    await page.goto(`${server.origin}/fullpage/tall.html?screens=1`);
    await (await openPopup(session, page)).close();
    for (const spacing of [500, 510]) {
      const refused = await worker.evaluate(
        async (gap, calls) => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          let count = 0;
          let next = performance.now() + 1000;
          for (let i = 0; i < calls; i++) {
            await new Promise((done) => setTimeout(done, Math.max(0, next - performance.now())));
            next = performance.now() + gap;
            await chrome.tabs.captureVisibleTab(tab!.windowId, { format: 'png' }).catch(() => count++);
          }
          return count;
        },
        spacing,
        SPACING_CALLS,
      );
      entries.push({ name: `captureVisibleTab refused, calls ${spacing} ms apart (of ${SPACING_CALLS})`, unit: 'calls', median: refused, p95: refused });
    }
  } finally {
    await session.close();
    await server.close();
  }
  return entries;
}
