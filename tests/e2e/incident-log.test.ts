import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, type ExtensionSession, launchWithExtension, openOptions, ROOT, waitFor } from './support/browser';
import { exportThroughButton } from './support/bundle-actions';
import { saveThroughPopup } from './support/capture-helpers';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

const CAPTURES = 3;
const HAND_WRITTEN = 'He sent the post to my sister';

let server: FixtureServer;
let session: ExtensionSession;
let downloads: string;
let work: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  work = mkdtempSync(join(tmpdir(), 'preserve-log-'));
  session = await launchWithExtension(E2E_BUILD, { downloadDir: downloads });
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}/pages/post.html`);
  for (let i = 0; i < CAPTURES; i++) await (await saveThroughPopup(session, page)).close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

const entryHeadings = (log: Page) => log.$$eval('[data-testid="incident-entry"] h3', (nodes) => nodes.map((node) => node.textContent ?? ''));

describe('the incident log', () => {
  let zip: string;

  it('shows an entry Preserve added for each capture, and keeps one added by hand that links a capture', async () => {
    const log = await openOptions(session, '#log/default');
    await waitFor(async () => (await log.$$('[data-testid="incident-entry"][data-source="capture"]')).length === CAPTURES, 'an entry per capture');
    expect(await entryHeadings(log)).toEqual(Array(CAPTURES).fill(expect.stringContaining('Saved evidence of a page on 127.0.0.1')));
    await log.click('::-p-aria(Add an entry)');
    await log.type('#incident-new-summary', HAND_WRITTEN);
    await log.type('#incident-new-evidence-needed', 'Her screenshot of the message');
    // The capture picker: each box is named by its label, "Capture 1: A post by Sam Example".
    await log.click('::-p-aria(Capture 1: A post by Sam Example)');
    await log.click('::-p-aria(Save entry)');
    await log.waitForSelector('::-p-text(Entry saved.)');
    await waitFor(async () => (await entryHeadings(log)).some((heading) => heading.includes(HAND_WRITTEN)), 'the new entry');
    const added = await log.$$eval('[data-testid="incident-entry"][data-source="person"]', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(added).toEqual([expect.stringContaining('Capture 1')]);
    await log.close();
  });

  it('exports both kinds of entry in incident-log.csv, and preserve-verify accepts the bundle', async () => {
    zip = await exportThroughButton(session, downloads, 'legal');
    const files = await JSZip.loadAsync(readFileSync(zip));
    const csv = await files.file('incident-log.csv')!.async('string');
    const rows = csv.trim().split(/\r\n(?=\d+,)/);
    expect(rows).toHaveLength(1 + CAPTURES + 1);
    expect(rows.filter((row) => row.includes(',capture,Saved evidence of a page on'))).toHaveLength(CAPTURES);
    const hand = rows.find((row) => row.includes(HAND_WRITTEN))!;
    expect(hand).toContain(',person,');
    expect(hand).toMatch(/captures\/0001-[^,]*\/ \(/);
    expect(hand).toContain('Her screenshot of the message');
    const verified = spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });
    expect(verified.stdout).toMatch(/^OK: /);
    expect(verified.status).toBe(0);
  });

  it('prints as a binder: the cover, the incident log, then a page for each capture', async () => {
    const dir = join(work, 'bundle');
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    const page = await session.browser.newPage();
    await page.goto(`file://${join(dir, 'report.html')}`);
    const pdf = join(work, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const texts = Array.from({ length: pages }, (_, index) =>
      execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).trim(),
    );
    expect(pages).toBeGreaterThanOrEqual(1 + 1 + CAPTURES);
    expect(texts[0]).toContain('How to check this bundle');
    const capturePages = texts.map((text, index) => [index, text] as const).filter(([, text]) => /^Capture \d+ of \d+/.test(text));
    expect(capturePages.map(([, text]) => /^Capture (\d+)/.exec(text)![1])).toEqual(['1', '2', '3']);
    // The log is every page between the cover and the first capture; it may take more than one sheet.
    const logPages = texts.slice(1, capturePages[0]![0]);
    expect(logPages[0]).toMatch(/^Incident log/);
    // Nothing else comes between: each further sheet carries on the log with an entry, which starts with its time.
    for (const more of logPages.slice(1)) expect(more).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ · /);
    // Together they hold every entry, whole (an entry is never split across sheets), the one written by hand among them.
    const log = logPages.join('\n');
    expect(log.match(/^\s*\d{4}-\d{2}-\d{2}T\S+ · /gm)).toHaveLength(CAPTURES + 1);
    expect(log.match(/· Saved evidence of a page on\s+127\.0\.0\.1/g)).toHaveLength(CAPTURES);
    expect(log).toContain(`· ${HAND_WRITTEN}`);
    expect(log).toContain('Her screenshot of the message');
    // In the order a log is read: by when each thing happened, oldest first.
    const times = [...log.matchAll(/^\s*(\d{4}-\d{2}-\d{2}T\S+) · /gm)].map((match) => Date.parse(match[1]!));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
