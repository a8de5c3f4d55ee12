import type { CaptureRecord } from '../shared/types';

/** Files at the bundle's top level, written after the captures because they summarise them. */
export const FILES = {
  manifest: 'manifest.json',
  digest: 'manifest.digest.json',
  signature: 'manifest.sig',
  publicKey: 'public-key.pem',
  sums: 'SHA256SUMS',
  /** SHA256SUMS signed with the same key, so `sha256sum -c` plus one openssl line catch any changed file. */
  sumsSignature: 'SHA256SUMS.sig',
  report: 'report.html',
  capturesCsv: 'captures.csv',
  incidentsCsv: 'incident-log.csv',
  caseJson: 'case.json',
  /** Removal requests, the tracker and the letters' metadata (issue #9); absent from older bundles. */
  requestsJson: 'requests.json',
  /** Accounts involved, people affected, allies (issue #11); only when the case records someone. */
  peopleJson: 'people.json',
  /** Plan steps, threat assessments, the case's history, watched links and their checks (issue #11); legal copy only, when there is any. */
  workspaceJson: 'workspace.json',
  requestsCsv: 'requests.csv',
  trackerCsv: 'tracker.csv',
  verify: 'VERIFY.txt',
  declaration: 'DECLARATION.txt',
} as const;

export const CAPTURE_JSON = 'capture.json';

/** Saved letters, letters/<n>-<kind>.txt and .html, listed in requests.json. */
export const LETTERS_FOLDER = 'letters/';

/**
 * DOS timestamps are an unspecified local time, so a real date would differ by time zone and make
 * bundles irreproducible. Every entry gets 1980-01-01 00:00 local (the DOS epoch); the export time
 * is stated in manifest.json, where it is signed.
 */
export const ZIP_ENTRY_DATE_NOTE = '1980-01-01T00:00:00 (DOS epoch, fixed; the export time is in preserve.exportedAt)';
export function zipEntryDate(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

export function captureNumberWidth(captures: readonly CaptureRecord[]): number {
  const highest = captures.reduce((max, capture) => Math.max(max, capture.seq), 0);
  return Math.max(4, String(highest).length);
}

/**
 * captures/<n>-<date>-<platform>: n is the capture's place in the case's chain, so both copies agree.
 * A capture moved in from another case keeps its place in its own chain, so its folder also names
 * that case (…-from-<case>), and two chains' capture 3 never share a folder.
 */
export function captureFolder(capture: CaptureRecord, width: number, bundleCaseId = capture.caseId): string {
  const number = String(capture.seq).padStart(width, '0');
  const date = capture.observed.capturedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'undated';
  const platform = slug(capture.claimed?.platform?.platform.id ?? '') || 'web';
  const from = capture.caseId === bundleCaseId ? '' : `-from-${slug(capture.caseId).slice(0, 40) || 'case'}`;
  return `captures/${number}-${date}-${platform}${from}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
}

/** Artifact names come from the store, but a bundle must never carry a path a reader could misread. */
export function safeFileNames(names: readonly string[]): string[] {
  const used = new Set<string>([CAPTURE_JSON]);
  return names.map((raw, index) => {
    const cleaned =
      raw
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 100) || `file-${index + 1}`;
    let name = cleaned;
    for (let n = 2; used.has(name.toLowerCase()) || used.has(name); n++) {
      const dot = cleaned.lastIndexOf('.');
      name = dot > 0 ? `${cleaned.slice(0, dot)}-${n}${cleaned.slice(dot)}` : `${cleaned}-${n}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** preserve-<case>-<UTC date-time>.zip, safe on every file system. */
export function bundleFileName(caseTitle: string, exportedAt: Date, copy: 'legal' | 'platform'): string {
  const stamp = exportedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  const name = slug(caseTitle) || 'case';
  return `preserve-${name}-${stamp}${copy === 'platform' ? '-platform-copy' : ''}.zip`;
}

/**
 * Streaming order: every capture folder first (sorted), then the top-level files (sorted), because
 * those summarise the hashes of everything before them. Within each group, plain code-unit order.
 */
export function compareEntryPaths(a: string, b: string): number {
  const topA = !a.includes('/');
  const topB = !b.includes('/');
  if (topA !== topB) return topA ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Why a path in a received zip is unsafe to extract or to trust, or null when it is fine.
 * Zip-slip: absolute paths, drive letters, backslashes, `..` or `.` segments, empty segments.
 */
export function unsafePathReason(path: string): string | null {
  if (path.length === 0) return 'empty name';
  if (path.length > 400) return 'name too long';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control characters in the name';
  if (path.includes('\\')) return 'backslash in the name';
  if (path.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'drive letter';
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '..')) return 'parent-directory (..) segment';
  if (segments.some((segment) => segment === '.' || segment === '')) return 'empty or "." segment';
  return null;
}
