import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, ROOT, waitFor, type ExtensionSession } from './support/browser';
import { saveThroughPopup, sha256Hex } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { readCaptures, readRows } from './support/store';

let server: FixtureServer;
let session: ExtensionSession;
let downloads: string;
let files: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  files = mkdtempSync(join(tmpdir(), 'preserve-files-'));
  session = await launchWithExtension(E2E_BUILD, { downloadDir: downloads });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

const rowOf = (caseId: string) => `tr[data-case-id="${caseId}"]`;

/** Clicks the button inside `scope` whose text is `label` (several rows have the same buttons). */
async function clickButton(options: Page, scope: string, label: string): Promise<void> {
  await options.waitForFunction((s, l) => [...document.querySelectorAll(`${s} button`)].some((b) => b.textContent?.trim() === l), {}, scope, label);
  await options.evaluate(
    (s, l) => ([...document.querySelectorAll(`${s} button`)].find((b) => b.textContent?.trim() === l) as HTMLButtonElement).click(),
    scope,
    label,
  );
}

async function caseNamed(options: Page, title: string): Promise<CaseRecord> {
  let found: CaseRecord | undefined;
  await waitFor(async () => {
    found = (await readRows<CaseRecord>(options, 'cases')).find((row) => row.title === title);
    return Boolean(found);
  }, `the case ${title}`);
  return found!;
}

describe('cases in the options page', () => {
  it('creates a case, captures into it, moves the capture back, adds a file, exports, verifies and deletes it', async () => {
    const options = await openOptions(session, '#cases');
    options.setDefaultTimeout(10_000);
    await options.waitForSelector('input[name="case-title"]');
    await options.type('input[name="case-title"]', 'Work account');
    await options.$eval('form.new-case button[type="submit"]', (button) => (button as HTMLButtonElement).click());
    const made = await caseNamed(options, 'Work account');
    const row = rowOf(made.id);
    await options.waitForSelector(row);
    await clickButton(options, row, 'Put new captures here');
    await options.waitForSelector(`${row} .badge`);

    // A capture through the popup goes into the active case.
    const post = await session.browser.newPage();
    await post.goto(`${server.origin}/pages/post.html`);
    await (await saveThroughPopup(session, post)).close();
    // Pages in the background get no animation frames, which puppeteer's waits and clicks use.
    await options.bringToFront();
    let capture = (await readCaptures(options)).at(-1)!;
    expect(capture.caseId).toBe(made.id);
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#case/${made.id}`);
    await options.waitForSelector(`.capture-row[data-capture-id="${capture.id}"]`);
    expect(await options.$eval('[data-testid="new-captures-go"]', (element) => element.textContent)).toContain('New captures go into this case');

    // Moved back to the default case: an event in each, the capture itself untouched.
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#capture/${capture.id}`);
    await options.waitForSelector('select[name="move-to"]');
    await options.select('select[name="move-to"]', 'default');
    await options.$eval('.move-capture button', (button) => (button as HTMLButtonElement).click());
    await options.waitForSelector('[data-testid="move-result"]');
    const [unchanged] = (await readCaptures(options)).filter((c) => c.id === capture.id);
    expect(unchanged).toEqual(capture);
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#case/default`);
    await options.waitForSelector(`.capture-row[data-capture-id="${capture.id}"]`);

    // A file added to the work case joins its chain after the capture.
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#case/${made.id}`);
    const report = join(files, 'police-report.pdf');
    writeFileSync(report, '%PDF-1.4 pretend police report');
    const input = (await options.waitForSelector('input[type="file"][name="attachment"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(report);
    await options.waitForSelector('[data-testid="attachment-added"]');
    await options.waitForFunction(() => document.body.textContent?.includes('Added file'));
    expect(await options.$(`.capture-row[data-capture-id="${capture.id}"]`)).toBeNull();
    const added = (await readCaptures(options)).find((c) => c.trigger === 'attachment')!;
    expect(added).toMatchObject({ caseId: made.id, seq: 2, prevHash: capture.recordHash, attachment: { fileName: 'police-report.pdf' } });
    expect(added.artifacts[0]).toMatchObject({ kind: 'attachment', sha256: sha256Hex(new TextEncoder().encode('%PDF-1.4 pretend police report')) });

    // The export records the move out, and the verifier accepts it.
    const before = new Set(readdirSync(downloads));
    await options.$eval('.export button.primary', (button) => (button as HTMLButtonElement).click());
    await options.waitForSelector('[data-testid="export-done"]', { timeout: 30_000 });
    let zip = '';
    await waitFor(() => {
      zip = readdirSync(downloads).find((name) => !before.has(name) && name.endsWith('.zip')) ?? '';
      return Boolean(zip);
    }, 'the bundle to be downloaded');
    zip = join(downloads, zip);
    const verified = spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });
    expect(verified.stdout).toMatch(/^OK: /);
    expect(verified.status).toBe(0);

    // Delete with the typed name; the moved capture stays in the default case.
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html#cases`);
    await options.waitForSelector(row);
    await clickButton(options, row, 'Delete…');
    await options.waitForSelector('[data-testid="delete-counts"]');
    expect(await options.$eval('[data-testid="delete-counts"]', (element) => element.textContent)).toMatch(/^It holds 1 captures/);
    await options.type('input[name="confirm-title"]', 'Work account');
    await options.$eval('.delete-case button[type="submit"]', (button) => (button as HTMLButtonElement).click());
    const outcome = await options.waitForFunction(
      () =>
        [...document.querySelectorAll('.cases-view [role="status"], .cases-view [role="alert"]')]
          .map((element) => element.textContent)
          .find((text) => /deleted|did not work/.test(text ?? '')),
      { polling: 100 },
    );
    expect(await outcome.jsonValue()).toBe('The case “Work account” was deleted.');
    expect((await readRows<CaseRecord>(options, 'cases')).some((c) => c.id === made.id)).toBe(false);
    const left = await readCaptures(options);
    expect(left.map((c) => c.id)).toContain(capture.id);
    expect(left.some((c) => c.id === added.id)).toBe(false);
    capture = left.find((c) => c.id === capture.id)!;
    expect(capture.caseId).toBe(made.id);
    await options.close();
    await post.close();
  });
});
