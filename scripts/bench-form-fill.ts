// Filling removal forms: the time from a form's load to its last field filled, on every fixture
// form, in the shipped build. The baseline, measured in the same run and interleaved, is the
// cheapest thing the worker can do in that tab after its load: inject an empty function.
import type { Page } from 'puppeteer-core';
import { removalRoutes } from '../src/platforms/routes';
import { CHROME_BUILD, launchWithExtension, openPopup } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { FILL_VALUES, FORM_HOST_RULES, FORM_PAGES, formFixtureRoutes } from '../tests/e2e/support/form-fixtures';
import { percentile, type BenchEntry } from './bench-stats';

const ROUNDS = Number(process.env.BENCH_FORM_ROUNDS ?? 10);

/** Page-side clock: the load event's end and the last `input` event the page heard (frames included). */
const PAGE_PROBE = `
  window.__benchLastInput = 0;
  document.addEventListener('input', () => { window.__benchLastInput = performance.now(); }, true);
  if (window.top !== window) document.addEventListener('input', () => { window.top.__benchLastInput = window.top.performance.now(); }, true);
`;

async function reloadAndWait(page: Page) {
  await page.reload({ waitUntil: 'load' });
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
}

export async function benchFormFill(): Promise<BenchEntry[]> {
  const server = await startFixtureServer(formFixtureRoutes());
  const session = await launchWithExtension(CHROME_BUILD, { hostRules: FORM_HOST_RULES(server.port) });
  const entries: BenchEntry[] = [];
  const allFills: number[] = [];
  const allBaselines: number[] = [];
  try {
    for (const { platformId, url } of FORM_PAGES) {
      const known = removalRoutes(platformId).find((route) => route.url === url)!;
      const route = { platformId, kind: known.kind, label: known.label, url };
      const page = await session.browser.newPage();
      await page.evaluateOnNewDocument(PAGE_PROBE);
      await page.goto(url, { waitUntil: 'load' });
      // The toolbar click grants activeTab; it lasts across same-origin reloads of the tab.
      const popup = await openPopup(session, page);
      const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
      const fills: number[] = [];
      const baselines: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Baseline: load, then the worker injects an empty function; the page notes when it ran.
        const baseLoad = await reloadAndWait(page);
        // A string, so tsx adds no helper to the function the page must run on its own.
        await popup.evaluate(
          `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'MAIN', func: () => { window.__benchLastInput = performance.now(); } })`,
        );
        baselines.push((await page.evaluate(() => (window as unknown as { __benchLastInput: number }).__benchLastInput)) - baseLoad);
        // The fill: load, then the worker is asked to fill the form, as "Open the form" does at load.
        const loadEnd = await reloadAndWait(page);
        const reply = await popup.evaluate(
          (id, values, ref) => chrome.runtime.sendMessage({ preserve: 1, type: 'takedown.fill', payload: { tabId: id, values, route: ref } }),
          tabId,
          FILL_VALUES,
          route,
        );
        if (!reply?.ok || reply.value.filled.length === 0) throw new Error(`Filling ${url} failed during the bench: ${JSON.stringify(reply)}`);
        fills.push((await page.evaluate(() => (window as unknown as { __benchLastInput: number }).__benchLastInput)) - loadEnd);
      }
      await popup.close();
      await page.close();
      allFills.push(...fills);
      allBaselines.push(...baselines);
      const baseline = percentile(baselines, 50);
      const median = percentile(fills, 50);
      entries.push({
        name: `form fill: load to last field (${platformId})`,
        unit: 'ms',
        median,
        p95: percentile(fills, 95),
        baseline,
        ratio: median / baseline,
      });
    }
    const baseline = percentile(allBaselines, 50);
    return [
      { name: 'form fill: load to empty script run (baseline)', unit: 'ms', median: baseline, p95: percentile(allBaselines, 95) },
      {
        name: 'form fill: load to last field (all forms)',
        unit: 'ms',
        median: percentile(allFills, 50),
        p95: percentile(allFills, 95),
        baseline,
        ratio: percentile(allFills, 50) / baseline,
      },
      ...entries,
    ];
  } finally {
    await session.close();
    await server.close();
  }
}

// `npx tsx scripts/bench-form-fill.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchFormFill());
