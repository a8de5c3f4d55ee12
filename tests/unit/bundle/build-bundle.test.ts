import { describe, expect, it } from 'vitest';
import { buildBundle, buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { compareEntryPaths } from '../../../src/bundle/bundle-paths';
import { sha256Bytes } from '../../../src/shared/hash';
import type { BundleManifest, CaptureJson, DigestFile } from '../../../src/bundle/types';
import { bundleInput, fakeSigner, FIXED_NOW, makeFixture } from './fixtures';
import { flipByte, text, unzipToMap } from './zip-tools';

const HOSTILE = '<img src=x onerror=alert(1)>"Title"';

describe('buildBundle (golden)', () => {
  it('produces the same bytes for the same input (fixed clock, fake signer, fixed zip dates)', async () => {
    const fixture = makeFixture(3, { hostileTitle: HOSTILE });
    const first = await buildBundleBytes(bundleInput(fixture, fakeSigner));
    const second = await buildBundleBytes(bundleInput(fixture, fakeSigner));
    expect(await sha256Bytes(second)).toBe(await sha256Bytes(first));
    expect(await sha256Bytes(first)).toBe('885a59da7d3c7f41fe64c282d4306cb69ba685ec08a2058d72c6f4d88468d9e8');
    const files = await buildBundleFiles(bundleInput(fixture, fakeSigner));
    expect(await sha256Bytes(files.get('manifest.json')!)).toBe('b086dad49c0aba117dcd19eeac93f231078e153e1e9f485b6a575d6cbb8d92d4');
  });

  it('names the file after the case and the UTC export time', () => {
    const { fileName } = buildBundle(bundleInput(makeFixture(1), fakeSigner));
    expect(fileName).toBe('preserve-photos-posted-by-my-ex-20261201T093000Z.zip');
  });

  it('stores entries in a fixed order: capture folders sorted, then top-level files sorted, all dated 1980-01-01', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(3), fakeSigner));
    const names = [...(await unzipToMap(zip)).keys()];
    expect(names).toEqual([...names].sort(compareEntryPaths));
    expect(names.slice(0, 2)).toEqual(['captures/0001-2026-11-21-reddit/capture.json', 'captures/0001-2026-11-21-reddit/screenshot.png']);
    expect(names.slice(6)).toEqual([
      'DECLARATION.txt',
      'SHA256SUMS',
      'SHA256SUMS.sig',
      'VERIFY.txt',
      'captures.csv',
      'case.json',
      'incident-log.csv',
      'manifest.digest.json',
      'manifest.json',
      'manifest.sig',
      'public-key.pem',
      'report.html',
      'requests.csv',
      'requests.json',
      'tracker.csv',
    ]);
    const view = new DataView(zip.buffer);
    expect(view.getUint16(10, true)).toBe(0); // DOS time 00:00:00
    expect(view.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1); // DOS date 1980-01-01
  });

  it('copies every artifact byte for byte and writes the record into capture.json', async () => {
    const fixture = makeFixture(2);
    const files = await buildBundleFiles(bundleInput(fixture, fakeSigner));
    expect(files.get('captures/0002-2026-11-22-reddit/screenshot.png')).toEqual(fixture.artifacts.get('artifact-2'));
    const json = JSON.parse(text(files.get('captures/0002-2026-11-22-reddit/capture.json'))) as CaptureJson;
    expect(json.record).toEqual(fixture.captures[1]);
    expect(json.files[0]).toMatchObject({ path: 'captures/0002-2026-11-22-reddit/screenshot.png', sha256: fixture.captures[1]!.artifacts[0]!.sha256 });
  });

  it('writes a datapackage-shaped manifest listing every other file, and a digest of it', async () => {
    const fixture = makeFixture(2);
    const files = await buildBundleFiles(bundleInput(fixture, fakeSigner));
    const manifest = JSON.parse(text(files.get('manifest.json'))) as BundleManifest;
    expect(manifest.profile).toBe('data-package');
    expect(manifest.preserve).toMatchObject({ format: 'preserve.bundle/1', copy: 'legal', exportedAt: FIXED_NOW.toISOString(), selection: 'whole-case' });
    expect(manifest.preserve.software).toEqual({ name: 'Preserve', version: '0.1.0' });
    expect(manifest.preserve.chain.map((entry) => entry.recordHash)).toEqual(fixture.captures.map((capture) => capture.recordHash));
    const listed = manifest.resources.map((resource) => resource.path);
    expect(listed).not.toContain('manifest.json');
    expect(listed).not.toContain('SHA256SUMS');
    expect(listed).toContain('public-key.pem');
    for (const resource of manifest.resources) {
      const bytes = files.get(resource.path)!;
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${await sha256Bytes(bytes)}`);
    }
    const digest = JSON.parse(text(files.get('manifest.digest.json'))) as DigestFile;
    expect(digest.hash).toBe(`sha256:${await sha256Bytes(files.get('manifest.json')!)}`);
    expect(digest.signature.algorithm).toBe('ECDSA-P256-SHA256');
  });

  it('writes SHA256SUMS in coreutils format for every file but itself and its signature', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(2), fakeSigner));
    const lines = text(files.get('SHA256SUMS')).trimEnd().split('\n');
    expect(lines).toHaveLength(files.size - 2);
    expect(lines.some((line) => line.endsWith('SHA256SUMS') || line.endsWith('SHA256SUMS.sig'))).toBe(false);
    for (const line of lines) {
      const [hash, path = ''] = line.split('  ');
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(await sha256Bytes(files.get(path)!));
    }
  });

  it('writes RFC 4180 CSVs with a BOM, CRLF, quoting and a guard against formulas', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(2), fakeSigner));
    const csv = text(files.get('captures.csv'));
    expect(files.get('captures.csv')!.slice(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toMatch(/^Capture,Capture id,Captured at \(UTC\)/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""click""), ""quoted"""`);
    expect(text(files.get('incident-log.csv'))).toContain('Jane found the post');
  });

  it('escapes hostile page text in report.html and labels browser and page facts apart', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(3, { hostileTitle: HOSTILE }), fakeSigner));
    const html = text(files.get('report.html'));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;Title&quot;');
    expect(html.match(/<section class="capture"/g)).toHaveLength(3);
    expect(html).toContain('What the browser recorded');
    expect(html).toContain('What the page claimed — not verified');
    expect(html).toContain('break-before:page');
    expect(html).toContain('src="captures/0001-2026-11-21-reddit/screenshot.png"');
    expect(html).toContain('My private note');
    expect(html).not.toMatch(/<script/i);
  });

  it('makes a platform copy with pixelated images, no personal text, and the original hashes kept', async () => {
    const fixture = makeFixture(2);
    const files = await buildBundleFiles(bundleInput(fixture, fakeSigner, { copy: 'platform' }));
    const all = [...files.values()].map(text).join('\n');
    for (const secret of ['My private note', 'Jane found the post', 'Her friend sent the link', 'Photos posted by my ex']) {
      expect(all).not.toContain(secret);
    }
    const image = files.get('captures/0001-2026-11-21-reddit/screenshot.png')!;
    expect(text(image)).toMatch(/^pixelated:/);
    const json = JSON.parse(text(files.get('captures/0001-2026-11-21-reddit/capture.json'))) as CaptureJson;
    expect(json.copy).toBe('platform');
    expect(json.files[0]!.redaction).toEqual({ method: 'pixelated', originalSha256: fixture.captures[0]!.artifacts[0]!.sha256, originalBytes: 2048 });
    expect(text(files.get('report.html'))).toContain('Redacted platform copy');
    expect((JSON.parse(text(files.get('manifest.json'))) as BundleManifest).preserve.copy).toBe('platform');
  });

  it('leaves non-image artifacts out of the platform copy and says so', async () => {
    const fixture = makeFixture(1);
    const archive = new TextEncoder().encode('MIME-Version: 1.0');
    fixture.artifacts.set('archive-1', archive);
    const { sealCapture } = await import('../../../src/shared/chain');
    const { recordHash: _, ...rest } = fixture.captures[0]!;
    fixture.captures[0] = sealCapture({
      ...rest,
      artifacts: [
        ...rest.artifacts,
        { id: 'archive-1', kind: 'mhtml', name: 'page.mhtml', mediaType: 'multipart/related', size: archive.length, sha256: await sha256Bytes(archive) },
      ],
    });
    fixture.caseRecord.headHash = fixture.captures[0].recordHash;
    const files = await buildBundleFiles(bundleInput(fixture, fakeSigner, { copy: 'platform' }));
    expect([...files.keys()].some((path) => path.endsWith('page.mhtml'))).toBe(false);
    const json = JSON.parse(text(files.get('captures/0001-2026-11-21-reddit/capture.json'))) as CaptureJson;
    expect(json.omitted).toMatchObject([{ artifactId: 'archive-1', name: 'page.mhtml' }]);
    const legal = await buildBundleFiles(bundleInput(fixture, fakeSigner));
    expect(legal.get('captures/0001-2026-11-21-reddit/page.mhtml')).toEqual(archive);
  });

  it('refuses to export an artifact that no longer matches its recorded hash', async () => {
    const fixture = makeFixture(2);
    flipByte(fixture.artifacts.get('artifact-2'), 100);
    await expect(buildBundleFiles(bundleInput(fixture, fakeSigner))).rejects.toThrow(/screenshot.png of capture 2 no longer matches/);
  });

  it('marks a bundle of selected captures as a selection and reports progress', async () => {
    const fixture = makeFixture(3);
    const progress: string[] = [];
    const files = await buildBundleFiles(
      bundleInput(fixture, fakeSigner, {
        captures: [fixture.captures[0]!, fixture.captures[2]!],
        onProgress: (p) => progress.push(`${p.phase}:${p.capturesDone}/${p.capturesTotal}`),
      }),
    );
    expect((JSON.parse(text(files.get('manifest.json'))) as BundleManifest).preserve.selection).toBe('selected');
    expect(progress).toEqual(['captures:1/2', 'captures:2/2', 'summary:2/2', 'done:2/2']);
  });

  it('gives the event loop a turn while exporting many captures', async () => {
    const fixture = makeFixture(60);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await buildBundleFiles(bundleInput(fixture, fakeSigner, { yieldEveryMs: 0 }));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(10);
  });
});
