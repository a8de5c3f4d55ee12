import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sealArtifact } from '../../../src/db/artifact-store';
import { archiveCase, createCase, renameCase, setActiveCase } from '../../../src/db/case-writes';
import { activeCaseId, DEFAULT_CASE_ID, ensureDefaultCase } from '../../../src/db/cases';
import { commitCapture } from '../../../src/db/commit-capture';
import { deleteCase } from '../../../src/db/delete-case';
import { moveCapture } from '../../../src/db/move-capture';
import { openAll, openIfSealed } from '../../../src/db/open-rows';
import { database } from '../../../src/db/schema';
import { KEYRING_ID, lockNow, startSession, useSessionStore, type UnlockSession } from '../../../src/db/vault';
import { caseEventsOf } from '../../../src/db/workspace-queries';
import { createKeyring } from '../../../src/crypto/keyring';
import { isSealedRow } from '../../../src/crypto/sealed-tables';
import type { CaptureRecord } from '../../../src/shared/types';

const db = database();

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function capture(id: string, caseId: string): Promise<CaptureRecord> {
  const bytes = new TextEncoder().encode(`bytes of ${id}`);
  const row = await sealArtifact(`${id}-a`, id, bytes, 'image/png', db);
  return commitCapture(
    db,
    {
      id,
      caseId,
      trigger: 'popup',
      claimed: null,
      observed: { tabUrl: `https://example.test/${id}`, tabTitle: id, capturedAt: new Date().toISOString() } as CaptureRecord['observed'],
      artifacts: [{ id: `${id}-a`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: bytes.length, sha256: 'f'.repeat(64) }],
    },
    [row],
  );
}

/** One row in every table that holds a case's things, for `caseId`. */
async function seedEverything(caseId: string, captureId: string) {
  await db.thumbnails.put({ captureId, data: new Blob(['t']), width: 1, height: 1 });
  await db.notes.add({ id: `${caseId}-note`, caseId, captureId, createdAt: '2026-01-01T00:00:00.000Z', text: 'n' });
  const row = (suffix: string) => ({ id: `${caseId}-${suffix}`, caseId }) as never;
  await Promise.all([
    db.incidents.add(row('incident')),
    db.requests.add(row('request')),
    db.trackerEvents.add(row('tracker')),
    db.letters.add(row('letter')),
    db.people.add(row('person')),
    db.planSteps.add(row('step')),
    db.assessments.add(row('assessment')),
    db.monitors.add(row('monitor')),
    db.linkChecks.add(row('check')),
  ]);
}

const TABLES_BY_CASE = [
  'captures',
  'notes',
  'incidents',
  'requests',
  'trackerEvents',
  'letters',
  'people',
  'caseEvents',
  'planSteps',
  'assessments',
  'monitors',
  'linkChecks',
] as const;

async function countsFor(caseId: string) {
  const counts: Record<string, number> = {};
  for (const name of TABLES_BY_CASE) counts[name] = await db[name].where('caseId').equals(caseId).count();
  return counts;
}

describe('cases', () => {
  it('creates, renames, archives and brings back a case, each change a dated event', async () => {
    await ensureDefaultCase(db);
    const made = await createCase(db, '  Work  ');
    expect(made.title).toBe('Work');
    await renameCase(db, made.id, 'Work account');
    const archived = await archiveCase(db, made.id, true);
    expect(archived.archivedAt).toMatch(/Z$/);
    const back = await archiveCase(db, made.id, false);
    expect(back.archivedAt).toBeUndefined();
    const events = await caseEventsOf(made.id);
    expect(events.map((event) => event.kind)).toEqual(['created', 'renamed', 'archived', 'unarchived']);
    expect(events[1]).toMatchObject({ from: 'Work', to: 'Work account' });
  });

  it('refuses an empty name, and archiving the last open case', async () => {
    await ensureDefaultCase(db);
    await expect(createCase(db, '   ')).rejects.toThrow(/name/);
    await expect(archiveCase(db, DEFAULT_CASE_ID, true)).rejects.toThrow(/at least one case open/);
  });

  it('keeps the chain fields a capture wrote while renaming', async () => {
    const made = await createCase(db, 'A');
    const first = await capture('c1', made.id);
    const renamed = await renameCase(db, made.id, 'B');
    expect(renamed).toMatchObject({ title: 'B', captureCount: 1, headHash: first.recordHash });
    const second = await capture('c2', made.id);
    expect(second.prevHash).toBe(first.recordHash);
  });

  it('sets the active case, refuses an archived one, and moves it away on archive', async () => {
    await ensureDefaultCase(db);
    const made = await createCase(db, 'Other');
    await setActiveCase(db, made.id);
    expect(await activeCaseId(db)).toBe(made.id);
    expect((await capture('c1', undefined as unknown as string)).caseId).toBe(made.id);
    await archiveCase(db, made.id, true);
    expect(await activeCaseId(db)).toBe(DEFAULT_CASE_ID);
    await expect(setActiveCase(db, made.id)).rejects.toThrow(/archived/);
  });
});

