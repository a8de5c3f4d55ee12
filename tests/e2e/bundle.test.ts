import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { verifyChain } from '../../src/shared/chain';
import type { LetterRecord, RemovalRequestRecord, TrackerEvent } from '../../src/shared/takedown-types';
import { E2E_BUILD, ROOT, launchWithExtension, openOptions, waitFor, type ExtensionSession } from './support/browser';
import { exportThroughButton, exportThroughButtonOn } from './support/bundle-actions';
import { saveThroughPopup, sha256Hex } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, readRows, type StoreDump } from './support/store';

let server: FixtureServer;
let session: ExtensionSession;
let downloads: string;
let work: string;
let original: StoreDump;
let seeded: { request: RemovalRequestRecord; letter: LetterRecord; removed: TrackerEvent };

const LETTER_TEXT = 'DMCA notice — to the designated agent\n\nI ask you to remove the page below.';
const SIGNER = 'Robin Example-Person';

/** The removal-request tables, read with the raw browser API (nothing is sealed in this profile). */
async function takedownRows(extensionPage: Page) {
  return {
    requests: await readRows<RemovalRequestRecord>(extensionPage, 'requests'),
    trackerEvents: await readRows<TrackerEvent>(extensionPage, 'trackerEvents'),
    letters: await readRows<LetterRecord>(extensionPage, 'letters'),
  };
}

/** A request, a status change and a letter, written the way the pages write them: through the worker's messages. */
async function seedRequest(options: Page, captures: StoreDump['captures']) {
  const [first, second] = captures;
  const caseId = first!.caseId;
  const url = first!.observed.tabUrl;
  const send = async <T>(type: string, payload: unknown): Promise<T> => {
    const reply = await sendFromPage(options, type, payload);
    expect(reply.ok, `${type}: ${JSON.stringify(reply.error)}`).toBe(true);
    return reply.value as T;
  };
  const letter = await send<LetterRecord>('letter.save', {
    caseId,
    kind: 'dmca',
    title: 'DMCA notice',
    text: LETTER_TEXT,
    html: '<!doctype html><p>DMCA notice</p>',
  });
  const request = await send<RemovalRequestRecord>('takedown.record', {
    caseId,
    urls: [url],
    captureIds: [first!.id],
    route: { platformId: null, kind: 'dmca-email', label: 'Copyright agent by email', email: 'copyright@example.test' },
    method: 'email',
    sentAt: '2026-11-24T10:15:00.000Z',
    reference: 'REF-2026-0042',
    filled: [
      { key: 'legalName', label: 'Full legal name', value: SIGNER },
      { key: 'contentUrl', label: 'Where is it', value: url },
    ],
    confirmationCaptureId: second!.id,
    letterId: letter.id,
  });
  const removed = await send<TrackerEvent>('tracker.setStatus', { caseId, url, status: 'removed', at: '2026-11-26T08:00:00.000Z', requestId: request.id });
  return { request, letter, removed };
}

// Shared, read-only setup: a profile with four captures of two pages. Every test below makes its
// own export (or uses one its describe block's beforeAll made) and never another test's output.
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
  seeded = await seedRequest(options, original.captures);
  await options.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

/** An export through the button, and the file name a person sees: the case and a UTC timestamp. */
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

