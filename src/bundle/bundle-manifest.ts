import { toBase64 } from '../shared/base64';
import { FILES, ZIP_ENTRY_DATE_NOTE } from './bundle-paths';
import { p1363ToDer } from './signing';
import { BUNDLE_FORMAT, type BundleFileInfo, type BundleManifest, type BundleSummary, type ChainEntry, type DigestFile, type PublicKeyJwk } from './types';

const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  html: 'text/html',
  csv: 'text/csv',
  txt: 'text/plain',
  pem: 'application/x-pem-file',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  mhtml: 'multipart/related',
};

export function mediaTypeForPath(path: string): string {
  if (path === FILES.sums) return 'text/plain';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

/** Files manifest.json cannot list, because they are made from it (or, for SHA256SUMS and its signature, list it). */
export const NOT_IN_MANIFEST: ReadonlySet<string> = new Set([FILES.manifest, FILES.digest, FILES.signature, FILES.sums, FILES.sumsSignature]);

/** Files SHA256SUMS cannot list: itself, and its signature, which is made from it. */
export const NOT_IN_SUMS: ReadonlySet<string> = new Set([FILES.sums, FILES.sumsSignature]);

export function chainEntries(summary: BundleSummary): ChainEntry[] {
  return summary.captures.map(({ record }) => ({
    seq: record.seq,
    captureId: record.id,
    recordHash: record.recordHash,
    prevHash: record.prevHash,
  }));
}

/** Shaped like WACZ's datapackage.json so tools that read that can read the file list. */
export function buildManifest(summary: BundleSummary, files: readonly BundleFileInfo[]): BundleManifest {
  return {
    profile: 'data-package',
    title: summary.copy === 'platform' ? 'Preserve evidence bundle (redacted platform copy)' : 'Preserve evidence bundle (legal copy)',
    created: summary.exportedAt,
    resources: files
      .filter((file) => !NOT_IN_MANIFEST.has(file.path))
      .map((file) => ({
        name: file.path.slice(file.path.lastIndexOf('/') + 1),
        path: file.path,
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        mediatype: file.mediatype,
      })),
    preserve: {
      format: BUNDLE_FORMAT,
      copy: summary.copy,
      software: { name: 'Preserve', version: summary.softwareVersion },
      exportedAt: summary.exportedAt,
      selection: summary.selection,
      case: summary.bundleCase,
      chain: chainEntries(summary),
      zipDates: ZIP_ENTRY_DATE_NOTE,
    },
  };
}

export function buildDigest(manifestSha256: string, signature: Uint8Array, jwk: PublicKeyJwk, fingerprint: string): DigestFile {
  return {
    format: BUNDLE_FORMAT,
    path: FILES.manifest,
    hash: `sha256:${manifestSha256}`,
    signature: { algorithm: 'ECDSA-P256-SHA256', encoding: 'ieee-p1363-base64', value: toBase64(signature), derFile: FILES.signature },
    publicKey: { jwk, spkiPemFile: FILES.publicKey, fingerprint },
  };
}

export function signatureDer(signature: Uint8Array): Uint8Array {
  return p1363ToDer(signature);
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}
