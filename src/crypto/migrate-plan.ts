import { SEAL_ORDER, type SealedTableName } from './sealed-tables';

export interface PlannedBatch {
  table: SealedTableName;
  keys: string[];
}

/**
 * Rows per write transaction. Every sealed row of a batch is held in memory until its
 * transaction commits, and artifacts run to several megabytes each; text rows are tiny.
 */
export const DEFAULT_BATCH_SIZES: Record<SealedTableName, number> = {
  captures: 100,
  notes: 100,
  incidents: 100,
  cases: 100,
  thumbnails: 25,
  artifacts: 4,
  requests: 100,
  trackerEvents: 100,
  letters: 100,
  profiles: 1,
  people: 100,
  caseEvents: 100,
  planSteps: 100,
  assessments: 100,
  myImages: 100,
  myImageFiles: 4,
  monitors: 100,
  linkChecks: 100,
};

/**
 * "Turn encryption on", as batches: small identifying text first, big artifacts last, keys
 * sorted so a rerun walks the same order. The plan needs no saved cursor: each run starts from
 * the rows still plaintext, and every batch leaves each row either plaintext or sealed.
 */
export function* planEncryption(
  plaintextKeys: Partial<Record<SealedTableName, readonly string[]>>,
  batchSizes: Partial<Record<SealedTableName, number>> = {},
): Generator<PlannedBatch> {
  for (const table of SEAL_ORDER) {
    const keys = [...(plaintextKeys[table] ?? [])].sort();
    const size = Math.max(1, Math.floor(batchSizes[table] ?? DEFAULT_BATCH_SIZES[table]));
    for (let start = 0; start < keys.length; start += size) yield { table, keys: keys.slice(start, start + size) };
  }
}
