import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EnvelopeOpenError } from '../../../src/crypto/crypto-errors';
import { openArtifactBytes, openRow, sealArtifactRow, sealRow } from '../../../src/crypto/sealed-row';
import { SEALED_TABLES, type SealedArtifactRow, type SealedRow } from '../../../src/crypto/sealed-tables';
import { activeCaseId, ensureDefaultCase } from '../../../src/db/cases';
import { PreserveDatabase } from '../../../src/db/schema';
import { sealCapture, verifyChain } from '../../../src/shared/chain';
import { CAPTURE_FORMAT, type CaptureRecord } from '../../../src/shared/types';
import { fakePng, fastKeyring } from './fixtures';
import { plaintextFound } from './raw-store';
import { pendingCapture } from './seed-store';

let db: PreserveDatabase | undefined;
afterEach(async () => db?.delete());

/**
 * The capture path as the lead would wire it while Preserve is locked: everything WebCrypto does
 * happens before the transaction; inside it only the chain fields are decided and written clear.
 */
async function commitSealed(database: PreserveDatabase, id: string, publicKey: CryptoKey) {
  const pending = pendingCapture(id);
  const artifact = await sealArtifactRow(`${id}-shot`, id, fakePng(), 'image/png', publicKey);
  const sealedBody = await sealRow(SEALED_TABLES.captures, pending as never, publicKey);
  await database.transaction('rw', [database.cases, database.captures, database.artifacts, database.settings], async () => {
    const caseId = await activeCaseId(database);
    const caseRow = (await database.cases.get(caseId))!;
    const record = sealCapture({ format: CAPTURE_FORMAT, ...pending, caseId, seq: caseRow.captureCount + 1, prevHash: caseRow.headHash });
    await database.artifacts.add(artifact as never);
    const chain = { caseId, seq: record.seq, prevHash: record.prevHash, recordHash: record.recordHash, format: record.format };
    await database.captures.add({ ...sealedBody, ...chain } as never);
    await database.cases.put({ ...caseRow, headHash: record.recordHash, captureCount: record.seq });
  });
}

describe('sealed rows', () => {
  it('captures made while locked leave no plaintext in the raw records, and open to a valid chain', async () => {
    db = new PreserveDatabase('sealed-capture');
    const { unlocked } = await fastKeyring();
    await ensureDefaultCase(db);
    for (const id of ['c1', 'c2', 'c3']) await commitSealed(db, id, unlocked.publicKey);
    expect(await plaintextFound(db.name, ['example.test'])).toEqual([]);

    const rows = (await db.captures.toArray()) as unknown as SealedRow[];
    const opened = await Promise.all(rows.map((row) => openRow<CaptureRecord>(SEALED_TABLES.captures, row, unlocked.privateKey)));
    expect(verifyChain(opened)).toEqual([]);
    expect(opened[0]).toEqual(sealCapture({ format: CAPTURE_FORMAT, ...pendingCapture('c1'), caseId: 'default', seq: 1, prevHash: null }));
    const artifact = (await db.artifacts.get('c2-shot')) as unknown as SealedArtifactRow;
    expect(await openArtifactBytes(artifact, unlocked.privateKey)).toEqual(fakePng());
  });

  it('keeps only keys, indexes and chain fields in the clear', async () => {
    const { unlocked } = await fastKeyring();
    const record = sealCapture({ format: CAPTURE_FORMAT, ...pendingCapture('c1'), caseId: 'default', seq: 1, prevHash: null });
    const sealed = await sealRow(SEALED_TABLES.captures, record as never, unlocked.publicKey);
    expect(Object.keys(sealed).sort()).toEqual(['caseId', 'envelope', 'format', 'id', 'observed', 'prevHash', 'recordHash', 'sealed', 'seq']);
    expect(sealed.observed).toEqual({ capturedAt: record.observed.capturedAt });
    expect(await openRow(SEALED_TABLES.captures, sealed, unlocked.privateKey)).toEqual(record);
  });

  it('refuses a sealed row copied onto another primary key', async () => {
    const { unlocked } = await fastKeyring();
    const note = { id: 'n1', caseId: 'default', createdAt: '2026-12-01', text: 'secret' };
    const sealed = await sealRow(SEALED_TABLES.notes, note, unlocked.publicKey);
    await expect(openRow(SEALED_TABLES.notes, { ...sealed, id: 'n2' }, unlocked.privateKey)).rejects.toBeInstanceOf(EnvelopeOpenError);
    const artifact = await sealArtifactRow('a1', 'c1', fakePng(), 'image/png', unlocked.publicKey);
    await expect(openArtifactBytes({ ...artifact, id: 'a2' }, unlocked.privateKey)).rejects.toBeInstanceOf(EnvelopeOpenError);
  });

  it('round-trips a byte row back to its Blob, and will not seal twice', async () => {
    const { unlocked } = await fastKeyring();
    const row = { captureId: 'c1', width: 8, height: 8, data: new Blob([fakePng(300) as Uint8Array<ArrayBuffer>], { type: 'image/png' }) };
    const sealed = await sealRow(SEALED_TABLES.thumbnails, row, unlocked.publicKey);
    expect(sealed).toMatchObject({ captureId: 'c1', width: 8, height: 8, sealed: 1, mediaType: 'image/png' });
    const opened = await openRow<typeof row>(SEALED_TABLES.thumbnails, sealed, unlocked.privateKey);
    expect(opened.data.type).toBe('image/png');
    expect(new Uint8Array(await opened.data.arrayBuffer())).toEqual(fakePng(300));
    await expect(sealRow(SEALED_TABLES.thumbnails, sealed, unlocked.publicKey)).rejects.toThrow(/already sealed/);
  });
});
