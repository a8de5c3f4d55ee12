import type { SealedEnvelope } from './envelope';

/** The tables that hold evidence or words about it; `settings` and `keys` hold neither. */
export type SealedTableName =
  | 'captures'
  | 'notes'
  | 'incidents'
  | 'cases'
  | 'thumbnails'
  | 'artifacts'
  | 'requests'
  | 'trackerEvents'
  | 'letters'
  | 'profiles'
  | 'people'
  | 'caseEvents'
  | 'planSteps'
  | 'assessments'
  | 'myImages'
  | 'myImageFiles'
  | 'monitors'
  | 'linkChecks';

/**
 * How a row of one table is sealed. 'bytes': the `data` Blob becomes the envelope. 'fields':
 * every field not listed in `clear` goes into the envelope as JSON. Clear fields are the primary
 * key, the indexes, the chain links and counters written inside other transactions — nothing
 * that says what was captured or where.
 */
export interface SealedTableSpec<Clear extends string = string> {
  table: SealedTableName;
  key: string;
  kind: 'bytes' | 'fields';
  clear: readonly Clear[];
  /** Clear copies of sealed fields that an index needs; the sealed original wins on open. */
  indexStub?: (row: Record<string, unknown>) => Record<string, unknown>;
}

/*
 * `satisfies`, not a type annotation: each table keeps its literal list of clear fields, so
 * src/db/schema.ts can type a sealed row as exactly those fields (and a clear field that is not
 * a field of the record is a compile error there).
 */
export const SEALED_TABLES = {
  // Chain fields stay clear: seq, prevHash and recordHash are decided inside commitCapture's
  // transaction, where WebCrypto cannot be awaited; the rest is sealed before it opens.
  captures: {
    table: 'captures',
    key: 'id',
    kind: 'fields',
    clear: ['id', 'caseId', 'seq', 'format', 'prevHash', 'recordHash'] as const,
    indexStub: (row) => {
      const observed = row.observed as { capturedAt?: unknown } | undefined;
      return observed?.capturedAt === undefined ? {} : { observed: { capturedAt: observed.capturedAt } };
    },
  },
  notes: { table: 'notes', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'captureId', 'createdAt'] as const },
  incidents: { table: 'incidents', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'occurredAt', 'recordedAt', 'captureIds'] as const },
  // headHash and captureCount are rewritten by every capture, so they cannot live in the envelope.
  cases: { table: 'cases', key: 'id', kind: 'fields', clear: ['id', 'createdAt', 'headHash', 'captureCount', 'isDefault'] as const },
  // Thumbnails are small copies of the screenshot: as sensitive as the artifact itself.
  thumbnails: { table: 'thumbnails', key: 'captureId', kind: 'bytes', clear: ['captureId', 'width', 'height'] as const },
  artifacts: { table: 'artifacts', key: 'id', kind: 'bytes', clear: ['id', 'captureId'] as const },
  // Removal requests, the tracker and letters name URLs, accounts and the person: only ids and
  // Preserve's own recording times stay clear.
  requests: { table: 'requests', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'recordedAt'] as const },
  trackerEvents: { table: 'trackerEvents', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'recordedAt'] as const },
  letters: { table: 'letters', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'createdAt'] as const },
  // The takedown profile: the person's name, email, address and phone.
  profiles: { table: 'profiles', key: 'id', kind: 'fields', clear: ['id'] as const },
  // The case workspace (issue #11): names, accounts, answers about threats. Only ids and dates clear.
  people: { table: 'people', key: 'id', kind: 'fields', clear: ['id', 'caseId'] as const },
  caseEvents: { table: 'caseEvents', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'at'] as const },
  planSteps: { table: 'planSteps', key: 'id', kind: 'fields', clear: ['id', 'caseId'] as const },
  assessments: { table: 'assessments', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'at'] as const },
  // The person's own images (issue #12): even their hashes and file names are sealed.
  myImages: { table: 'myImages', key: 'id', kind: 'fields', clear: ['id', 'addedAt'] as const },
  myImageFiles: { table: 'myImageFiles', key: 'id', kind: 'bytes', clear: ['id'] as const },
  // Watched links: the URLs are sealed, so checks run only while Preserve is unlocked.
  monitors: { table: 'monitors', key: 'id', kind: 'fields', clear: ['id', 'caseId'] as const },
  linkChecks: { table: 'linkChecks', key: 'id', kind: 'fields', clear: ['id', 'caseId', 'monitorId', 'checkedAt'] as const },
} satisfies Record<SealedTableName, SealedTableSpec>;

/** The fields a sealed row of `table` keeps in the clear. */
export type ClearField<N extends SealedTableName> = (typeof SEALED_TABLES)[N]['clear'][number];

/** Small, identifying text first; big artifacts last. */
export const SEAL_ORDER: readonly SealedTableName[] = [
  'profiles',
  'myImages',
  'people',
  'captures',
  'notes',
  'incidents',
  'requests',
  'trackerEvents',
  'letters',
  'caseEvents',
  'planSteps',
  'assessments',
  'monitors',
  'linkChecks',
  'cases',
  'thumbnails',
  'myImageFiles',
  'artifacts',
];

/**
 * The mark on a sealed row. `sealed` is the number 1, not `true`: booleans are not IndexedDB keys,
 * and with an index on `sealed` the migration can list what is left without loading any bytes.
 */
export interface SealedMark {
  sealed: 1;
  envelope: SealedEnvelope;
  /** 'bytes' rows only: the Blob type to rebuild on open. */
  mediaType?: string;
}

export type SealedRow = Record<string, unknown> & SealedMark;

/**
 * A sealed row of a table whose open rows are `T`: only the clear fields can be read. Every other
 * field of T is absent from the type, so code that forgets to open a row cannot read its words.
 */
export type SealedRowOf<T, Clear extends keyof T> = Pick<T, Clear> & SealedMark;

export interface SealedArtifactRow extends SealedMark {
  id: string;
  captureId: string;
  mediaType: string;
}

/** Narrows a stored row (open record | sealed row) to its sealed side, and the else branch to the open one. */
export function isSealedRow<T>(row: T): row is Extract<T, SealedMark>;
export function isSealedRow(row: unknown): row is SealedRow;
export function isSealedRow(row: unknown): row is SealedRow {
  return typeof row === 'object' && row !== null && (row as { sealed?: unknown }).sealed === 1;
}

/** Binds an envelope to its table and primary key, so it cannot be moved onto another row. */
export function rowAad(table: SealedTableName, key: string): Uint8Array {
  return new TextEncoder().encode(`preserve/v1/${table}/${key}`);
}
