import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import type { CaptureJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { formatVerifyResult } from '../../../src/bundle/verify-cli';
import { bundleInput, fakeSigner, makeFixture, realSigner } from './fixtures';
import { bytesOf, flipByte, reseal, text, unzipToMap, zipMap } from './zip-tools';

const SHOT_2 = 'captures/0002-2026-11-22-reddit/screenshot.png';
const JSON_2 = 'captures/0002-2026-11-22-reddit/capture.json';

async function goodBundle(copy: 'legal' | 'platform' = 'legal', count = 3) {
  return buildBundleBytes(bundleInput(makeFixture(count), await realSigner(), { copy }));
}

describe('verifyBundle', () => {
  it.each(['legal', 'platform'] as const)('accepts a freshly exported %s copy and summarises it', async (copy) => {
    const result = await verifyBundle(await goodBundle(copy));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ copy, caseId: 'case-1', captureCount: 3, fileCount: 21, selection: 'whole-case', software: 'Preserve 0.1.0' });
    expect(result.summary.keyFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(formatVerifyResult('b.zip', result)[0]).toBe('OK: b.zip');
  });

  it('accepts a bundle of selected captures whose chain has gaps', async () => {
    const fixture = makeFixture(4);
    const zip = await buildBundleBytes(
      bundleInput(fixture, await realSigner(), { captures: [fixture.captures[0]!, fixture.captures[1]!, fixture.captures[3]!] }),
    );
    const result = await verifyBundle(zip);
    expect(result.problems).toEqual([]);
    expect(result.summary.selection).toBe('selected');
  });

  it('names a changed artifact, in the summary the CLI prints too', async () => {
    const files = await unzipToMap(await goodBundle());
    flipByte(files.get(SHOT_2), 10, 0xff);
    const result = await verifyBundle(await zipMap(files));
    expect(result.ok).toBe(false);
    expect(result.problems.filter((problem) => problem.file === SHOT_2).map((problem) => problem.message)).toEqual([
      'has been changed: its SHA-256 does not match manifest.json',
      'has been changed: its SHA-256 does not match SHA256SUMS',
      'has been changed: its SHA-256 does not match capture.json',
    ]);
    expect(formatVerifyResult('b.zip', result).slice(-2)).toEqual(['Files that fail:', `  ${SHOT_2}`]);
  });

  it('catches a changed capture record even when the forger re-signs everything with their own key', async () => {
    const files = await unzipToMap(await goodBundle());
    const json = JSON.parse(text(files.get(JSON_2))) as CaptureJson;
    json.record.observed.tabUrl = 'https://elsewhere.test/';
    files.set(JSON_2, bytesOf(JSON.stringify(json)));
    const result = await verifyBundle(await zipMap(await reseal(files, await realSigner())));
    expect(result.problems).toEqual([{ file: JSON_2, message: 'capture record has been changed: its hash does not match' }]);
  });

  it('catches a capture removed from the middle of a whole-case bundle', async () => {
    const files = await unzipToMap(await goodBundle());
    for (const path of [...files.keys()]) if (path.startsWith('captures/0002')) files.delete(path);
    const result = await verifyBundle(await zipMap(await reseal(files, await realSigner())));
    expect(result.problems.map((problem) => problem.message)).toContain('lists capture capture-2 in the chain, but the bundle does not hold it');
    expect(result.problems.some((problem) => /chain of captures is broken at capture capture-3/.test(problem.message))).toBe(true);
  });

  it('names files added to the zip but listed nowhere', async () => {
    const files = await unzipToMap(await goodBundle());
    files.set('captures/0001-2026-11-21-reddit/extra.png', bytesOf('x'));
    const result = await verifyBundle(await zipMap(files));
    expect(result.problems).toEqual([
      { file: 'captures/0001-2026-11-21-reddit/extra.png', message: 'is in the zip but not listed in manifest.json' },
      { file: 'captures/0001-2026-11-21-reddit/extra.png', message: 'is in the zip but not listed in SHA256SUMS' },
      { file: 'captures/0001-2026-11-21-reddit/extra.png', message: 'is not listed in its capture.json' },
    ]);
  });

  it('rejects a bundle signed by the fake signer (its signature is not ECDSA)', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(1), fakeSigner));
    const result = await verifyBundle(zip);
    expect(result.problems).toEqual([
      { file: 'manifest.json', message: 'signature does not verify with the bundled public key' },
      { file: 'SHA256SUMS', message: 'signature (SHA256SUMS.sig) does not verify with the bundled public key' },
    ]);
  });

  it('rejects something that is not a zip', async () => {
    const result = await verifyBundle(bytesOf('hello, not a zip at all, just some text'));
    expect(result.problems).toEqual([{ message: 'This is not a zip file (no end-of-archive record).' }]);
  });
});
