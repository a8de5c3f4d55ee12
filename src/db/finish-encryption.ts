import { countPlaintext, encryptExisting, type EncryptHooks } from '../crypto/encrypt-existing';
import { SEAL_ORDER, type SealedTableName } from '../crypto/sealed-tables';
import { encryptionState, setEncryptionState } from './encryption-state';
import { database, type PreserveDatabase } from './schema';
import { recipient } from './vault';

export interface MigrationOptions {
  batchSizes?: Partial<Record<SealedTableName, number>>;
  hooks?: EncryptHooks;
}

/** Enough for captures arriving every few seconds; beyond it the next start finishes the job. */
const MAX_PASSES = 20;

const running = new WeakMap<PreserveDatabase, Promise<void>>();

/**
 * Seals whatever is still plaintext, then marks encryption on; safe to run again after an
 * interruption, and a second call while one runs joins it.
 */
export function resumeEncryption(db: PreserveDatabase = database(), options: MigrationOptions = {}): Promise<void> {
  let run = running.get(db);
  if (!run) {
    run = sealUntilNothingIsLeft(db, options).finally(() => running.delete(db));
    running.set(db, run);
  }
  return run;
}

/*
 * A pass skips rows that changed while they were being sealed (every capture rewrites its case's
 * counters), so one pass is not enough. 'on' is only written in a transaction over every sealed
 * table that finds no plaintext row: no capture can commit in between, and once 'on' is written
 * nothing runs the migration again.
 */
async function sealUntilNothingIsLeft(db: PreserveDatabase, options: MigrationOptions): Promise<void> {
  if ((await encryptionState(db)) !== 'migrating') return;
  const to = await recipient(db);
  if (!to) return;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    await encryptExisting(db, to, options);
    if (await markOnIfNothingIsLeft(db)) return;
  }
  throw new Error('Some evidence kept changing while it was being encrypted. Preserve will finish encrypting it the next time it starts.');
}

async function markOnIfNothingIsLeft(db: PreserveDatabase): Promise<boolean> {
  return db.transaction('rw', [...SEAL_ORDER.map((table) => db.table(table)), db.settings], async () => {
    const left = await Promise.all(SEAL_ORDER.map((table) => countPlaintext(db, table)));
    if (left.some((count) => count > 0)) return false;
    await setEncryptionState(db, 'on');
    return true;
  });
}
