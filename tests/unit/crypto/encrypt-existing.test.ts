import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { encryptBatch, encryptExisting, listPlaintextKeys, type EncryptableDatabase } from '../../../src/crypto/encrypt-existing';
import { openRow } from '../../../src/crypto/sealed-row';
import { isSealedRow, SEAL_ORDER, SEALED_TABLES, type SealedTableName } from '../../../src/crypto/sealed-tables';
import { PreserveDatabase } from '../../../src/db/schema';
import { verifyChain } from '../../../src/shared/chain';
import type { CaptureRecord } from '../../../src/shared/types';
import { fastKeyring } from './fixtures';
import { plaintextFound } from './raw-store';
import { plainRow, seedPlaintext, snapshot } from './seed-store';

let db: PreserveDatabase;
let counter = 0;
afterEach(async () => db?.delete());

async function seeded() {
  db = new PreserveDatabase(`encrypt-existing-${++counter}`);
  await seedPlaintext(db);
  return { before: await snapshot(db), keyring: (await fastKeyring()).unlocked };
}

/** Every row is either exactly the original or a sealed row that opens to exactly the original. */
async function expectNothingLost(before: Record<string, unknown[]>, privateKey: CryptoKey) {
  const counts = { sealed: 0, plaintext: 0 };
  for (const table of SEAL_ORDER) {
    const rows = await db.table(table).toArray();
    expect(rows).toHaveLength(before[table]!.length);
    for (const row of rows) {
      const sealed = isSealedRow(row);
      counts[sealed ? 'sealed' : 'plaintext']++;
      const plain = await plainRow(sealed ? await openRow(SEALED_TABLES[table], row, privateKey) : row);
      expect(before[table]).toContainEqual(plain);
    }
  }
  return counts;
}

const small: Partial<Record<SealedTableName, number>> = { captures: 2, notes: 2, artifacts: 2 };

describe('encryptExisting', () => {
  it('survives an interruption inside a batch, and a rerun finishes the job', async () => {
    const { before, keyring } = await seeded();
    let written = 0;
    const interrupted = encryptExisting(db, keyring.publicKey, {
      batchSizes: small,
      hooks: {
        afterRowWritten: () => {
          if (++written === 7) throw new Error('browser closed');
        },
      },
    });
    await expect(interrupted).rejects.toThrow('browser closed');
    const midway = await expectNothingLost(before, keyring.privateKey);
    // Captures went in batches of 2, 2, 1; the 7th row was the second of the first notes batch,
    // so that whole batch (the 6th row included) rolled back.
    expect(midway.sealed).toBe(5);
    expect(isSealedRow(await db.notes.get('note-0'))).toBe(false);
    expect(midway.plaintext).toBeGreaterThan(0);

    const total = 5 + 5 + 1 + 1 + 1 + 5;
    expect(await encryptExisting(db, keyring.publicKey, { batchSizes: small })).toEqual({ sealed: total - 5, skipped: 0 });
    expect(await expectNothingLost(before, keyring.privateKey)).toEqual({ sealed: total, plaintext: 0 });
    expect(await encryptExisting(db, keyring.publicKey)).toEqual({ sealed: 0, skipped: 0 });
  });

  it('survives being stopped between batches', async () => {
    const { before, keyring } = await seeded();
    let batches = 0;
    const stopped = encryptExisting(db, keyring.publicKey, {
      batchSizes: small,
      hooks: {
        afterBatch: () => {
          if (++batches === 3) throw new Error('worker stopped');
        },
      },
    });
    await expect(stopped).rejects.toThrow('worker stopped');
    expect((await expectNothingLost(before, keyring.privateKey)).sealed).toBe(5);
    await encryptExisting(db, keyring.publicKey);
    expect((await expectNothingLost(before, keyring.privateKey)).plaintext).toBe(0);
    for (const table of SEAL_ORDER) expect(await listPlaintextKeys(db, table)).toEqual([]);
  });

  it('leaves no URL, title, page text, note or image bytes in the raw records', async () => {
    const { keyring } = await seeded();
    expect(await plaintextFound(db.name, ['https://example.test/post'])).not.toEqual([]);
    await encryptExisting(db, keyring.publicKey);
    expect(await plaintextFound(db.name, ['https://example.test/post', 'example.test'])).toEqual([]);
  });

  it('keeps the capture chain verifiable once opened, and its indexes usable while sealed', async () => {
    const { keyring } = await seeded();
    await encryptExisting(db, keyring.publicKey);
    const sealedRows = await db.captures.orderBy('observed.capturedAt').toArray();
    expect(sealedRows).toHaveLength(5);
    expect(await db.captures.where('[caseId+seq]').equals(['default', 3]).count()).toBe(1);
    const opened = await Promise.all(sealedRows.map((row) => openRow<CaptureRecord>(SEALED_TABLES.captures, row as never, keyring.privateKey)));
    expect(verifyChain(opened)).toEqual([]);
  });

  it('skips a row that changed while it was being sealed, and seals the new version on the next run', async () => {
    const { keyring } = await seeded();
    // A capture commits (and moves the case's counters) after the case was read and sealed,
    // just before the batch's write transaction opens.
    const racing = {
      table: (name: string) => db.table(name),
      transaction: async (...args: unknown[]) => {
        await db.cases.update('default', { captureCount: 99 });
        return (db.transaction as (...a: unknown[]) => unknown)(...args);
      },
    } as unknown as EncryptableDatabase;
    expect(await encryptBatch(racing, { table: 'cases', keys: ['default'] }, keyring.publicKey)).toEqual({ sealed: 0, skipped: 1 });
    expect(await db.cases.get('default')).toMatchObject({ captureCount: 99, title: expect.stringContaining('Case about') });
    await encryptExisting(db, keyring.publicKey);
    const sealed = await db.cases.get('default');
    expect(await openRow(SEALED_TABLES.cases, sealed as never, keyring.privateKey)).toMatchObject({ captureCount: 99 });
  });
});
