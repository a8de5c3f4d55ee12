import type { Sha256Hex } from '../shared/hash';
import type { ArtifactRef, CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';

/** Format id written into every manifest; bump it (and teach verify-bundle.ts) when the layout changes. */
export const BUNDLE_FORMAT = 'preserve.bundle/1';
export const CAPTURE_JSON_FORMAT = 'preserve.bundle-capture/1';
export const CASE_JSON_FORMAT = 'preserve.bundle-case/1';

/** 'legal' keeps every original byte; 'platform' pixelates images and leaves out what the person typed. */
export type BundleCopy = 'legal' | 'platform';

export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface BundleSigner {
  publicKeyJwk: PublicKeyJwk;
  /** ECDSA P-256 over SHA-256 of `bytes`, IEEE P1363 r||s (64 bytes), as WebCrypto returns it. */
  sign(bytes: Uint8Array): Promise<Uint8Array>;
}

export interface BundleProgress {
  phase: 'captures' | 'summary' | 'done';
  capturesDone: number;
  capturesTotal: number;
  bytesDone: number;
}

export interface BundleInput {
  caseRecord: CaseRecord;
  captures: readonly CaptureRecord[];
  incidents: readonly IncidentRecord[];
  notes: readonly NoteRecord[];
  readArtifact: (captureId: string, artifact: ArtifactRef) => Promise<Uint8Array>;
  copy: BundleCopy;
  /** Required for the platform copy: returns a pixelated or blurred image (canvas in the extension page). */
  redactImage?: (bytes: Uint8Array, mediaType: string) => Promise<{ bytes: Uint8Array; mediaType: string }>;
  signer: BundleSigner;
  now: () => Date;
  softwareVersion: string;
  /** Injected so golden tests and Node can swap it; defaults to WebCrypto. */
  hash?: (bytes: Uint8Array) => Promise<Sha256Hex>;
  onProgress?: (progress: BundleProgress) => void;
  /** Longest stretch the builder runs without giving the event loop a turn. */
  yieldEveryMs?: number;
}

/** One file as it sits in the bundle, after writing. */
export interface BundleFileInfo {
  path: string;
  bytes: number;
  sha256: Sha256Hex;
  mediatype: string;
}

export interface CaptureFileEntry {
  name: string;
  path: string;
  bytes: number;
  sha256: Sha256Hex;
  mediaType: string;
  artifactId: string;
  /** Present on the platform copy: what happened to the original, whose hash is in `record.artifacts`. */
  redaction?: { method: 'pixelated'; originalSha256: Sha256Hex; originalBytes: number };
}

/** captures/<folder>/capture.json */
export interface CaptureJson {
  format: typeof CAPTURE_JSON_FORMAT;
  copy: BundleCopy;
  number: number;
  folder: string;
  /** The capture record exactly as stored, so its recordHash can be recomputed. */
  record: CaptureRecord;
  files: CaptureFileEntry[];
  /** Artifacts the platform copy leaves out (page archives can hold the unblurred image). */
  omitted: { artifactId: string; name: string; sha256: Sha256Hex; bytes: number; reason: string }[];
}

/** The case as the bundle states it; the platform copy leaves out the title the person typed. */
export interface BundleCase {
  id: string;
  title: string | null;
  createdAt: string;
  headHash: Sha256Hex | null;
  captureCount: number;
}

export interface CaseJson {
  format: typeof CASE_JSON_FORMAT;
  copy: BundleCopy;
  case: BundleCase;
  incidents: IncidentRecord[];
  notes: NoteRecord[];
}

export interface ChainEntry {
  seq: number;
  captureId: string;
  recordHash: Sha256Hex;
  prevHash: Sha256Hex | null;
}

export interface ManifestResource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  mediatype: string;
}

export interface BundleManifest {
  profile: 'data-package';
  title: string;
  created: string;
  resources: ManifestResource[];
  preserve: {
    format: typeof BUNDLE_FORMAT;
    copy: BundleCopy;
    software: { name: 'Preserve'; version: string };
    exportedAt: string;
    selection: 'whole-case' | 'selected';
    case: BundleCase;
    chain: ChainEntry[];
    zipDates: string;
  };
}

export interface DigestFile {
  format: typeof BUNDLE_FORMAT;
  path: 'manifest.json';
  hash: string;
  signature: { algorithm: 'ECDSA-P256-SHA256'; encoding: 'ieee-p1363-base64'; value: string; derFile: 'manifest.sig' };
  publicKey: { jwk: PublicKeyJwk; spkiPemFile: 'public-key.pem'; fingerprint: string };
}

/** One capture after its files were read (and, on the platform copy, redacted) and hashed. */
export interface PreparedCapture {
  record: CaptureRecord;
  folder: string;
  json: CaptureJson;
  /** Notes the person wrote about this capture; always empty on the platform copy. */
  notes: NoteRecord[];
}

/** Everything the summary files (report, CSVs, declaration) are written from. */
export interface BundleSummary {
  copy: BundleCopy;
  bundleCase: BundleCase;
  captures: PreparedCapture[];
  incidents: IncidentRecord[];
  caseNotes: NoteRecord[];
  exportedAt: string;
  softwareVersion: string;
  keyFingerprint: string;
  selection: 'whole-case' | 'selected';
}
