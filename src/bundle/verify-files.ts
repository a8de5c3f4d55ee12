import type { Sha256Hex } from '../shared/hash';
import { NOT_IN_MANIFEST } from './bundle-manifest';
import { FILES } from './bundle-paths';
import { parseSha256Sums } from './sha256sums';
import type { BundleManifest } from './types';
import type { ZipProblem } from './zip-directory';

export type ActualFiles = Map<string, { sha256: Sha256Hex; bytes: number }>;

/** Every listed file present with its hash and size; every present file listed. */
export function verifyAgainstManifest(manifest: BundleManifest, actual: ActualFiles): ZipProblem[] {
  const problems: ZipProblem[] = [];
  const listed = new Set<string>();
  for (const resource of manifest.resources) {
    const path = String(resource?.path);
    if (listed.has(path)) problems.push({ file: path, message: 'is listed twice in manifest.json' });
    listed.add(path);
    const file = actual.get(path);
    if (!file) problems.push({ file: path, message: 'is listed in manifest.json but missing' });
    else if (resource.hash !== `sha256:${file.sha256}`) problems.push({ file: path, message: 'has been changed: its SHA-256 does not match manifest.json' });
    else if (resource.bytes !== file.bytes) problems.push({ file: path, message: 'has a different size than manifest.json says' });
  }
  for (const path of actual.keys()) {
    if (!listed.has(path) && !NOT_IN_MANIFEST.has(path)) problems.push({ file: path, message: 'is in the zip but not listed in manifest.json' });
  }
  return problems;
}

export function verifyAgainstSums(sums: Uint8Array | undefined, actual: ActualFiles): ZipProblem[] {
  if (!sums) return [{ file: FILES.sums, message: 'is missing' }];
  const { lines, bad } = parseSha256Sums(new TextDecoder().decode(sums));
  const problems: ZipProblem[] = bad.map((line) => ({ file: FILES.sums, message: `has an unreadable line: ${line.slice(0, 80)}` }));
  const listed = new Set<string>();
  for (const line of lines) {
    listed.add(line.path);
    const file = actual.get(line.path);
    if (!file) problems.push({ file: line.path, message: 'is listed in SHA256SUMS but missing' });
    else if (file.sha256 !== line.sha256) problems.push({ file: line.path, message: 'has been changed: its SHA-256 does not match SHA256SUMS' });
  }
  for (const path of actual.keys()) {
    if (!listed.has(path) && path !== FILES.sums) problems.push({ file: path, message: 'is in the zip but not listed in SHA256SUMS' });
  }
  return problems;
}