describe('cases with encryption on', () => {
  afterEach(async () => {
    await lockNow();
  });

  it('seals a renamed title again: the stored row holds neither name in the clear', async () => {
    let session: UnlockSession | null = null;
    useSessionStore({
      get: async () => session,
      set: async (next) => {
        session = next;
      },
      clear: async () => {
        session = null;
      },
    });
    const { record, unlocked } = await createKeyring('a long test passphrase', { iterations: 1_000, unsafeTestIterations: true });
    await db.keys.put({ ...record, id: KEYRING_ID });
    await startSession(unlocked.kid, unlocked.sessionSecret, 10);
    const made = await createCase(db, 'Secret name');
    await capture('c1', made.id);
    await renameCase(db, made.id, 'Other secret');
    const stored = await db.cases.get(made.id);
    expect(isSealedRow(stored)).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/secret/i);
    expect(stored).toMatchObject({ captureCount: 1 });
    expect((await openIfSealed('cases', stored))?.title).toBe('Other secret');
    const events = await db.caseEvents.where('caseId').equals(made.id).toArray();
    expect(events.every((event) => isSealedRow(event))).toBe(true);
    expect((await caseEventsOf(made.id)).map((event) => event.to)).toEqual(['Secret name', 'Other secret']);
  });
});

describe('deleting a case', () => {
  it('empties every table of that case, and only that case, in one go', async () => {
    await ensureDefaultCase(db);
    const doomed = await createCase(db, 'Doomed');
    const kept = await createCase(db, 'Kept');
    const doomedCapture = await capture('d1', doomed.id);
    const keptCapture = await capture('k1', kept.id);
    await seedEverything(doomed.id, doomedCapture.id);
    await seedEverything(kept.id, keptCapture.id);
    const before = await countsFor(kept.id);

    await expect(deleteCase(db, doomed.id, 'Not its name')).rejects.toThrow(/does not match/);
    expect((await countsFor(doomed.id)).captures).toBe(1);

    await deleteCase(db, doomed.id, 'Doomed');
    expect(Object.values(await countsFor(doomed.id))).toEqual(TABLES_BY_CASE.map(() => 0));
    expect(await db.cases.get(doomed.id)).toBeUndefined();
    expect(await db.artifacts.where('captureId').equals(doomedCapture.id).count()).toBe(0);
    expect(await db.thumbnails.get(doomedCapture.id)).toBeUndefined();
    expect(await countsFor(kept.id)).toEqual(before);
    expect(await db.artifacts.where('captureId').equals(keptCapture.id).count()).toBe(1);
    expect(await db.thumbnails.get(keptCapture.id)).toBeDefined();
  });

  it('deletes captures moved in, keeps its own captures moved elsewhere', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    const fromA = await capture('a1', a.id);
    const fromB = await capture('b1', b.id);
    await moveCapture(db, fromA.id, b.id);
    await moveCapture(db, fromB.id, a.id);
    await deleteCase(db, a.id, 'A');
    expect(await db.captures.get(fromB.id)).toBeUndefined();
    expect(await db.captures.get(fromA.id)).toBeDefined();
    expect(await db.artifacts.where('captureId').equals(fromA.id).count()).toBe(1);
  });

  it('leaves a fresh default case when the last case goes', async () => {
    const only = await ensureDefaultCase(db);
    await db.settings.put({ key: 'activeCaseId', value: DEFAULT_CASE_ID });
    await capture('c1', only.id);
    await deleteCase(db, only.id, 'My case');
    const cases = await openAll('cases', await db.cases.toArray());
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ id: DEFAULT_CASE_ID, captureCount: 0, headHash: null, isDefault: true });
    expect(await db.captures.count()).toBe(0);
  });
});
