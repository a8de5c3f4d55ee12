import { isSealedRow } from '../../../src/crypto/sealed-tables';
import { sealArtifact } from '../../../src/db/artifact-store';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { commitCapture, type PendingCapture } from '../../../src/db/commit-capture';
import type { PreserveDatabase } from '../../../src/db/schema';
import { fakePng, MARKER } from './fixtures';

export const PAGE_URL = `https://example.test/post/${MARKER}`;

export function pendingCapture(id: string): PendingCapture {
  return {
    id,
    trigger: 'popup',
    observed: {
      tabUrl: `${PAGE_URL}?${id}`,
      tabTitle: `Title ${MARKER}`,
      capturedAt: '2026-12-01T09:00:00.000Z',
      capturedAtLocal: '2026-12-01T10:00:00.000+01:00',
      utcOffsetMinutes: 60,
      timeZone: 'Europe/Berlin',
      window: null,
      viewport: null,
      devicePixelRatio: 1,
      browser: { name: 'test', version: '1' },
      extensionVersion: '0',
      incognito: false,
    },
    claimed: { documentTitle: `Doc ${MARKER}`, locationHref: PAGE_URL, meta: [], post: { text: `page text ${MARKER}` } },
    artifacts: [{ id: `${id}-shot`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: 4096, sha256: 'a'.repeat(64) }],
  };
}

/** A store as it is before encryption is turned on: plaintext everywhere Preserve keeps words or pictures. */
export async function seedPlaintext(db: PreserveDatabase, captures = 5): Promise<void> {
  for (let i = 0; i < captures; i++) {
    const id = `cap-${i}`;
    await commitCapture(db, pendingCapture(id), [await sealArtifact(`${id}-shot`, id, fakePng(), 'image/png', db)]);
    await db.notes.add({ id: `note-${i}`, caseId: DEFAULT_CASE_ID, captureId: id, createdAt: '2026-12-01T09:01:00.000Z', text: `note ${MARKER}` });
  }
  await db.thumbnails.add({ captureId: 'cap-0', data: new Blob([fakePng(512) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), width: 8, height: 8 });
  await db.incidents.add({
    id: 'inc-1',
    caseId: DEFAULT_CASE_ID,
    occurredAt: '2026-11-30',
    recordedAt: '2026-12-01T09:00:00.000Z',
    summary: `Posted by ${MARKER}`,
    details: MARKER,
    captureIds: ['cap-0'],
    status: 'open',
    source: 'person',
  });
  const defaultCase = await db.cases.get(DEFAULT_CASE_ID);
  if (!defaultCase || isSealedRow(defaultCase)) throw new Error('Seeding expects a plaintext default case.');
  await db.cases.put({ ...defaultCase, title: `Case about ${MARKER}` });
}

/** Every table's rows with Blobs turned into bytes, so states can be compared with toEqual. */
export async function snapshot(db: PreserveDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await Promise.all((await table.toArray()).map(plainRow));
  return out;
}

export async function plainRow(row: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (!(row.data instanceof Blob)) return row;
  return { ...row, data: { type: row.data.type, bytes: new Uint8Array(await row.data.arrayBuffer()) } };
}
