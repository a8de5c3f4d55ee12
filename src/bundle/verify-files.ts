import type { Sha256Hex } from '../shared/hash';
import { NOT_IN_MANIFEST, NOT_IN_SUMS } from './bundle-manifest';
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
    const { path } = resource;
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

/** The file `sha256sum -c` reads: every line well formed and once, every file listed, nothing listed that is absent. */
export function verifyAgainstSums(sums: Uint8Array | undefined, actual: ActualFiles): ZipProblem[] {
  if (!sums) return [{ file: FILES.sums, message: 'is missing' }];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(sums);
  } catch {
    return [{ file: FILES.sums, message: 'is not UTF-8 text' }];
  }
  const { lines, problems: malformed } = parseSha256Sums(text);
  const problems: ZipProblem[] = malformed.map((message) => ({ file: FILES.sums, message }));
  const listed = new Set<string>();
  for (const line of lines) {
    listed.add(line.path);
    const file = actual.get(line.path);
    if (NOT_IN_SUMS.has(line.path)) problems.push({ file: FILES.sums, message: `lists ${line.path}, which it cannot hold a fingerprint of` });
    else if (!file) problems.push({ file: line.path, message: 'is listed in SHA256SUMS but missing' });
    else if (file.sha256 !== line.sha256) problems.push({ file: line.path, message: 'has been changed: its SHA-256 does not match SHA256SUMS' });
  }
  for (const path of actual.keys()) {
    if (!listed.has(path) && !NOT_IN_SUMS.has(path)) problems.push({ file: path, message: 'is in the zip but not listed in SHA256SUMS' });
  }
  return problems;
}
