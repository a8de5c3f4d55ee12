import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { verifyChain } from '../../src/shared/chain';
import { E2E_BUILD, ROOT, launchWithExtension, openOptions, waitFor, type ExtensionSession } from './support/browser';
import { exportThroughButton } from './support/bundle-actions';
import { saveThroughPopup, sha256Hex } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, type StoreDump } from './support/store';

let server: FixtureServer;
let session: ExtensionSession;
let downloads: string;
let work: string;
let original: StoreDump;
let legalZip: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  work = mkdtempSync(join(tmpdir(), 'preserve-bundle-'));
  session = await launchWithExtension(E2E_BUILD, { downloadDir: downloads });
  for (const name of ['post.html', 'lying.html']) {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/${name}`);
    await (await saveThroughPopup(session, page)).close();
    await (await saveThroughPopup(session, page)).close();
  }
  const options = await openOptions(session);
  await waitFor(async () => (await dumpStore(options)).captures.length === 4, 'four captures');
  original = await dumpStore(options);
  await options.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

/** The shared export, plus the file name a person sees: the case and a UTC timestamp. */
async function exportBundle(copy: 'legal' | 'platform'): Promise<string> {
  const zip = await exportThroughButton(session, downloads, copy);
  expect(basename(zip)).toMatch(/^preserve-my-case-.*\d{8}T\d{6}Z.*\.zip$/);
  return zip;
}

function unzipTo(zip: string, name: string): string {
  const dir = join(work, name);
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return dir;
}

function runVerifier(zip: string) {
  return spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });
}

describe('exporting a case through the options page', () => {
  it('downloads a legal copy that sha256sum -c and preserve-verify both accept', async () => {
    legalZip = await exportBundle('legal');
    const dir = unzipTo(legalZip, 'legal');
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(sums.stdout.trim().split('\n').length).toBeGreaterThan(10);
    const verified = runVerifier(legalZip);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    for (const name of ['report.html', 'manifest.json', 'VERIFY.txt', 'DECLARATION.txt', 'incident-log.csv', 'captures.csv']) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
  });

  it('keeps every artifact byte for byte as captured', async () => {
    const zip = await JSZip.loadAsync(readFileSync(legalZip));
    const screenshots = Object.keys(zip.files).filter((path) => path.endsWith('screenshot.png')).sort();
    expect(screenshots).toHaveLength(original.captures.length);
    const stored = new Set(original.captures.map((capture) => capture.artifacts[0].sha256));
    for (const path of screenshots) expect(stored.has(sha256Hex(await zip.file(path)!.async('uint8array')))).toBe(true);
  });

  it('writes a report that prints to PDF with a page per capture', async () => {
    const page = await session.browser.newPage();
    await page.goto(`file://${join(work, 'legal', 'report.html')}`);
    const pdf = join(work, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(original.captures.length + 1);
    execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', pdf, join(work, 'report-page')]);
    expect(readdirSync(work).filter((name) => name.startsWith('report-page') && name.endsWith('.png'))).toHaveLength(2);
  });

  it('names the changed file when a bundle is tampered with', async () => {
    const zip = await JSZip.loadAsync(readFileSync(legalZip));
    const target = Object.keys(zip.files).find((path) => path.endsWith('capture.json'))!;
    const text = await zip.file(target)!.async('string');
    zip.file(target, text.replace('Totally different title', 'Totally different titlE').replace('A post by Sam Example', 'A post by Sam Exampl3'));
    const tampered = join(work, 'tampered.zip');
    writeFileSync(tampered, await zip.generateAsync({ type: 'uint8array' }));
    const verified = runVerifier(tampered);
    expect(verified.status).not.toBe(0);
    expect(verified.stdout + verified.stderr).toContain(target);
  });

  it('makes a verifiable platform copy with pixelated screenshots that still name the originals', async () => {
    const platformZip = await exportBundle('platform');
    expect(runVerifier(platformZip).status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(platformZip));
    const captureJsons = Object.keys(zip.files).filter((path) => path.endsWith('capture.json'));
    expect(captureJsons).toHaveLength(original.captures.length);
    for (const path of captureJsons) {
      const json = JSON.parse(await zip.file(path)!.async('string'));
      const screenshot = json.files.find((file: { name: string }) => file.name.startsWith('screenshot'));
      const bytes = await zip.file(screenshot.path)!.async('uint8array');
      expect(sha256Hex(bytes)).not.toBe(screenshot.redaction.originalSha256);
      expect(original.captures.some((capture) => capture.artifacts[0].sha256 === screenshot.redaction.originalSha256)).toBe(true);
    }
  });
});

describe('importing a bundle into a fresh profile', () => {
  let fresh: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    fresh = await launchWithExtension(E2E_BUILD);
    options = await openOptions(fresh);
    await options.waitForSelector('.import');
  });
  afterAll(async () => fresh?.close());

  async function upload(path: string) {
    const input = (await options.$('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(path);
  }

  it('refuses a tampered bundle, names the file, and stores nothing', async () => {
    await upload(join(work, 'tampered.zip'));
    const error = await options.waitForSelector('[data-testid="import-error"]', { timeout: 30_000 });
    expect(await error!.evaluate((element) => element.textContent)).toMatch(/capture\.json/);
    expect((await dumpStore(options)).captures).toHaveLength(0);
  });

  it('imports the legal copy as a new case with the same bytes and hashes, marked as imported', async () => {
    await upload(legalZip);
    // The page switches to the new case, which says where it came from.
    const bundleName = legalZip.split('/').at(-1)!;
    await options.waitForFunction((name) => document.querySelector('.case-bar')?.textContent?.includes(`Imported from ${name}`), { timeout: 30_000 }, bundleName);
    const imported = await dumpStore(options);
    expect(imported.captures).toHaveLength(original.captures.length);
    expect(verifyChain(imported.captures)).toEqual([]);
    const byOriginalId = new Map(original.captures.map((capture) => [capture.id, capture]));
    for (const capture of imported.captures) {
      const source = byOriginalId.get(capture.imported!.originalCaptureId)!;
      expect(capture.imported).toMatchObject({ bundleName: legalZip.split('/').at(-1), originalRecordHash: source.recordHash });
      expect(capture.observed).toEqual(source.observed);
      expect(capture.artifacts[0].sha256).toBe(source.artifacts[0].sha256);
      const bytes = imported.artifacts.get(capture.artifacts[0].id)!;
      expect(sha256Hex(bytes)).toBe(source.artifacts[0].sha256);
      expect(bytes.equals(original.artifacts.get(source.artifacts[0].id)!)).toBe(true);
    }
    const [importedCase] = imported.cases.filter((c) => c.imported);
    expect(importedCase.imported!.bundleName).toBe(legalZip.split('/').at(-1));
  });

  it('refuses the same bundle a second time', async () => {
    await upload(legalZip);
    const error = await options.waitForSelector('[data-testid="import-error"]', { timeout: 30_000 });
    expect(await error!.evaluate((element) => element.textContent)).toMatch(/already been imported/);
    expect((await dumpStore(options)).captures).toHaveLength(original.captures.length);
  });
});
