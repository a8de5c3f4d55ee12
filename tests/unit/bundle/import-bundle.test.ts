import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { BundleImportError, parseBundleForImport, type ImportOptions } from '../../../src/bundle/parse-import';
import type { BundleManifest, CaptureJson, CaseJson } from '../../../src/bundle/types';
import { sealCapture, verifyChain } from '../../../src/shared/chain';
import { bundleInput, FIXED_NOW, makeFixture, realSigner } from './fixtures';
import { bytesOf, flipByte, patchDeclaredSize, reseal, text, unzipToMap, zipMap } from './zip-tools';

const JSON_1 = 'captures/0001-2026-11-21-reddit/capture.json';
const JSON_2 = 'captures/0002-2026-11-22-reddit/capture.json';

function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  let n = 0;
  return { bundleName: 'bundle.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}`, ...extra };
}

async function goodFiles(count = 3) {
  return unzipToMap(await buildBundleBytes(bundleInput(makeFixture(count), await realSigner())));
}

/** Runs an import that must fail and returns what it said; nothing is returned to write. */
async function rejection(zip: Uint8Array, extra: Partial<ImportOptions> = {}): Promise<string> {
  const error = await parseBundleForImport(zip, options(extra)).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BundleImportError);
  expect((error as Error).message).toMatch(/^This bundle was not imported, and nothing was changed:/);
  return (error as Error).message;
}

