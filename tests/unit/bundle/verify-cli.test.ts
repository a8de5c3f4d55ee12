import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { bundleInput, makeFixture, realSigner } from './fixtures';
import { bytesOf, flipByte, unzipToMap, withTempDir, zipMap } from './zip-tools';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'bin/preserve-verify.mjs');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
}

describe('preserve-verify (the built CLI, as recipients run it)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-verify.ts'], { cwd: root, stdio: 'pipe' });
  }, 60_000);

  it('exits 0 with a short summary on a good bundle', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(2), await realSigner()));
    await withTempDir((dir) => {
      writeFileSync(join(dir, 'good.zip'), zip);
      const run = cli(join(dir, 'good.zip'));
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^OK: .*good\.zip\n/);
      expect(run.stdout).toContain('2 capture(s), 19 files');
      expect(run.stdout).toContain('every hash, both signatures, the chain of captures and the manifest digest check out');
    });
  });

  it('exits non-zero and names every failing file on a tampered bundle', async () => {
    const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), await realSigner())));
    flipByte(files.get('captures/0001-2026-11-21-reddit/screenshot.png'), 5);
    files.set('report.html', bytesOf('<p>replaced</p>'));
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'bad.zip'), await zipMap(files));
      const run = cli(join(dir, 'bad.zip'));
      expect(run.status).toBe(1);
      const failing = (run.stderr.split('Files that fail:\n')[1] ?? '')
        .trim()
        .split('\n')
        .map((line) => line.trim());
      expect(failing.sort()).toEqual(['captures/0001-2026-11-21-reddit/screenshot.png', 'report.html']);
    });
  });

  it('exits 2 with usage when given nothing, and on a missing file', () => {
    expect(cli().status).toBe(2);
    const missing = cli('/nonexistent/bundle.zip');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read /nonexistent/bundle.zip');
  });
});
