import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../../src/shared/base64';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { jwkToSpkiDer, p1363ToDer, verifyP1363 } from '../../../src/bundle/signing';
import type { DigestFile } from '../../../src/bundle/types';
import { bundleInput, makeFixture, realSigner } from './fixtures';
import { unzipInto, withTempDir } from './zip-tools';

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

describe('a bundle checked with standard tools, without Preserve', () => {
  it.each(['legal', 'platform'] as const)('the %s copy passes unzip -t, sha256sum -c and openssl', async (copy) => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(3), await realSigner(), { copy }));
    await withTempDir((dir) => {
      unzipInto(dir, zip);
      expect(run('unzip', ['-t', 'bundle.zip'], dir)).toMatch(/No errors detected/);
      const out = join(dir, 'out');
      const sums = run('sha256sum', ['-c', 'SHA256SUMS'], out);
      expect(sums.trim().split('\n')).toHaveLength(19);
      expect(sums).not.toMatch(/FAILED/);
      expect(run('openssl', ['dgst', '-sha256', '-verify', 'public-key.pem', '-signature', 'manifest.sig', 'manifest.json'], out)).toMatch(/Verified OK/);
    });
  });

  it('sha256sum -c and openssl both fail once a file is changed', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(2), await realSigner()));
    await withTempDir((dir) => {
      unzipInto(dir, zip);
      const out = join(dir, 'out');
      execFileSync('sh', ['-c', 'printf x >> captures/0002-2026-11-22-reddit/screenshot.png && printf " " >> manifest.json'], { cwd: out });
      const check = spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
      expect(check.status).not.toBe(0);
      expect(check.stdout.trim().split('\n').sort()).toEqual(['captures/0002-2026-11-22-reddit/screenshot.png: FAILED', 'manifest.json: FAILED']);
      expect(() => run('openssl', ['dgst', '-sha256', '-verify', 'public-key.pem', '-signature', 'manifest.sig', 'manifest.json'], out)).toThrow();
    });
  });

  it('the signature verifies with WebCrypto from the JWK and from the PEM in the bundle', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(1), await realSigner()));
    await withTempDir(async (dir) => {
      unzipInto(dir, zip);
      const read = (name: string) => new Uint8Array(readFileSync(join(dir, 'out', name)));
      const digest = JSON.parse(new TextDecoder().decode(read('manifest.digest.json'))) as DigestFile;
      const signature = fromBase64(digest.signature.value);
      expect(await verifyP1363(digest.publicKey.jwk, signature, read('manifest.json'))).toBe(true);
      const pem = new TextDecoder().decode(read('public-key.pem'));
      const der = fromBase64(pem.replace(/-----[^-]+-----/g, ''));
      expect(der).toEqual(jwkToSpkiDer(digest.publicKey.jwk));
      const key = await crypto.subtle.importKey('spki', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
      expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, read('manifest.json'))).toBe(true);
      expect(read('manifest.sig')).toEqual(p1363ToDer(signature));
      expect(await verifyP1363(digest.publicKey.jwk, signature, read('report.html'))).toBe(false);
    });
  });
});
