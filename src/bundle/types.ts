import type { Language } from '../locales';
import type { Sha256Hex } from '../shared/hash';
import type { LetterRecord, RemovalRequestRecord, TrackerEvent } from '../shared/takedown-types';
import type { LinkCheckRecord, MonitorRecord } from '../shared/matching-types';
import type { CaseEvent, PersonRecord, PlanStepState, ThreatAssessmentRecord } from '../shared/workspace-types';
import type { ReportText } from './report-text';
import type { BundleMove } from './bundle-moves';
import type { ThreadView } from './thread-file';
import type { ArtifactRef, CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';

/** Format id written into every manifest; bump it (and teach verify-bundle.ts) when the layout changes. */
export const BUNDLE_FORMAT = 'preserve.bundle/1';
export const CAPTURE_JSON_FORMAT = 'preserve.bundle-capture/1';
export const CASE_JSON_FORMAT = 'preserve.bundle-case/1';
export const REQUESTS_JSON_FORMAT = 'preserve.bundle-requests/1';
export const PEOPLE_JSON_FORMAT = 'preserve.bundle-people/1';
export const WORKSPACE_JSON_FORMAT = 'preserve.bundle-workspace/1';

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
  /** The case's removal requests, as sent; the bundle keeps only links to captures it holds. */
  requests: readonly RemovalRequestRecord[];
  /** Every dated status change of the case's addresses, never merged. */
  trackerEvents: readonly TrackerEvent[];
  /** Letters as saved; each text must still match its `textSha256`, or the export stops. */
  letters: readonly LetterRecord[];
  /** Captures moved into or out of the case (issue #11); captures moved in may come from other chains. */
  moves?: readonly BundleMove[];
  /** The case's people (issue #11); people.json is written only when there is someone. */
  people?: readonly PersonRecord[];
  /** The rest of the case's workspace (issue #11); workspace.json is written only on the legal copy, and only when it holds something. */
  workspace?: WorkspaceInput;
  /** A platform's display name for its id (src/platforms); the id is shown when absent. */
  platformName?: (platformId: string) => string | undefined;
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
  /** The language of the human-readable files (report, declaration, VERIFY.txt); English when not given. */
  language?: Language;
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

/** An incident as case.json holds it: bundles made before issue #11 have no status or source (import fills them in). */
export type BundleIncident = Omit<IncidentRecord, 'status' | 'source'> & Partial<Pick<IncidentRecord, 'status' | 'source'>>;

export interface CaseJson {
  format: typeof CASE_JSON_FORMAT;
  copy: BundleCopy;
  case: BundleCase;
  incidents: BundleIncident[];
  notes: NoteRecord[];
  /** Present when captures were moved into or out of the case: why the bundle holds captures of other chains, or lacks some of its own. */
  moves?: BundleMove[];
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

/** A letter as requests.json lists it: its text and HTML are files of their own, byte for byte as saved. */
export interface BundleLetter {
  id: string;
  caseId: string;
  kind: LetterRecord['kind'];
  /** null on the platform copy, which leaves letters out. */
  title: string | null;
  createdAt: string;
  textSha256: Sha256Hex;
  requestId?: string;
  number: number;
  /** letters/<n>-<kind>.txt and .html; null on the platform copy. */
  files: { text: string; html: string } | null;
}

/** requests.json: the removal requests, the tracker and the letters, for import and the verifier. */
export interface RequestsJson {
  format: typeof REQUESTS_JSON_FORMAT;
  copy: BundleCopy;
  requests: RemovalRequestRecord[];
  trackerEvents: TrackerEvent[];
  letters: BundleLetter[];
}

/** One capture after its files were read (and, on the platform copy, redacted) and hashed. */
export interface PreparedCapture {
  record: CaptureRecord;
  folder: string;
  json: CaptureJson;
  /** Notes the person wrote about this capture; always empty on the platform copy. */
  notes: NoteRecord[];
  /** Each thread.json in the bundle, read for the report; null when it could not be read as a thread. */
  threads: { artifactId: string; thread: ThreadView | null }[];
}

/** Everything the summary files (report, CSVs, declaration) are written from. */
export interface BundleSummary {
  copy: BundleCopy;
  bundleCase: BundleCase;
  captures: PreparedCapture[];
  incidents: IncidentRecord[];
  caseNotes: NoteRecord[];
  /** As written to requests.json: on the platform copy, personal values and notes are left out. */
  requests: RemovalRequestRecord[];
  trackerEvents: TrackerEvent[];
  letters: BundleLetter[];
  /** The letters' text, by letter id; empty on the platform copy. */
  letterTexts: Map<string, string>;
  /** As written to people.json; null when the case records no one. */
  people: PeopleJson | null;
  /** As written to workspace.json; null on the platform copy and when there is nothing in it. */
  workspace: WorkspaceJson | null;
  platformName: (platformId: string) => string | undefined;
  exportedAt: string;
  softwareVersion: string;
  keyFingerprint: string;
  selection: 'whole-case' | 'selected';
  /** The report's sentences in the bundle's language; pass it to every part that writes text. */
  text: ReportText;
}

/** people.json: accounts involved, people affected and allies (issue #11); the platform copy keeps only the accounts. */
export interface PeopleJson {
  format: typeof PEOPLE_JSON_FORMAT;
  copy: BundleCopy;
  people: PersonRecord[];
}

/** What the action plan, the threat assessment, the case's history and link watching recorded (issue #11). */
export interface WorkspaceInput {
  planSteps: readonly PlanStepState[];
  assessments: readonly ThreatAssessmentRecord[];
  caseEvents: readonly CaseEvent[];
  monitors: readonly MonitorRecord[];
  linkChecks: readonly LinkCheckRecord[];
}

/** workspace.json: the rest of the case's workspace, so an ally who imports the legal copy sees what the person saw. */
export interface WorkspaceJson {
  format: typeof WORKSPACE_JSON_FORMAT;
  copy: 'legal';
  planSteps: PlanStepState[];
  assessments: ThreatAssessmentRecord[];
  caseEvents: CaseEvent[];
  monitors: MonitorRecord[];
  linkChecks: LinkCheckRecord[];
}
