import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentHandlers } from '../../../src/background/incident-handlers';
import { isSealedRow } from '../../../src/crypto/sealed-tables';
import { sealArtifact } from '../../../src/db/artifact-store';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { type CaptureIncident, commitCapture, type PendingCapture } from '../../../src/db/commit-capture';
import { addKeyring } from '../../../src/db/keyring-writes';
import { incidentsOfCase } from '../../../src/db/queries';
import { database } from '../../../src/db/schema';
import { lockNow, startSession, useSessionStore, type UnlockSession } from '../../../src/db/vault';
import type { CaseRecord } from '../../../src/shared/types';
import { incidentFromCapture } from '../../../src/workspace/incident-auto';
import { fastKeyring, MARKER } from '../crypto/fixtures';

let session: UnlockSession | null = null;
const IMPORTED = {
  id: 'case-imported',
  title: 'Theirs',
  createdAt: '2026-11-01T00:00:00.000Z',
  isDefault: false,
  headHash: null,
  captureCount: 0,
  imported: { bundleName: 'b.zip' },
} as CaseRecord;

beforeEach(() => {
  useSessionStore({
    get: async () => session,
    set: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
  });
});

afterEach(async () => {
  await lockNow();
  await database().delete();
  await database().open();
});

function pending(id: string): PendingCapture {
  return {
    id,
    trigger: 'popup',
    observed: {
      tabUrl: `https://example.test/${MARKER}`,
      tabTitle: id,
      capturedAt: '2026-11-30T21:00:00.000Z',
      capturedAtLocal: '2026-11-30T22:00:00.000+01:00',
      utcOffsetMinutes: 60,
      timeZone: 'Europe/Berlin',
      window: null,
      viewport: null,
      devicePixelRatio: null,
      browser: { name: 'test', version: '1' },
      extensionVersion: '0',
      incognito: false,
    },
    claimed: null,
    artifacts: [{ id: `${id}-a`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: 3, sha256: 'a'.repeat(64) }],
  };
}

async function capture(id: string, hooks = {}) {
  const db = database();
  const incident = incidentFromCapture(pending(id), 'en', `log-${id}`, new Date()) as CaptureIncident;
  return commitCapture(db, pending(id), [await sealArtifact(`${id}-a`, id, new Uint8Array([1, 2, 3]), 'image/png', db)], hooks, incident);
}

describe('the automatic entry of a capture', () => {
  it('is written in the capture’s own transaction, into the case the capture went to', async () => {
    const record = await capture('cap-1');
    expect(await incidentsOfCase(DEFAULT_CASE_ID)).toEqual([
      expect.objectContaining({ id: 'log-cap-1', caseId: record.caseId, sourceId: 'cap-1', captureIds: ['cap-1'], status: 'open', source: 'capture' }),
    ]);
  });

  it('is not written when the capture is not (all or nothing)', async () => {
    await expect(
      capture('cap-2', {
        beforeCommit: async () => {
          throw new Error('the disk is full');
        },
      }),
    ).rejects.toThrow('the disk is full');
    expect(await database().incidents.count()).toBe(0);
    expect(await database().captures.count()).toBe(0);
  });

  it('is sealed with the capture when encryption is on, its case still readable for the index', async () => {
    const keyring = await fastKeyring();
    await addKeyring(database(), keyring.record);
    await startSession(keyring.unlocked.kid, keyring.unlocked.sessionSecret, 10);
    await capture('cap-3');
    const row = await database().incidents.get('log-cap-3');
    expect(isSealedRow(row)).toBe(true);
    expect(row).toMatchObject({ caseId: DEFAULT_CASE_ID, captureIds: ['cap-3'] });
    expect(JSON.stringify(row)).not.toContain(MARKER);
    expect(await incidentsOfCase(DEFAULT_CASE_ID)).toEqual([expect.objectContaining({ id: 'log-cap-3', context: `https://example.test/${MARKER}` })]);
  });
});

describe('incident.save and incident.delete', () => {
  it('adds an entry by hand, edits it keeping when it was recorded, and deletes it', async () => {
    const record = await capture('cap-1');
    await database().captures.add({ id: 'other-case-capture', caseId: 'elsewhere' } as never);
    const added = await incidentHandlers['incident.save']({
      entry: {
        caseId: record.caseId,
        occurredAt: '2026-11-29T20:00:00+01:00',
        summary: 'Sam sent the link to my sister',
        captureIds: ['cap-1', 'other-case-capture'],
        status: 'open',
      },
    });
    expect(added).toMatchObject({ source: 'person', captureIds: ['cap-1'], occurredAt: '2026-11-29T20:00:00+01:00' });
    const edited = await incidentHandlers['incident.save']({ entry: { ...added, id: added.id, status: 'reported', suspectedBy: 'Sam' } });
    expect(edited).toMatchObject({ id: added.id, recordedAt: added.recordedAt, status: 'reported', suspectedBy: 'Sam', source: 'person' });
    expect(edited.updatedAt).toBeDefined();
    // Editing Preserve's own entry keeps where it came from.
    const auto = (await incidentsOfCase(record.caseId)).find((entry) => entry.source === 'capture')!;
    expect(await incidentHandlers['incident.save']({ entry: { ...auto, summary: 'Found it on Reddit' } })).toMatchObject({
      source: 'capture',
      sourceId: 'cap-1',
    });
    await incidentHandlers['incident.delete']({ id: added.id });
    expect((await incidentsOfCase(record.caseId)).map((entry) => entry.id)).toEqual([auto.id]);
  });

  it('changes nothing in an imported case', async () => {
    await database().cases.add(IMPORTED);
    await database().incidents.add({
      id: 'theirs',
      caseId: IMPORTED.id,
      occurredAt: '2026-11-01T00:00:00Z',
      recordedAt: '2026-11-01T00:00:00Z',
      summary: 's',
      captureIds: [],
      status: 'open',
      source: 'person',
    });
    const entry = { caseId: IMPORTED.id, occurredAt: '2026-11-29T20:00:00Z', summary: 'x', captureIds: [], status: 'open' as const };
    await expect(incidentHandlers['incident.save']({ entry })).rejects.toMatchObject({ code: 'read-only-case' });
    await expect(incidentHandlers['incident.delete']({ id: 'theirs' })).rejects.toMatchObject({ code: 'read-only-case' });
    expect(await database().incidents.count()).toBe(1);
  });
});
