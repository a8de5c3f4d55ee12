import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { formatSha256Sums } from '../../../src/bundle/sha256sums';
import { sha256Bytes } from '../../../src/shared/hash';
import { bundleInput, makeFixture, realSigner } from './fixtures';
import { reseal, unzipInto, withTempDir } from './zip-tools';

const SHOT = 'captures/0001-2026-11-21-reddit/screenshot.png';

/** Every command VERIFY.txt tells a recipient to run with coreutils and OpenSSL, exactly as printed. */
function printedCommands(verifyTxt: string): string[] {
  return verifyTxt
    .split('\n')
    .filter((line) => /^ {4}(openssl|sha256sum|shasum) /.test(line))
    .map((line) => line.trim());
}

function run(command: string, cwd: string) {
  const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** A bundle unzipped into a folder, as the recipient has it, and the commands its VERIFY.txt prints. */
async function unzipped<T>(zip: Uint8Array, check: (folder: string, commands: string[]) => T | Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    unzipInto(dir, zip);
    const folder = join(dir, 'out');
    return check(folder, printedCommands(readFileSync(join(folder, 'VERIFY.txt'), 'utf8')));
  });
}

const isFingerprint = (command: string) => command.startsWith('openssl pkey');
const isCheck = (command: string) => !isFingerprint(command);

/** The forgery from the issue: a screenshot and report.html replaced, SHA256SUMS rewritten to match. */
async function forge(folder: string): Promise<void> {
  writeFileSync(join(folder, SHOT), 'a different picture');
  writeFileSync(join(folder, 'report.html'), '<p>a different report</p>');
  const sums = readFileSync(join(folder, 'SHA256SUMS'), 'utf8');
  const paths = sums
    .trimEnd()
    .split('\n')
    .map((line) => line.slice(66));
  const rewritten = await Promise.all(paths.map(async (path) => ({ path, sha256: await sha256Bytes(readFileSync(join(folder, path))) })));
  writeFileSync(join(folder, 'SHA256SUMS'), formatSha256Sums(rewritten));
}

describe('the manual checks in VERIFY.txt, run as printed with real sha256sum and openssl', () => {
  it('prints the signature checks, the file check and the fingerprint command', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(2), await realSigner()));
    await unzipped(zip, (_folder, commands) => {
      expect(commands).toEqual([
        'openssl dgst -sha256 -verify public-key.pem -signature SHA256SUMS.sig SHA256SUMS',
        'openssl dgst -sha256 -verify public-key.pem -signature manifest.sig manifest.json',
        'sha256sum -c SHA256SUMS',
        'shasum -a 256 -c SHA256SUMS',
        'openssl pkey -pubin -in public-key.pem -outform DER | openssl dgst -sha256',
      ]);
    });
  });

  it('all pass on the bundle as exported, and the fingerprint matches the one Preserve states', async () => {
    const signer = await realSigner();
    const zip = await buildBundleBytes(bundleInput(makeFixture(2), signer));
    await unzipped(zip, (folder, commands) => {
      for (const command of commands.filter(isCheck)) {
        const result = run(command, folder);
        expect(result.ok, `${command}\n${result.output}`).toBe(true);
        expect(result.output).not.toMatch(/FAILED|Failure/);
      }
      const digest = JSON.parse(readFileSync(join(folder, 'manifest.digest.json'), 'utf8')) as { publicKey: { fingerprint: string } };
      const printed = run(commands.find(isFingerprint)!, folder).output;
      expect(printed).toContain(digest.publicKey.fingerprint.replace('sha256:', ''));
      expect(readFileSync(join(folder, 'VERIFY.txt'), 'utf8')).toContain(digest.publicKey.fingerprint);
    });
  });

  it('catch a replaced screenshot and report.html even when SHA256SUMS is rewritten to match', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(2), await realSigner()));
    await unzipped(zip, async (folder, commands) => {
      await forge(folder);
      // The forgery is consistent as far as hashes go: the file check alone would pass it...
      expect(run('sha256sum -c SHA256SUMS', folder).ok).toBe(true);
      // ...and manifest.json, untouched, still verifies.
      expect(run('openssl dgst -sha256 -verify public-key.pem -signature manifest.sig manifest.json', folder).output).toContain('Verified OK');
      const failed = commands.filter(isCheck).filter((command) => !run(command, folder).ok);
      expect(failed).toEqual(['openssl dgst -sha256 -verify public-key.pem -signature SHA256SUMS.sig SHA256SUMS']);
    });
  });

  it('show a different fingerprint when a forger re-signs everything with a key of their own', async () => {
    const real = await realSigner();
    const zip = await buildBundleBytes(bundleInput(makeFixture(2), real));
    const realFingerprint = await unzipped(zip, (folder, commands) => run(commands.find(isFingerprint)!, folder).output);
    const files = new Map<string, Uint8Array>();
    await withTempDir(async (dir) => {
      unzipInto(dir, zip);
      for (const line of readFileSync(join(dir, 'out', 'SHA256SUMS'), 'utf8')
        .trimEnd()
        .split('\n')) {
        const path = line.slice(66);
        files.set(path, new Uint8Array(readFileSync(join(dir, 'out', path))));
      }
    });
    files.set(SHOT, new TextEncoder().encode('a different picture'));
    const forged = await reseal(files, await realSigner());
    await withTempDir(async (dir) => {
      for (const [path, bytes] of forged) {
        const target = join(dir, path);
        spawnSync('mkdir', ['-p', target.slice(0, target.lastIndexOf('/'))]);
        writeFileSync(target, bytes);
      }
      const commands = printedCommands(readFileSync(join(dir, 'VERIFY.txt'), 'utf8'));
      // Every signature and hash check passes: only the fingerprint comparison can catch this,
      // which is why VERIFY.txt says a signature proves something only with a known fingerprint.
      for (const command of commands.filter(isCheck)) expect(run(command, dir).ok, command).toBe(true);
      expect(run(commands.find(isFingerprint)!, dir).output).not.toBe(realFingerprint);
      expect(readFileSync(join(dir, 'VERIFY.txt'), 'utf8')).toMatch(/proves\s+something only when the key's fingerprint matches one you got another way/);
    });
  });
});
