import Dexie, { type Table } from 'dexie';
import type { StoredKeyring } from '../crypto/keyring';
import type { ClearField, SealedArtifactRow, SealedRowOf, SealedTableName } from '../crypto/sealed-tables';
import type { LetterRecord, RemovalRequestRecord, TakedownProfile, TrackerEvent } from '../shared/takedown-types';
import type { LinkCheckRecord, MonitorRecord, MyImageRecord } from '../shared/matching-types';
import type { CaptureRecord, CaseRecord, IncidentRecord, NoteRecord } from '../shared/types';
import type { CaseEvent, PersonRecord, PlanStepState, ThreatAssessmentRecord } from '../shared/workspace-types';

/** Artifact bytes, kept out of the capture table so lists never load them. */
interface OpenArtifactRow {
  id: string;
  captureId: string;
  data: Blob;
  sealed?: undefined;
}

export type ArtifactRow = OpenArtifactRow | SealedArtifactRow;

/** A small JPEG for lists; derived from the screenshot after the capture commits, not evidence. */
export interface ThumbnailRow {
  captureId: string;
  data: Blob;
  width: number;
  height: number;
}

/** A kept copy of one of the person's images (only when they chose to keep it; issue #12). */
interface OpenImageFileRow {
  id: string;
  data: Blob;
  sealed?: undefined;
}

/** The one takedown profile (Settings → Details for removal requests). */
export type ProfileRow = TakedownProfile & { id: 'takedown' };

/** Each sealed table's rows once opened: what the rest of Preserve works with. */
export interface OpenRows {
  cases: CaseRecord;
  captures: CaptureRecord;
  notes: NoteRecord;
  incidents: IncidentRecord;
  thumbnails: ThumbnailRow;
  artifacts: OpenArtifactRow;
  requests: RemovalRequestRecord;
  trackerEvents: TrackerEvent;
  letters: LetterRecord;
  profiles: ProfileRow;
  people: PersonRecord;
  caseEvents: CaseEvent;
  planSteps: PlanStepState;
  assessments: ThreatAssessmentRecord;
  myImages: MyImageRecord;
  myImageFiles: OpenImageFileRow;
  monitors: MonitorRecord;
  linkChecks: LinkCheckRecord;
}

/*
 * What a sealed table really holds: an open row, or a sealed one with only its clear fields
 * readable (src/crypto/sealed-tables.ts lists them). Reading a sealed field without opening the
 * row first is a type error; src/db/open-rows.ts and src/db/queries.ts open them.
 */
export interface SealedRows {
  cases: SealedRowOf<CaseRecord, ClearField<'cases'>>;
  captures: SealedRowOf<CaptureRecord, ClearField<'captures'>>;
  notes: SealedRowOf<NoteRecord, ClearField<'notes'>>;
  incidents: SealedRowOf<IncidentRecord, ClearField<'incidents'>>;
  thumbnails: SealedRowOf<ThumbnailRow, ClearField<'thumbnails'>> & { mediaType: string };
  artifacts: SealedArtifactRow;
  requests: SealedRowOf<RemovalRequestRecord, ClearField<'requests'>>;
  trackerEvents: SealedRowOf<TrackerEvent, ClearField<'trackerEvents'>>;
  letters: SealedRowOf<LetterRecord, ClearField<'letters'>>;
  profiles: SealedRowOf<ProfileRow, ClearField<'profiles'>>;
  people: SealedRowOf<PersonRecord, ClearField<'people'>>;
  caseEvents: SealedRowOf<CaseEvent, ClearField<'caseEvents'>>;
  planSteps: SealedRowOf<PlanStepState, ClearField<'planSteps'>>;
  assessments: SealedRowOf<ThreatAssessmentRecord, ClearField<'assessments'>>;
  myImages: SealedRowOf<MyImageRecord, ClearField<'myImages'>>;
  myImageFiles: SealedRowOf<OpenImageFileRow, ClearField<'myImageFiles'>> & { mediaType: string };
  monitors: SealedRowOf<MonitorRecord, ClearField<'monitors'>>;
  linkChecks: SealedRowOf<LinkCheckRecord, ClearField<'linkChecks'>>;
}

export type StoredRows = { [N in SealedTableName]: OpenRows[N] | SealedRows[N] };

/** A sealed capture also keeps its capture time clear, for the `observed.capturedAt` index. */
export type StoredCapture = CaptureRecord | (SealedRows['captures'] & { observed?: { capturedAt: string } });

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The per-install ECDSA key that signs bundles (src/db/signing-key.ts). */
export interface SigningKeyRow {
  id: 'bundle-signing';
  createdAt: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/** The passphrase-wrapped encryption key (src/db/vault.ts); at most one, never overwritten. */
export type KeyringRow = StoredKeyring & { id: 'encryption' };

export type KeyRow = SigningKeyRow | KeyringRow;

const DATABASE_NAME = 'preserve';

export class PreserveDatabase extends Dexie {
  // Table<Row, Key>, not EntityTable: its insert type Omit<>s a union down to the shared fields.
  cases!: Table<StoredRows['cases'], string>;
  captures!: Table<StoredCapture, string>;
  artifacts!: Table<ArtifactRow, string>;
  thumbnails!: Table<StoredRows['thumbnails'], string>;
  notes!: Table<StoredRows['notes'], string>;
  incidents!: Table<StoredRows['incidents'], string>;
  settings!: Table<SettingRow, string>;
  keys!: Table<KeyRow, KeyRow['id']>;
  requests!: Table<StoredRows['requests'], string>;
  trackerEvents!: Table<StoredRows['trackerEvents'], string>;
  letters!: Table<StoredRows['letters'], string>;
  profiles!: Table<StoredRows['profiles'], string>;
  people!: Table<StoredRows['people'], string>;
  caseEvents!: Table<StoredRows['caseEvents'], string>;
  planSteps!: Table<StoredRows['planSteps'], string>;
  assessments!: Table<StoredRows['assessments'], string>;
  myImages!: Table<StoredRows['myImages'], string>;
  myImageFiles!: Table<StoredRows['myImageFiles'], string>;
  monitors!: Table<StoredRows['monitors'], string>;
  linkChecks!: Table<StoredRows['linkChecks'], string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Versions are append-only: never edit a published one, add the next.
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
    // Removal requests (issue #9): requests as sent, the tracker's dated status changes, saved
    // letters and the takedown profile. All sealed like the rest; indexes on clear fields only.
    this.version(3).stores({
      requests: 'id, caseId, recordedAt, sealed',
      trackerEvents: 'id, caseId, recordedAt, sealed',
      letters: 'id, caseId, createdAt, sealed',
      profiles: 'id, sealed',
    });
    // The case workspace (issue #11) and finding copies (issue #12). Moving a capture is a
    // caseEvent; the capture keeps its case and chain.
    this.version(4).stores({
      people: 'id, caseId, sealed',
      caseEvents: 'id, caseId, at, sealed',
      planSteps: 'id, caseId, sealed',
      assessments: 'id, caseId, at, sealed',
      myImages: 'id, addedAt, sealed',
      myImageFiles: 'id, sealed',
      monitors: 'id, caseId, sealed',
      linkChecks: 'id, caseId, monitorId, checkedAt, sealed',
    });
  }
}

let shared: PreserveDatabase | undefined;

/** One connection per JavaScript context (worker, popup, options page). */
export function database(): PreserveDatabase {
  shared ??= new PreserveDatabase();
  return shared;
}
