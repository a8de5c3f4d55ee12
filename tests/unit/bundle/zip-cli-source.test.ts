import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { runVerifyCli, type CliIo } from '../../../src/bundle/verify-cli';
import { fileHandleSource } from '../../../src/bundle/zip-source';
import { bundleInput, makeFixture, realSigner } from './fixtures';
import { recording } from './zip-forge';
import { withTempDir } from './zip-tools';

/** The CLI's io as bin/preserve-verify.mjs wires it (Node's hash for the whole file), recording every read. */
function fileIo(reads: number[], lines: string[]): CliIo {
  return {
    open: async (path) => {
      const handle = await open(path, 'r');
      const source = fileHandleSource(handle, (await handle.stat()).size);
      const sha256 = async () => {
        const hash = createHash('sha256');
        for await (const chunk of handle.createReadStream({ start: 0, autoClose: false })) hash.update(chunk);
        return hash.digest('hex');
      };
      return { ...recording(source, reads), sha256, close: () => handle.close() };
    },
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  };
}

describe('preserve-verify reads the zip through a file handle', () => {
  it('verifies a bundle without one read of the whole file', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(60), await realSigner()));
    await withTempDir(async (dir) => {
      writeFileSync(join(dir, 'b.zip'), zip);
      const reads: number[] = [];
      const lines: string[] = [];
      expect(await runVerifyCli([join(dir, 'b.zip')], fileIo(reads, lines))).toBe(0);
      expect(lines[0]).toMatch(/^OK: /);
      expect(reads.length).toBeGreaterThan(10);
      // The largest reads are one entry (report.html) or the end-record search (the last 64 KiB).
      expect(zip.length).toBeGreaterThan(300_000);
      expect(Math.max(...reads)).toBeLessThan(zip.length / 2);
    });
  });

  it('says it cannot read a folder (exit 2), with no stack trace', async () => {
    await withTempDir(async (dir) => {
      mkdirSync(join(dir, 'folder.zip'));
      const lines: string[] = [];
      expect(await runVerifyCli([join(dir, 'folder.zip')], fileIo([], lines))).toBe(2);
      expect(lines).toEqual([expect.stringMatching(/^Cannot read .*folder\.zip: EISDIR/)]);
    });
  });
});
