import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { bundleInput, makeFixture, realSigner } from './fixtures';
import { forgeZip, UNIX_SYMLINK, type ForgedEntry } from './zip-forge';
import { unzipToMap, withTempDir } from './zip-tools';

/** A genuine bundle's files, re-laid byte by byte so a forged record can be added. */
async function genuineEntries(): Promise<ForgedEntry[]> {
  const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), await realSigner())));
  return [...files].map(([name, content]) => ({ name, content }));
}

function unzipIn(dir: string, zip: Uint8Array, ...args: string[]) {
  writeFileSync(join(dir, 'b.zip'), zip);
  return spawnSync('unzip', [...args, 'b.zip', '-d', 'out'], { cwd: dir, encoding: 'utf8' });
}

/**
 * The two attacks from issue #8, on a real bundle, each checked against Info-ZIP `unzip` (what a
 * recipient extracts with) to show the archive really reads two ways, and that verification
 * refuses it rather than vouching for one reading.
 */
describe('zips that unzip reads differently from the verifier', () => {
  it('a second report.html record after the declared count: unzip extracts the forged copy; verification refuses', async () => {
    const entries = [...(await genuineEntries()), { name: 'report.html', content: '<p>forged</p>' }];
    const zip = forgeZip(entries, { uncounted: 1 });
    await withTempDir((dir) => {
      unzipIn(dir, zip, '-o', '-q');
      expect(readFileSync(join(dir, 'out/report.html'), 'utf8')).toBe('<p>forged</p>');
    });
    const result = await verifyBundle(zip);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { message: `The zip directory holds more than the ${entries.length - 1} records its end record declares; other tools would read the extra ones.` },
    ]);
  });

  it('a directory size shortened to hide a symlink record: unzip creates the link; verification refuses', async () => {
    const entries = [...(await genuineEntries()), { name: 'captures/link', content: '../../../outside', externalAttributes: UNIX_SYMLINK }];
    const zip = forgeZip(entries, { uncounted: 1, uncountedOutsideSize: true });
    await withTempDir((dir) => {
      unzipIn(dir, zip, '-o', '-q');
      expect(lstatSync(join(dir, 'out/captures/link')).isSymbolicLink()).toBe(true);
    });
    const result = await verifyBundle(zip);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/^The zip directory does not end where the end-of-archive record begins/);
  });

  it('the same bundle laid out honestly verifies, so the refusals above are about the layout alone', async () => {
    const zip = forgeZip(await genuineEntries());
    await withTempDir((dir) => expect(unzipIn(dir, zip, '-t').stdout).toMatch(/No errors detected/));
    const result = await verifyBundle(zip);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
