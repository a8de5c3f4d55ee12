import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, type ExtensionSession } from './support/browser';
import { saveThroughPopup } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

// Issue #11, "Accessible": axe-core over the popup and every options view of a case with content,
// and the options header by keyboard alone. Serious and critical findings fail the test.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let server: FixtureServer;
let session: ExtensionSession;
let caseId = '';
let captureId = '';
/** Findings of every impact per view, printed at the end when A11Y_SUMMARY is set. */
const summary = new Map<string, Record<string, number | string>>();

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD);
  const post = await session.browser.newPage();
  await post.goto(`${server.origin}/pages/post.html`);
  await (await saveThroughPopup(session, post)).close();
  await post.close();

  const page = await openOptions(session);
  const capture = (await dumpStore(page)).captures.at(-1)!;
  [caseId, captureId] = [capture.caseId, capture.id];
  const now = new Date().toISOString();
  const replies = await Promise.all([
    sendFromPage(page, 'note.add', { captureId, text: 'Sent to me by a friend this morning.' }),
    sendFromPage(page, 'incident.save', {
      entry: { caseId, occurredAt: now, summary: 'The post went up', captureIds: [captureId], status: 'open', context: '@sam' },
    }),
    sendFromPage(page, 'person.save', {
      person: { caseId, role: 'perpetrator', name: 'Sam Example', accounts: [{ platform: 'x', handle: '@sam', urls: [] }], captureIds: [captureId] },
    }),
    sendFromPage(page, 'assessment.save', { caseId, answers: { sextortion: 'yes', 'unsafe-now': 'no' } }),
    sendFromPage(page, 'letter.save', { caseId, kind: 'dmca', title: 'DMCA notice', text: 'To the copyright agent…', html: '<p>DMCA notice</p>' }),
    sendFromPage(page, 'takedown.record', {
      caseId,
      urls: [capture.observed.tabUrl],
      captureIds: [captureId],
      route: { platformId: null, kind: 'dmca-email', label: 'Copyright agent by email', email: 'copyright@example.test' },
      method: 'email',
      sentAt: now,
      reference: 'REF-1',
    }),
  ]);
  expect(replies.map((reply) => reply.error ?? reply.ok)).toEqual([true, true, true, true, true, true]);
  await page.close();
}, 30_000);

afterAll(async () => {
  if (process.env.A11Y_SUMMARY) console.table(Object.fromEntries(summary));
  await session?.close();
  await server?.close();
});

/** Waits until the page has stopped changing (views load their rows after the first paint). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main > *');
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let timer = setTimeout(finish, 250);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, 250);
        });
        function finish() {
          observer.disconnect();
          done();
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(finish, 3_000);
      }),
  );
}

/** axe's findings in the light and the dark colour scheme (the palette has both). */
async function findings(page: Page, view: string): Promise<Finding[]> {
  // The extension pages' CSP refuses script tags; evaluating the source runs it all the same.
  await page.evaluate(AXE_SOURCE);
  const found: Finding[] = [];
  const counts: Record<string, number | string> = { heading: await page.evaluate(() => document.querySelector('main h2')?.textContent ?? '') };
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const result = await page.evaluate(async () => {
      const { violations, passes, incomplete } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        resultTypes: ['violations'],
      });
      return {
        passed: passes.length,
        unsure: incomplete.map((rule) => rule.id).join(' '),
        violations: violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((node) => node.target.join(' ')) })),
      };
    });
    // A page that failed to draw passes hardly any rule: make sure axe saw the view.
    expect(result.passed).toBeGreaterThan(10);
    counts[`${scheme} passed`] = result.passed;
    if (result.unsure) counts[`${scheme} to review`] = result.unsure;
    for (const finding of result.violations) {
      found.push({ ...finding, help: `${finding.help} (${scheme})` });
      const key = `${scheme} ${finding.impact ?? 'none'}`;
      counts[key] = Number(counts[key] ?? 0) + finding.targets.length;
    }
  }
  await page.emulateMediaFeatures([]);
  summary.set(view, counts);
  return found;
}

function blocking(found: Finding[]): string[] {
  return found.filter((f) => BLOCKING.has(f.impact ?? '')).map((f) => `${f.impact} ${f.id}: ${f.help} — ${f.targets.join(', ')}`);
}

async function optionsAt(hash: string): Promise<Page> {
  const page = await openOptions(session, hash);
  // Every options view opens with its own heading: a view that failed to draw fails here.
  await page.waitForSelector('main h2');
  await settled(page);
  return page;
}