async function deflated(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, bytes] of Object.entries(files)) zip.file(name, bytes, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('parseBundleForImport', () => {
  it('turns a verified legal copy into a new case with a fresh chain and provenance', async () => {
    const fixture = makeFixture(3);
    const zip = await buildBundleBytes(bundleInput(fixture, await realSigner()));
    const imported = await parseBundleForImport(zip, options());
    expect(imported.caseRecord).toMatchObject({ id: 'new-1', title: 'Photos posted by my ex', captureCount: 3, isDefault: false });
    expect(imported.caseRecord.imported).toEqual({
      bundleName: 'bundle.zip',
      bundleSha256: imported.summary.bundleSha256,
      exportedAt: FIXED_NOW.toISOString(),
      importedAt: '2026-12-05T00:00:00.000Z',
      identity: {
        manifestSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        caseId: 'case-1',
        headHash: fixture.captures[2]!.recordHash,
        chainSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      // Every file of the bundle matched its SHA-256, or nothing would have been imported.
      verifiedFiles: imported.summary.fileCount,
    });
    expect(verifyChain(imported.captures)).toEqual([]);
    expect(imported.caseRecord.headHash).toBe(imported.captures[2]!.recordHash);
    const first = imported.captures[0]!;
    const source = fixture.captures[0]!;
    expect(first).toMatchObject({ caseId: 'new-1', seq: 1, trigger: 'import', observed: source.observed });
    expect(first.imported).toMatchObject({ originalCaptureId: 'capture-1', originalCaseId: 'case-1', bundleName: 'bundle.zip' });
    expect(imported.originalRecordHashes.get(first.id)).toBe(source.recordHash);
    expect(imported.artifacts.get(first.artifacts[0]!.id)).toEqual(fixture.artifacts.get('artifact-1'));
    expect(first.artifacts[0]!.sha256).toBe(source.artifacts[0]!.sha256);
    expect(imported.incidents[0]!.captureIds).toEqual([first.id]);
    expect(imported.notes[0]).toMatchObject({ caseId: 'new-1', captureId: first.id, text: 'My private note' });
  });

  it('rejects a tampered file and names it', async () => {
    const files = await goodFiles();
    flipByte(files.get('captures/0003-2026-11-23-reddit/screenshot.png'), 0);
    expect(await rejection(await zipMap(files))).toContain('captures/0003-2026-11-23-reddit/screenshot.png: has been changed');
  });

  it('rejects a wrong signature', async () => {
    const files = await goodFiles();
    const other = await realSigner();
    const forged = await reseal(files, other);
    forged.set('public-key.pem', files.get('public-key.pem')!);
    const digest = JSON.parse(text(forged.get('manifest.digest.json')));
    digest.publicKey = JSON.parse(text(files.get('manifest.digest.json'))).publicKey;
    forged.set('manifest.digest.json', bytesOf(JSON.stringify(digest)));
    expect(await rejection(await zipMap(forged))).toContain('manifest.json: signature does not verify with the bundled public key');
  });

  it.each([['../evil.txt'], ['/tmp/evil.txt'], ['captures\\..\\evil.txt'], ['C:/evil.txt']])('rejects the zip-slip path %j', async (path) => {
    const files = await goodFiles(1);
    files.set(path, bytesOf('evil'));
    // Shown escaped: a backslash is doubled so that no escape in a file name can pass for ours.
    expect(await rejection(await zipMap(files))).toContain(`${path.replaceAll('\\', '\\\\')}: unsafe path`);
  });

  it('rejects a zip bomb by entry count, before reading any entry', async () => {
    const many = new Map(Array.from({ length: 2001 }, (_, i) => [`f${i}.txt`, ''] as [string, string]));
    expect(await rejection(await zipMap(many), { limits: { maxEntries: 2000 } })).toContain('holds 2001 entries, more than the limit of 2000');
  });

  it('rejects a zip bomb by total expanded size', async () => {
    const zeros = new Uint8Array(4 << 20);
    const zip = await deflated({ 'a.bin': zeros, 'b.bin': zeros, 'c.bin': zeros });
    expect(zip.length).toBeLessThan(100_000);
    expect(await rejection(zip, { limits: { maxTotalBytes: 10 << 20 } })).toContain(`expands to ${12 << 20} bytes, more than the limit`);
  });

  it('rejects a zip bomb by one entry’s expanded size', async () => {
    const zip = await deflated({ 'bomb.bin': new Uint8Array(20 << 20) });
    expect(await rejection(zip, { limits: { maxEntryBytes: 8 << 20 } })).toContain('bomb.bin: expands to 20971520 bytes, more than the limit');
  });

  it('stops inflating an entry whose directory lies about its size', async () => {
    const zip = patchDeclaredSize(await deflated({ 'bomb.bin': new Uint8Array(20 << 20) }), 'bomb.bin', 1000);
    expect(await rejection(zip)).toMatch(/bomb.bin expands beyond its declared size or the limits \(zip bomb\?\)/);
  });

  it.each([['manifest.json'], [JSON_2], ['case.json']])('rejects malformed JSON in %s', async (path) => {
    const files = await goodFiles();
    files.set(path, bytesOf('{"format": "preserve.'));
    expect(await rejection(await zipMap(path === 'manifest.json' ? files : await reseal(files, await realSigner())))).toContain(`${path}: is not valid JSON`);
  });

  it('rejects an unknown format version', async () => {
    const files = await goodFiles();
    const manifest = JSON.parse(text(files.get('manifest.json'))) as BundleManifest;
    (manifest.preserve as { format: string }).format = 'preserve.bundle/2';
    files.set('manifest.json', bytesOf(JSON.stringify(manifest)));
    expect(await rejection(await zipMap(await reseal(files, await realSigner())))).toContain('unknown bundle format (preserve.bundle/2)');
  });

  it('rejects duplicate capture ids, even in an otherwise consistent, re-signed bundle', async () => {
    const files = await goodFiles(2);
    const json = JSON.parse(text(files.get(JSON_2))) as CaptureJson;
    const { recordHash: _, ...rest } = json.record;
    json.record = sealCapture({ ...rest, id: 'capture-1' });
    files.set(JSON_2, bytesOf(JSON.stringify(json)));
    const manifest = JSON.parse(text(files.get('manifest.json'))) as BundleManifest;
    manifest.preserve.chain[1] = { ...manifest.preserve.chain[1]!, captureId: 'capture-1', recordHash: json.record.recordHash };
    manifest.preserve.case.headHash = json.record.recordHash;
    files.set('manifest.json', bytesOf(JSON.stringify(manifest)));
    const message = await rejection(await zipMap(await reseal(files, await realSigner())));
    expect(message).toContain(`${JSON_2}: repeats capture id capture-1`);
    expect(message.split('\n')[1]).toBe(`- ${JSON_2}: repeats capture id capture-1`);
    expect(JSON.parse(text(files.get(JSON_1))).record.id).toBe('capture-1');
  });

  it('rejects duplicate incident ids in case.json', async () => {
    const files = await goodFiles();
    const caseJson = JSON.parse(text(files.get('case.json'))) as CaseJson;
    caseJson.incidents.push({ ...caseJson.incidents[0]! });
    files.set('case.json', bytesOf(JSON.stringify(caseJson)));
    expect(await rejection(await zipMap(await reseal(files, await realSigner())))).toContain('case.json: repeats incident id incident-1');
  });

  it('rejects the same zip entry twice', async () => {
    const files = await goodFiles(1);
    const zip = new JSZip();
    for (const [name, bytes] of files) zip.file(name, bytes, { createFolders: false });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const twice = renameSameLength(bytes, 'SHA256SUMS', 'VERIFY.txt');
    expect(await rejection(twice)).toContain('VERIFY.txt: appears twice in the zip');
  });

  it('refuses the platform copy, and a bundle already imported', async () => {
    const platform = await buildBundleBytes(bundleInput(makeFixture(1), await realSigner(), { copy: 'platform' }));
    expect(await rejection(platform)).toContain('This is a redacted platform copy');
    const legal = await buildBundleBytes(bundleInput(makeFixture(1), await realSigner()));
    const { caseRecord } = await parseBundleForImport(legal, options());
    expect(await rejection(legal, { earlierImports: [caseRecord.imported!] })).toContain('already been imported');
  });
});

/** Renames entries in place (names of the same length), so the zip can hold two entries with one name. */
function renameSameLength(zip: Uint8Array, from: string, to: string): Uint8Array {
  const out = zip.slice();
  const source = new TextDecoder('latin1').decode(out);
  for (let at = source.indexOf(from); at >= 0; at = source.indexOf(from, at + 1)) out.set(bytesOf(to), at);
  return out;
}
