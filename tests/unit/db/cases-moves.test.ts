import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sealArtifact } from '../../../src/db/artifact-store';
import { captureIdsInCase, currentCaseOf, movesOfCase } from '../../../src/db/capture-moves';
import { archiveCase, createCase } from '../../../src/db/case-writes';
import { DEFAULT_CASE_ID, ensureDefaultCase } from '../../../src/db/cases';
import { caseContents } from '../../../src/db/case-contents';
import { deleteCase } from '../../../src/db/delete-case';
import { commitCapture } from '../../../src/db/commit-capture';
import { moveCapture } from '../../../src/db/move-capture';
import { capturesOfCase, getCapture, listCaptures } from '../../../src/db/queries';
import { database } from '../../../src/db/schema';
import { caseEventsOf } from '../../../src/db/workspace-queries';
import type { CaptureRecord } from '../../../src/shared/types';

const db = database();

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function capture(id: string, caseId: string, capturedAt: string): Promise<CaptureRecord> {
  const bytes = new TextEncoder().encode(id);
  return commitCapture(
    db,
    {
      id,
      caseId,
      trigger: 'popup',
      claimed: null,
      observed: { tabUrl: `https://example.test/${id}`, tabTitle: id, capturedAt } as CaptureRecord['observed'],
      artifacts: [{ id: `${id}-a`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: bytes.length, sha256: 'f'.repeat(64) }],
    },
    [await sealArtifact(`${id}-a`, id, bytes, 'image/png', db)],
  );
}

describe('moving a capture to another case', () => {
  it('records an event in both cases and never rewrites the capture or its chain', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    const first = await capture('a1', a.id, '2026-01-01T10:00:00.000Z');
    const second = await capture('a2', a.id, '2026-01-01T11:00:00.000Z');
    const before = await db.captures.get(second.id);
    const moved = await moveCapture(db, second.id, b.id);
    expect(moved).toMatchObject({
      caseId: b.id,
      kind: 'capture-moved-in',
      captureId: second.id,
      otherCaseId: a.id,
      captureSeq: 2,
      captureRecordHash: second.recordHash,
    });
    expect((await caseEventsOf(a.id)).at(-1)).toMatchObject({ kind: 'capture-moved-out', captureId: second.id, otherCaseId: b.id });
    expect(await db.captures.get(second.id)).toEqual(before);
    expect((await db.cases.get(a.id))?.headHash).toBe(second.recordHash);
    expect(await currentCaseOf(db, second.id, a.id)).toBe(b.id);
    expect(await currentCaseOf(db, first.id, a.id)).toBe(a.id);
    await expect(moveCapture(db, second.id, b.id)).rejects.toThrow(/already in that case/);
  });

  it('lists moved-in captures in the new case and hides moved-out ones from the old, until moved back', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    await capture('a1', a.id, '2026-01-01T10:00:00.000Z');
    await capture('a2', a.id, '2026-01-01T12:00:00.000Z');
    await capture('b1', b.id, '2026-01-01T11:00:00.000Z');
    await moveCapture(db, 'a2', b.id);
    expect((await listCaptures(a.id, 50)).map((c) => c.id)).toEqual(['a1']);
    expect((await listCaptures(b.id, 50)).map((c) => c.id)).toEqual(['a2', 'b1']);
    expect((await listCaptures(b.id, 1, 1)).map((c) => c.id)).toEqual(['b1']);
    expect((await capturesOfCase(b.id)).map((c) => c.id)).toEqual(['b1', 'a2']);
    expect((await caseContents(db, b.id)).captures).toBe(2);
    expect((await caseContents(db, a.id)).captures).toBe(1);

    // Through a third case and back: each case's latest event about the capture decides.
    const c = await createCase(db, 'C');
    await moveCapture(db, 'a2', c.id);
    await new Promise((done) => setTimeout(done, 2));
    await moveCapture(db, 'a2', a.id);
    expect((await listCaptures(b.id, 50)).map((x) => x.id)).toEqual(['b1']);
    expect((await listCaptures(c.id, 50)).map((x) => x.id)).toEqual([]);
    expect((await listCaptures(a.id, 50)).map((x) => x.id)).toEqual(['a2', 'a1']);
    expect((await movesOfCase(db, a.id)).movedOut.size).toBe(0);
    expect((await getCapture('a2'))?.caseId).toBe(a.id);
  });

  it('lets a log entry or a person link only the captures in the case now, moved-in ones included', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    await capture('a1', a.id, '2026-01-01T10:00:00.000Z');
    await capture('a2', a.id, '2026-01-01T11:00:00.000Z');
    await capture('b1', b.id, '2026-01-01T12:00:00.000Z');
    await moveCapture(db, 'a2', b.id);
    expect(await captureIdsInCase(db, a.id, ['a1', 'a2', 'b1', 'gone'])).toEqual(['a1']);
    expect(await captureIdsInCase(db, b.id, ['a1', 'a2', 'b1', 'gone'])).toEqual(['a2', 'b1']);
  });

  it('refuses to move into an imported (read-only) case', async () => {
    const a = await createCase(db, 'A');
    await db.cases.put({
      id: 'imported',
      title: 'Theirs',
      createdAt: '2026-01-01T00:00:00.000Z',
      headHash: null,
      captureCount: 0,
      isDefault: false,
      imported: {} as never,
    });
    await capture('a1', a.id, '2026-01-01T10:00:00.000Z');
    await expect(moveCapture(db, 'a1', 'imported')).rejects.toThrow(/imported/);
    expect(await db.caseEvents.where('caseId').equals('imported').count()).toBe(0);
  });

  it('still finds a capture moved out of a case after that case is deleted, so a later move leaves it in one case only', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    const c = await createCase(db, 'C');
    await capture('a1', a.id, '2026-01-01T10:00:00.000Z');
    await moveCapture(db, 'a1', b.id);
    await deleteCase(db, a.id, 'A');
    expect(await currentCaseOf(db, 'a1', a.id)).toBe(b.id);
    await moveCapture(db, 'a1', c.id);
    expect((await movesOfCase(db, b.id)).movedOut.has('a1')).toBe(true);
    // Deleting B must not take the capture that now lives in C with it.
    await deleteCase(db, b.id, 'B');
    expect(await db.captures.get('a1')).toBeDefined();
  });

  it('lets captures go on after the default case is deleted while one of its captures lives elsewhere', async () => {
    await ensureDefaultCase(db);
    const b = await createCase(db, 'B');
    const first = await capture('d1', DEFAULT_CASE_ID, '2026-01-01T10:00:00.000Z');
    await moveCapture(db, 'd1', b.id);
    await archiveCase(db, b.id, true);
    await deleteCase(db, DEFAULT_CASE_ID, 'My case');
    // No open case is left, so the next capture makes the default case again; its chain goes on.
    const next = await commitCapture(
      db,
      {
        id: 'd2',
        trigger: 'popup',
        claimed: null,
        observed: { tabUrl: 'https://example.test/d2', tabTitle: 'd2', capturedAt: '2026-01-02T10:00:00.000Z' } as CaptureRecord['observed'],
        artifacts: [],
      },
      [],
    );
    expect(next).toMatchObject({ caseId: DEFAULT_CASE_ID, seq: 2, prevHash: first.recordHash });
    expect(await currentCaseOf(db, 'd1', DEFAULT_CASE_ID)).toBe(b.id);
  });
});
