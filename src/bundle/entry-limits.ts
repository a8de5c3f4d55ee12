import { CAPTURE_JSON, FILES } from './bundle-paths';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * The most each file we parse whole may hold, so a bundle cannot make the verifier parse (and
 * hold) gigabytes of JSON. Each is several times what Preserve writes, scaled where the file grows
 * with the bundle: a manifest resource or chain entry is ~250 bytes, a SHA256SUMS line ≤ 470, a
 * note ≤ 20,000 characters (≤ 120 KB as JSON in the worst case, all escapes). A capture.json is
 * its record plus a file list; the page's claims are clipped when captured, and 4 MiB leaves room
 * for a few hundred KB of claimed text written as \u escapes (6 bytes a character).
 */
export function parsedFileLimit(path: string, entryCount: number): number | undefined {
  switch (path) {
    case FILES.manifest:
      return 1 * MiB + 2 * KiB * entryCount;
    case FILES.sums:
      return 1 * KiB + 1 * KiB * entryCount;
    case FILES.caseJson:
    case FILES.requestsJson:
    case FILES.peopleJson:
    case FILES.workspaceJson:
      return Math.min(256 * MiB, 8 * MiB + 64 * KiB * entryCount);
    case FILES.digest:
      return 4 * KiB;
    case FILES.publicKey:
      return 1 * KiB;
    case FILES.signature:
    case FILES.sumsSignature:
      return 128;
    default:
      return isCaptureJson(path) ? 4 * MiB : undefined;
  }
}

export function isCaptureJson(path: string): boolean {
  return /^captures\/[^/]+\//.test(path) && path.endsWith(`/${CAPTURE_JSON}`) && path.split('/').length === 3;
}
