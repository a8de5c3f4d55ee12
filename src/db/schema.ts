import Dexie, { type EntityTable } from 'dexie';
import type { SealedArtifactRow } from '../crypto/sealed-tables';
import type { CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';

/** Artifact bytes, kept out of the capture table so lists never load them. */
export type ArtifactRow = { id: string; captureId: string; data: Blob; sealed?: undefined } | SealedArtifactRow;

/** A small JPEG for lists; derived from the screenshot after the capture commits, not evidence. */
export interface ThumbnailRow {
  captureId: string;
  data: Blob;
  width: number;
  height: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Key material (signing key for bundles; later the wrapped encryption keys). */
export interface KeyRow {
  id: string;
  createdAt: string;
  [field: string]: unknown;
}

export const DATABASE_NAME = 'preserve';

export class PreserveDatabase extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  captures!: EntityTable<CaptureRecord, 'id'>;
  artifacts!: EntityTable<ArtifactRow, 'id'>;
  thumbnails!: EntityTable<ThumbnailRow, 'captureId'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  incidents!: EntityTable<IncidentRecord, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  keys!: EntityTable<KeyRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Versions are append-only: never edit a published one, add the next.
    // Planned next tables: people, takedowns (removal requests and their status), letters,
    // monitors (captured URLs to re-check), mediaHashes (perceptual hashes for repost search).
    this.version(1).stores({
      cases: 'id, createdAt',
      captures: 'id, caseId, &[caseId+seq], observed.capturedAt',
      artifacts: 'id, captureId',
      thumbnails: 'captureId',
      notes: 'id, caseId, captureId, createdAt',
      incidents: 'id, caseId, occurredAt',
      settings: 'key',
      keys: 'id',
    });
    // Encryption at rest: sealed rows carry `sealed: 1`, so the resumable migration can list what
    // is still plaintext without loading any bytes. Indexes only; no data changes.
    this.version(2).stores({
      cases: 'id, createdAt, sealed',
      captures: 'id, caseId, &[caseId+seq], observed.capturedAt, sealed',
      artifacts: 'id, captureId, sealed',
      thumbnails: 'captureId, sealed',
      notes: 'id, caseId, captureId, createdAt, sealed',
      incidents: 'id, caseId, occurredAt, sealed',
    });
  }
}

let shared: PreserveDatabase | undefined;

/** One connection per JavaScript context (worker, popup, options page). */
export function database(): PreserveDatabase {
  shared ??= new PreserveDatabase();
  return shared;
}