function run(command: string, cwd: string) {
  const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of `zip` with one capture record and report.html changed, written as `name`. */
async function tamperedCopy(zip: string, name: string): Promise<{ path: string; changed: string }> {
  const jszip = await JSZip.loadAsync(readFileSync(zip));
  const changed = Object.keys(jszip.files).find((path) => path.endsWith('capture.json'))!;
  const text = await jszip.file(changed)!.async('string');
  jszip.file(changed, text.replace('Totally different title', 'Totally different titlE').replace('A post by Sam Example', 'A post by Sam Exampl3'));
  jszip.file('report.html', '<p>a different report</p>');
  const path = join(work, name);
  writeFileSync(path, await jszip.generateAsync({ type: 'uint8array' }));
  return { path, changed };
}

/** The same zip with a comment added: other bytes, the same bundle. */
function withZipComment(zip: string, comment: string, name: string): string {
  const bytes = readFileSync(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(bytes.readUInt16LE(end + 20)).toBe(0);
  const out = Buffer.concat([bytes, Buffer.from(comment)]);
  out.writeUInt16LE(Buffer.byteLength(comment), end + 20);
  const path = join(work, name);
  writeFileSync(path, out);
  return path;
}

describe('exporting a case through the options page', () => {
  let legalZip: string;
  let legalDir: string;
  let shownFingerprint: string;

  beforeAll(async () => {
    const options = await openOptions(session);
    legalZip = await exportThroughButtonOn(options, downloads, 'legal');
    shownFingerprint = (await options.$eval('[data-testid="export-key"]', (element) => element.textContent)) ?? '';
    await options.close();
    expect(basename(legalZip)).toMatch(/^preserve-my-case-.*\d{8}T\d{6}Z\.zip$/);
    legalDir = unzipTo(legalZip, 'legal');
  });

  it('downloads a legal copy that sha256sum -c, openssl (both signatures) and preserve-verify all accept', () => {
    const sums = run('sha256sum -c SHA256SUMS', legalDir);
    expect(sums.status, sums.output).toBe(0);
    expect(sums.output.trim().split('\n').length).toBeGreaterThan(10);
    for (const [signature, file] of [
      ['SHA256SUMS.sig', 'SHA256SUMS'],
      ['manifest.sig', 'manifest.json'],
    ]) {
      const check = run(`openssl dgst -sha256 -verify public-key.pem -signature ${signature} ${file}`, legalDir);
      expect(check.output.trim(), signature).toBe('Verified OK');
    }
    const verified = runVerifier(legalZip);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    for (const name of ['report.html', 'manifest.json', 'VERIFY.txt', 'DECLARATION.txt', 'incident-log.csv', 'captures.csv', 'SHA256SUMS.sig']) {
      expect(existsSync(join(legalDir, name)), name).toBe(true);
    }
  });

  it('shows the signing key fingerprint that openssl computes from public-key.pem, and VERIFY.txt and preserve-verify state', () => {
    expect(shownFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const computed = run('openssl pkey -pubin -in public-key.pem -outform DER | openssl dgst -sha256', legalDir).output;
    expect(computed).toContain(shownFingerprint.slice('sha256:'.length));
    expect(readFileSync(join(legalDir, 'VERIFY.txt'), 'utf8')).toContain(shownFingerprint);
    expect(runVerifier(legalZip).stdout).toContain(`signing key: ${shownFingerprint}`);
  });

  it('keeps every artifact byte for byte as captured', async () => {
    const zip = await JSZip.loadAsync(readFileSync(legalZip));
    const screenshots = Object.keys(zip.files)
      .filter((path) => path.endsWith('screenshot.png'))
      .sort();
    expect(screenshots).toHaveLength(original.captures.length);
    const stored = new Set(original.captures.map((capture) => capture.artifacts[0]!.sha256));
    for (const path of screenshots) expect(stored.has(sha256Hex(await zip.file(path)!.async('uint8array')))).toBe(true);
  });

  it('writes a report that prints to PDF with a page per capture', async () => {
    const page = await session.browser.newPage();
    await page.goto(`file://${join(legalDir, 'report.html')}`);
    const pdf = join(work, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(original.captures.length + 1);
    execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', pdf, join(work, 'report-page')]);
    expect(readdirSync(work).filter((name) => name.startsWith('report-page') && name.endsWith('.png'))).toHaveLength(2);
  });

  it('names the changed files when a bundle is tampered with', async () => {
    const { path, changed } = await tamperedCopy(legalZip, 'tampered-export.zip');
    const verified = runVerifier(path);
    expect(verified.status).not.toBe(0);
    const failing = (verified.stderr.split('Files that fail:\n')[1] ?? '')
      .trim()
      .split('\n')
      .map((line) => line.trim());
    expect(failing).toEqual(expect.arrayContaining([changed, 'report.html']));
  });

  it('carries the removal request, the tracker and the letter, and sha256sum -c and preserve-verify check them', async () => {
    const letterPath = join(legalDir, 'letters/01-dmca.txt');
    expect(seeded.letter.text).toBe(LETTER_TEXT);
    expect(readFileSync(letterPath, 'utf8')).toBe(LETTER_TEXT);
    expect(sha256Hex(readFileSync(letterPath))).toBe(seeded.letter.textSha256);
    expect(readFileSync(join(legalDir, 'SHA256SUMS'), 'utf8')).toContain(`${seeded.letter.textSha256}  letters/01-dmca.txt`);
    const sums = run('sha256sum -c SHA256SUMS', legalDir);
    expect(sums.output).toMatch(/letters\/01-dmca\.txt: OK/);
    expect(sums.output).toMatch(/requests\.json: OK/);
    const json = JSON.parse(readFileSync(join(legalDir, 'requests.json'), 'utf8'));
    expect(json.requests).toEqual([seeded.request]);
    expect(json.trackerEvents.map((event: TrackerEvent) => event.status)).toEqual(['requested', 'removed']);
    expect(readFileSync(join(legalDir, 'requests.csv'), 'utf8')).toContain('REF-2026-0042');
    expect(readFileSync(join(legalDir, 'tracker.csv'), 'utf8')).toMatch(/,removed,2026-11-26T08:00:00.000Z,/);
    const report = readFileSync(join(legalDir, 'report.html'), 'utf8');
    expect(report).toContain('<h2>Removal requests</h2>');
    expect(report).toContain(`<tr><th>Full legal name</th><td>${SIGNER}</td></tr>`);
    expect(report).toContain('Now: <strong>removed</strong>');
    expect(report).toContain('<section class="letter" id="letter-1">');
    expect(runVerifier(legalZip).status).toBe(0);
  });

  it('prints the requests, the status of each address and each letter on pages of their own', async () => {
    const page = await session.browser.newPage();
    await page.goto(`file://${join(legalDir, 'report.html')}`);
    const pdf = join(work, 'report-requests.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).trim();
    const texts = Array.from({ length: pages }, (_, index) => pageText(index + 1));
    const starting = (heading: string) => texts.filter((text) => text.startsWith(heading));
    expect(starting('Removal requests')).toHaveLength(1);
    expect(starting('Status of each address')).toHaveLength(1);
    const last = texts.at(-1)!;
    expect(last).toMatch(/^Letter 1 of 1/);
    expect(last).toContain('I ask you to remove the page below.');
    expect(last).not.toContain('Capture');
  });

  it('makes a verifiable platform copy with pixelated screenshots that still name the originals', async () => {
    const platformZip = await exportBundle('platform');
    expect(runVerifier(platformZip).status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(platformZip));
    expect(Object.keys(zip.files).filter((path) => path.startsWith('letters/'))).toEqual([]);
    const requests = await zip.file('requests.json')!.async('string');
    expect(requests).toContain('REF-2026-0042');
    expect(requests).not.toContain(SIGNER);
    const captureJsons = Object.keys(zip.files).filter((path) => path.endsWith('capture.json'));
    expect(captureJsons).toHaveLength(original.captures.length);
    for (const path of captureJsons) {
      const json = JSON.parse(await zip.file(path)!.async('string'));
      const screenshot = json.files.find((file: { name: string }) => file.name.startsWith('screenshot'));
      const bytes = await zip.file(screenshot.path)!.async('uint8array');
      expect(sha256Hex(bytes)).not.toBe(screenshot.redaction.originalSha256);
      expect(original.captures.some((capture) => capture.artifacts[0]!.sha256 === screenshot.redaction.originalSha256)).toBe(true);
    }
  });
});

describe('importing a bundle into a fresh profile', () => {
  let legalZip: string;
  let tampered: { path: string; changed: string };

  async function upload(options: Page, path: string) {
    const input = (await options.$('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(path);
  }

  async function freshOptions(): Promise<{ profile: ExtensionSession; options: Page }> {
    const profile = await launchWithExtension(E2E_BUILD);
    const options = await openOptions(profile);
    await options.waitForSelector('.import');
    return { profile, options };
  }

  beforeAll(async () => {
    legalZip = await exportBundle('legal');
    tampered = await tamperedCopy(legalZip, 'tampered-import.zip');
  });

  it('refuses a tampered bundle, names the file, and stores nothing', async () => {
    const { profile, options } = await freshOptions();
    try {
      await upload(options, tampered.path);
      const error = await options.waitForSelector('[data-testid="import-error"]', { timeout: 30_000 });
      expect(await error!.evaluate((element) => element.textContent)).toContain(tampered.changed);
      expect((await dumpStore(options)).captures).toHaveLength(0);
    } finally {
      await profile.close();
    }
  });

  it('imports the legal copy as a new case with the same bytes and hashes, marked as imported', async () => {
    const { profile, options } = await freshOptions();
    try {
      await upload(options, legalZip);
      // The page switches to the new case, which says where it came from.
      const bundleName = basename(legalZip);
      await options.waitForFunction(
        (name) => document.querySelector('.case-bar')?.textContent?.includes(`Imported from ${name}`),
        { timeout: 30_000 },
        bundleName,
      );
      const imported = await dumpStore(options);
      expect(imported.captures).toHaveLength(original.captures.length);
      expect(verifyChain(imported.captures)).toEqual([]);
      const byOriginalId = new Map(original.captures.map((capture) => [capture.id, capture]));
      for (const capture of imported.captures) {
        const source = byOriginalId.get(capture.imported!.originalCaptureId)!;
        expect(capture.imported).toMatchObject({ bundleName, originalRecordHash: source.recordHash });
        expect(capture.observed).toEqual(source.observed);
        expect(capture.artifacts[0]!.sha256).toBe(source.artifacts[0]!.sha256);
        const bytes = imported.artifacts.get(capture.artifacts[0]!.id)!;
        expect(sha256Hex(bytes)).toBe(source.artifacts[0]!.sha256);
        expect(bytes.equals(original.artifacts.get(source.artifacts[0]!.id)!)).toBe(true);
      }
      const importedCase = imported.cases.find((c) => c.imported);
      expect(importedCase?.imported?.bundleName).toBe(bundleName);
      // The request, its tracker entries and its letter come back re-keyed into the new case.
      const rows = await takedownRows(options);
      const newId = new Map(imported.captures.map((capture) => [capture.imported!.originalCaptureId, capture.id]));
      const [request] = rows.requests;
      const [letter] = rows.letters;
      expect(rows.requests).toHaveLength(1);
      expect(request).toMatchObject({ caseId: importedCase!.id, reference: 'REF-2026-0042', urls: seeded.request.urls, filled: seeded.request.filled });
      expect(request!.id).not.toBe(seeded.request.id);
      expect(request!.captureIds).toEqual([newId.get(seeded.request.captureIds[0]!)]);
      expect(request!.confirmationCaptureId).toBe(newId.get(seeded.request.confirmationCaptureId!));
      expect(letter).toMatchObject({ caseId: importedCase!.id, text: LETTER_TEXT, textSha256: seeded.letter.textSha256, kind: 'dmca' });
      expect(request!.letterId).toBe(letter!.id);
      expect(rows.trackerEvents.map((event) => [event.status, event.requestId, event.caseId])).toEqual(
        expect.arrayContaining([
          ['requested', request!.id, importedCase!.id],
          ['removed', request!.id, importedCase!.id],
        ]),
      );
    } finally {
      await profile.close();
    }
  });

  it('refuses the same bundle a second time, even with a different zip comment', async () => {
    const { profile, options } = await freshOptions();
    try {
      await upload(options, legalZip);
      await options.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
      const count = (await dumpStore(options)).captures.length;
      expect(count).toBe(original.captures.length);
      await upload(options, withZipComment(legalZip, 'same bundle, other bytes', 'commented.zip'));
      const error = await options.waitForSelector('[data-testid="import-error"]', { timeout: 30_000 });
      expect(await error!.evaluate((element) => element.textContent)).toMatch(/already been imported/);
      expect((await dumpStore(options)).captures).toHaveLength(count);
    } finally {
      await profile.close();
    }
  });
});
