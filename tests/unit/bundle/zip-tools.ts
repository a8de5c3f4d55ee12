import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeZip } from 'client-zip';
import JSZip from 'jszip';
import { sha256Bytes } from '../../../src/shared/hash';
import { buildDigest, jsonBytes, NOT_IN_MANIFEST } from '../../../src/bundle/bundle-manifest';
import { compareEntryPaths } from '../../../src/bundle/bundle-paths';
import { formatSha256Sums } from '../../../src/bundle/sha256sums';
import { jwkToSpkiDer, keyFingerprint, p1363ToDer, spkiPem } from '../../../src/bundle/signing';
import type { BundleManifest, BundleSigner } from '../../../src/bundle/types';

/** Every file of a zip, in zip order (read with JSZip, as the design card says). */
export async function unzipToMap(zip: Uint8Array): Promise<Map<string, Uint8Array>> {
  const jszip = await JSZip.loadAsync(zip);
  const files = new Map<string, Uint8Array>();
  for (const file of Object.values(jszip.files)) if (!file.dir) files.set(file.name, await file.async('uint8array'));
  return files;
}

/** client-zip writes names exactly as given, which is what hostile-zip tests need. */
export async function zipMap(files: Map<string, Uint8Array | string>): Promise<Uint8Array> {
  const entries = [...files].map(([name, input]) => ({ name, input, lastModified: new Date(1980, 0, 1) }));
  return new Uint8Array(await new Response(makeZip(entries)).arrayBuffer());
}

export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Changes one byte in place, as a careless or hostile edit would. */
export function flipByte(bytes: Uint8Array | undefined, at: number, mask = 1): void {
  if (!bytes || at >= bytes.length) throw new Error(`no byte ${at} to change`);
  bytes[at] = (bytes[at] ?? 0) ^ mask;
}
export const bytesOf = (value: string) => new TextEncoder().encode(value);

/**
 * Rewrites manifest, SHA256SUMS, digest and signature after a change, as a forger with their own
 * key would: proves the later checks (chain, ids, formats) catch what hashes alone would not.
 */
export async function reseal(files: Map<string, Uint8Array>, signer: BundleSigner): Promise<Map<string, Uint8Array>> {
  files = new Map(files);
  files.set('public-key.pem', bytesOf(spkiPem(jwkToSpkiDer(signer.publicKeyJwk))));
  const manifest = JSON.parse(text(files.get('manifest.json'))) as BundleManifest;
  const listed = [...files.keys()].filter((path) => !NOT_IN_MANIFEST.has(path)).sort(compareEntryPaths);
  manifest.resources = await Promise.all(
    listed.map(async (path) => ({
      name: path.split('/').pop()!,
      path,
      bytes: files.get(path)!.length,
      hash: `sha256:${await sha256Bytes(files.get(path)!)}`,
      mediatype: 'application/octet-stream',
    })),
  );
  const manifestBytes = jsonBytes(manifest);
  const signature = await signer.sign(manifestBytes);
  const out = new Map(files);
  out.set('manifest.json', manifestBytes);
  out.set('manifest.sig', p1363ToDer(signature));
  out.set(
    'manifest.digest.json',
    jsonBytes(buildDigest(await sha256Bytes(manifestBytes), signature, signer.publicKeyJwk, await keyFingerprint(signer.publicKeyJwk, sha256Bytes))),
  );
  out.delete('SHA256SUMS');
  out.delete('SHA256SUMS.sig');
  const sums = await Promise.all([...out.keys()].sort(compareEntryPaths).map(async (path) => ({ path, sha256: await sha256Bytes(out.get(path)!) })));
  const sumsBytes = bytesOf(formatSha256Sums(sums));
  out.set('SHA256SUMS', sumsBytes);
  out.set('SHA256SUMS.sig', p1363ToDer(await signer.sign(sumsBytes)));
  return out;
}

export async function withTempDir<T>(run: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'preserve-bundle-'));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function unzipInto(dir: string, zip: Uint8Array): void {
  writeFileSync(join(dir, 'bundle.zip'), zip);
  execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: dir });
}

/** Sets the expanded size an entry declares (central directory and local header) to `size`. */
export function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = bytesOf(name);
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    const isCentral = sig === 0x02014b50;
    const isLocal = sig === 0x04034b50;
    if (!isCentral && !isLocal) continue;
    const nameAt = at + (isCentral ? 46 : 30);
    const length = view.getUint16(at + (isCentral ? 28 : 26), true);
    if (length !== nameBytes.length || !nameBytes.every((byte, i) => out[nameAt + i] === byte)) continue;
    view.setUint32(at + (isCentral ? 24 : 22), size, true);
  }
  return out;
}
