import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureJson } from '../../src/bundle/types';
import type { CaptureRecord } from '../../src/shared/types';
import { E2E_BUILD, launchWithExtension, openOptions, openPopup, ROOT, type ExtensionSession } from './support/browser';
import { exportThroughButtonOn } from './support/bundle-actions';
import { dispatchContextMenu, paceCaptures, sha256Hex, tabIdOf, waitForCaptureCount } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore, type StoreDump } from './support/store';

// Captures made the way a person makes them, through the real popup and context-menu listener:
// a full page (tiles, parts), a right-clicked image (the media, the archive) and a Discord
// conversation (thread.json), then exported, unzipped and checked with sha256sum and
// preserve-verify. A narrow, tall window at half density keeps the full page to a few tiles.
const WINDOW = ['--window-size=400,4000', '--force-device-scale-factor=0.5'];
// ?older=none: the whole conversation is on screen, with Discord's intro above it (tests/fixtures/chats/lazy-chat.js).
const DISCORD = 'https://discord.com/channels/@me/1100000000000000001?older=none';

let server: FixtureServer;
let session: ExtensionSession;
let options: Page;
let downloads: string;
let work: string;
let dump: StoreDump;

async function popupCapture(url: string, mode: 'full' | 'conversation'): Promise<void> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await paceCaptures();
  const popup = await openPopup(session, page);
  const tabId = await tabIdOf(await session.worker(), page.url());
  const reply = await sendFromPage(popup, 'capture.take', {
    tabId,
    trigger: 'popup',
    mode,
    ...(mode === 'conversation' && { conversation: { kind: 'loaded', limit: 100 } }),
  });
  expect(reply.error).toBeUndefined();
  await popup.close();
}

async function rightClickImage(url: string, srcUrl: string, count: number): Promise<void> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await (await openPopup(session, page)).close();
  const worker = await session.worker();
  await dispatchContextMenu(worker, await tabIdOf(worker, url), { pageUrl: url, mediaType: 'image', srcUrl });
  await waitForCaptureCount(session, options, count);
}

beforeAll(async () => {
  server = await startFixtureServer({
    'discord.com': (path) =>
      path === '/__fixture/lazy-chat.js' ? 'chats/lazy-chat.js' : path.startsWith('/channels/') ? 'chats/discord/direct-message.html' : null,
  });
  downloads = mkdtempSync(join(tmpdir(), 'preserve-downloads-'));
  work = mkdtempSync(join(tmpdir(), 'preserve-complete-'));
  session = await launchWithExtension(E2E_BUILD, { downloadDir: downloads, args: WINDOW, hostRules: [`MAP discord.com 127.0.0.1:${server.port}`] });
  options = await openOptions(session);
  await popupCapture(`${server.origin}/fullpage/tall.html`, 'full');
  await rightClickImage(`${server.origin}/media/images.html`, `${server.origin}/media/photo-small.jpg`, 2);
  await popupCapture(DISCORD, 'conversation');
  dump = await dumpStore(options);
}, 90_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

const kinds = (capture: CaptureRecord) => new Set(capture.artifacts.map((artifact) => artifact.kind));
const run = (command: string, cwd: string) => {
  const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const verifier = (zip: string) => spawnSync('node', [join(ROOT, 'bin/preserve-verify.mjs'), zip], { encoding: 'utf8' });

async function exportAndUnzip(copy: 'legal' | 'platform'): Promise<{ zip: string; dir: string; jsons: CaptureJson[] }> {
  // A fresh options page: the one opened before the captures lists none.
  const page = await openOptions(session);
  const zip = await exportThroughButtonOn(page, downloads, copy);
  await page.close();
  const dir = join(work, copy);
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  const jsons = readdirSync(join(dir, 'captures'))
    .sort()
    .map((folder) => JSON.parse(readFileSync(join(dir, 'captures', folder, 'capture.json'), 'utf8')) as CaptureJson);
  return { zip, dir, jsons };
}

describe('a bundle of complete captures', () => {
  it('was seeded with a full page, the media itself, page archives and a conversation', () => {
    const [full, media, chat] = dump.captures;
    expect(kinds(full!).has('tile') && kinds(full!).has('fullpage'), JSON.stringify(full!.observed.mediaNotes)).toBe(true);
    expect(kinds(media!).has('media') && kinds(media!).has('mhtml')).toBe(true);
    expect(kinds(chat!).has('thread') && kinds(chat!).has('tile')).toBe(true);
  });

  it('exports a legal copy in which every file is named, listed and checked by sha256sum -c and preserve-verify', async () => {
    const { zip, dir, jsons } = await exportAndUnzip('legal');
    const sums = run('sha256sum -c SHA256SUMS', dir);
    expect(sums.status, sums.output).toBe(0);
    const verified = verifier(zip);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    for (const [index, json] of jsons.entries()) {
      const record = dump.captures[index]!;
      for (const file of json.files) {
        const artifact = record.artifacts.find((candidate) => candidate.id === file.artifactId)!;
        expect(sha256Hex(readFileSync(join(dir, file.path))), file.path).toBe(artifact.sha256);
        expect(sums.output).toContain(`${file.path}: OK`);
      }
      expect(json.files).toHaveLength(record.artifacts.length);
    }
    const names = jsons.map((json) => json.files.map((file) => file.name));
    expect(names[0]).toEqual(expect.arrayContaining(['screenshot.png', 'tile-001.png', 'tile-002.png', 'fullpage-1.png']));
    expect(names[1]).toEqual(expect.arrayContaining(['media-1.jpg', 'page.mhtml']));
    expect(names[2]).toEqual(expect.arrayContaining(['thread.json']));
    const report = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(report).toContain('The whole of the page was photographed');
    expect(report).toContain('opens in Chrome or Edge');
    expect(report).toContain(`${server.origin}/media/photo-small.jpg`);
    expect(report).toContain('The conversation — as the page showed it, not verified');
    expect(report).toContain('please take it down');

    // The report prints: the parts of the page scaled to the sheet, nothing cut off at its foot.
    const page = await session.browser.newPage();
    await page.goto(`file://${join(dir, 'report.html')}`, { waitUntil: 'load' });
    const broken = await page.$$eval('img', (images) => images.filter((image) => !(image as HTMLImageElement).naturalWidth).length);
    expect(broken).toBe(0);
    const pdf = join(work, 'complete.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('The full page');
    expect(text).toContain('Part 1 of');
  });

  it('exports a platform copy with the images pixelated, the archives left out and the conversation kept, which verifies', async () => {
    const { zip, dir, jsons } = await exportAndUnzip('platform');
    expect(run('sha256sum -c SHA256SUMS', dir).status).toBe(0);
    const verified = verifier(zip);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    for (const json of jsons) {
      for (const file of json.files) {
        if (file.name === 'thread.json') expect(file.redaction).toBeUndefined();
        else expect(file.redaction?.originalSha256, file.name).not.toBe(file.sha256);
      }
      expect(json.omitted.every((file) => file.name.endsWith('.mhtml'))).toBe(true);
      expect(existsSync(join(dir, json.folder, 'page.mhtml'))).toBe(false);
    }
    expect(jsons[1]!.omitted.map((file) => file.name)).toEqual(['page.mhtml']);
    expect(readFileSync(join(dir, jsons[2]!.folder, 'thread.json'))).toEqual(readFileSync(join(work, 'legal', jsons[2]!.folder, 'thread.json')));
  });
});