describe('accessibility (axe-core)', () => {
  it('the check itself catches a planted problem', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    await page.evaluate(() => {
      const faint = Object.assign(document.createElement('p'), { textContent: 'faint words' });
      faint.style.cssText = 'color: #ccc; background: #fff';
      document.body.append(document.createElement('button'), faint);
    });
    const ids = (await findings(page, 'planted')).map((finding) => finding.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await page.close();
  });

  it('the popup, with support open and after saving, has no serious or critical findings', async () => {
    const post = await session.browser.newPage();
    await post.goto(`${server.origin}/pages/post.html`);
    const popup = await openPopup(session, post);
    await popup.waitForFunction(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === false);
    await settled(popup);
    expect(blocking(await findings(popup, 'popup'))).toEqual([]);
    await popup.click('::-p-aria(Help and support)');
    await popup.waitForSelector('[data-testid="support-panel"]');
    expect(blocking(await findings(popup, 'popup support'))).toEqual([]);
    await popup.close();
    const saved = await saveThroughPopup(session, post);
    expect(blocking(await findings(saved, 'popup saved'))).toEqual([]);
    await saved.close();
    await post.close();
  });

  // Each view's address, from the case and capture set up above, and what shows its content has drawn.
  const views: [string, () => string, string][] = [
    ['evidence', () => `#case/${caseId}`, '.capture-row, [data-testid="tracked-url"], [data-testid="monitor-panel"]'],
    ['action plan', () => `#plan/${caseId}`, '[data-step]'],
    ['assessment', () => `#assessment/${caseId}`, '[data-testid="assessment-result"]'],
    ['incident log', () => `#log/${caseId}`, '[data-testid="incident-entry"]'],
    ['people', () => `#people/${caseId}`, '[data-testid="person"]'],
    ['letters', () => `#letters/${caseId}`, 'main h2'],
    ['capture', () => `#capture/${captureId}`, 'main h2'],
    ['cases', () => '#cases', 'main h2'],
    ['my images', () => '#images', 'main h2'],
    ['settings', () => '#settings', 'main h2'],
    ['welcome', () => '#welcome', 'main h2'],
  ];
  it.each(views)('the %s view has no serious or critical findings', async (view, hash, content) => {
    const page = await optionsAt(hash());
    for (const selector of content.split(', ')) await page.waitForSelector(selector);
    expect(blocking(await findings(page, view))).toEqual([]);
    await page.close();
  });

  it('evidence search results have no serious or critical findings', async () => {
    const page = await optionsAt(`#case/${caseId}`);
    await page.type('input[type="search"]', 'post');
    await page.waitForSelector('[data-testid="search-results"] .capture-row');
    await settled(page);
    expect(blocking(await findings(page, 'evidence search'))).toEqual([]);
    await page.close();
  });

  it('the open Help and support panel has no serious or critical findings', async () => {
    const page = await optionsAt(`#plan/${caseId}`);
    await page.click('.support-button');
    await page.waitForSelector('[data-testid="support-panel"]');
    expect(blocking(await findings(page, 'support panel'))).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches Quick exit within a few Tabs, rings every header control, and opens and closes support with Enter and Escape', async () => {
    const page = await optionsAt(`#plan/${caseId}`);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.className ?? '');
    let presses = 0;
    while ((await focused()) !== 'quick-exit' && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await focused()).toBe('quick-exit');
    expect(presses).toBeLessThanOrEqual(2);

    // Every control in the header shows where the keyboard is.
    const rings: string[] = [];
    for (;;) {
      const ring = await page.evaluate(() => {
        const element = document.activeElement!;
        if (!element.closest('header')) return null;
        const style = getComputedStyle(element);
        const shown = element.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
        return `${element.textContent?.trim()}: ${shown ? 'ring' : 'no ring'}`;
      });
      if (!ring) break;
      rings.push(ring);
      await page.keyboard.press('Tab');
    }
    expect(rings.length).toBeGreaterThanOrEqual(6);
    expect(rings.filter((ring) => !ring.endsWith(': ring'))).toEqual([]);

    await page.focus('.support-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="support-panel"]');
    // The panel moves focus to its heading once it has drawn.
    await page.waitForFunction(() => document.activeElement?.id === 'support-heading');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="support-panel"]', { hidden: true });
    expect(await focused()).toBe('support-button');
    await page.close();
  });
});

describe('locked', () => {
  it('the unlock view has no serious or critical findings', async () => {
    const page = await openOptions(session, '#settings');
    expect((await sendFromPage(page, 'lock.enable', { passphrase: 'a calm long passphrase' })).ok).toBe(true);
    expect((await sendFromPage(page, 'lock.lock', {})).ok).toBe(true);
    await page.goto(`${page.url().split('#')[0]}#case/${caseId}`);
    await page.reload();
    await page.waitForSelector('.unlock');
    await settled(page);
    expect(blocking(await findings(page, 'unlock'))).toEqual([]);
    await page.close();
  });
});
