import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sealArtifact } from '../../../src/db/artifact-store';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { commitCapture } from '../../../src/db/commit-capture';
import { database } from '../../../src/db/schema';
import type { CaseRecord } from '../../../src/shared/types';
import { fakePng } from '../crypto/fixtures';
import { pendingCapture, seedPlaintext } from '../crypto/seed-store';

// Nothing here may reach the browser: every change to an imported case is refused before it would.
const session = new Map<string, unknown>();
const opened: string[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        },
      },
    },
    permissions: { contains: async () => false },
    tabs: {
      create: async ({ url }: { url: string }) => {
        opened.push(url);
        return { id: 1 };
      },
    },
  },
}));
const captured: string[] = [];
vi.mock('../../../src/background/capture-events', () => ({
  captureAndThumbnail: async (_tabId: number, _trigger: string, _target: unknown, caseId?: string) => {
    captured.push(caseId ?? '');
    throw new Error('no capture in this test');
  },
}));

const { workspaceHandlers } = await import('../../../src/background/workspace-handlers');
const { takedownHandlers } = await import('../../../src/background/takedown-handlers');
const { formHandlers } = await import('../../../src/background/form-handlers');
const { monitorHandlers } = await import('../../../src/background/monitor-handlers');
const { keepPendingFill } = await import('../../../src/background/pending-fills');

const IMPORTED = 'imported-1';
const POST = 'https://www.reddit.com/r/pics/comments/abc123/title/';
const ROUTE = { platformId: 'reddit', kind: 'ncii' as const, label: 'Reddit report page', url: 'https://www.reddit.com/report' };

const importedCase: CaseRecord = {
  id: IMPORTED,
  title: 'From my friend',
  createdAt: '2026-12-01T00:00:00.000Z',
  headHash: null,
  captureCount: 0,
  isDefault: false,
  imported: { bundleName: 'bundle.zip', bundleSha256: 'a'.repeat(64), exportedAt: '2026-11-30T00:00:00.000Z', importedAt: '2026-12-01T00:00:00.000Z' },
};

/** Every row of every table the workspace writes, so a refusal can be shown to have written nothing. */
async function snapshot() {
  const db = database();
  const tables = [
    'cases',
    'captures',
    'caseEvents',
    'planSteps',
    'assessments',
    'incidents',
    'people',
    'requests',
    'trackerEvents',
    'letters',
    'monitors',
    'settings',
  ] as const;
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await db[name].toArray()] as const)));
}

beforeEach(async () => {
  session.clear();
  opened.length = 0;
  captured.length = 0;
  const db = database();
  await seedPlaintext(db, 1);
  await db.cases.add(importedCase);
  await commitCapture(db, { ...pendingCapture('imported-cap'), caseId: IMPORTED }, [
    await sealArtifact('imported-cap-shot', 'imported-cap', fakePng(), 'image/png', db),
  ]);
  await db.incidents.add({
    id: 'incident-1',
    caseId: IMPORTED,
    occurredAt: '2026-11-01T00:00:00.000Z',
    recordedAt: '2026-11-01T00:00:00.000Z',
    summary: 'It was posted',
    captureIds: [],
    status: 'open',
    source: 'person',
  });
  await db.people.add({ id: 'person-1', caseId: IMPORTED, role: 'ally', name: 'Sam', accounts: [], captureIds: [], createdAt: '2026-11-01T00:00:00.000Z' });
});

afterEach(async () => {
  await database().delete();
  await database().open();
});

const CHANGES: Array<[string, () => Promise<unknown>]> = [
  ['case.rename', () => workspaceHandlers['case.rename']({ caseId: IMPORTED, title: 'Another name' })],
  ['case.archive', () => workspaceHandlers['case.archive']({ caseId: IMPORTED, archived: true })],
  ['case.setActive', () => workspaceHandlers['case.setActive']({ caseId: IMPORTED })],
  ['case.moveCapture out', () => workspaceHandlers['case.moveCapture']({ captureId: 'imported-cap', toCaseId: DEFAULT_CASE_ID })],
  ['case.moveCapture in', () => workspaceHandlers['case.moveCapture']({ captureId: 'cap-0', toCaseId: IMPORTED })],
  ['plan.setStep', () => workspaceHandlers['plan.setStep']({ caseId: IMPORTED, stepId: 'breathe', state: 'done' })],
  ['assessment.save', () => workspaceHandlers['assessment.save']({ caseId: IMPORTED, answers: { violence: 'yes' } })],
  [
    'incident.save',
    () =>
      workspaceHandlers['incident.save']({
        entry: { caseId: IMPORTED, occurredAt: '2026-11-02T00:00:00.000Z', summary: 'More', captureIds: [], status: 'open' },
      } as never),
  ],
  ['incident.delete', () => workspaceHandlers['incident.delete']({ id: 'incident-1' })],
  ['person.save', () => workspaceHandlers['person.save']({ person: { caseId: IMPORTED, role: 'ally', name: 'Alex', accounts: [], captureIds: [] } })],
  ['person.delete', () => workspaceHandlers['person.delete']({ id: 'person-1' })],
  [
    'takedown.record',
    () =>
      takedownHandlers['takedown.record']({
        caseId: IMPORTED,
        urls: [POST],
        captureIds: [],
        route: ROUTE,
        method: 'email',
        sentAt: '2026-12-01T00:00:00.000Z',
      }),
  ],
  ['tracker.setStatus', () => takedownHandlers['tracker.setStatus']({ caseId: IMPORTED, url: POST, status: 'removed', at: '2026-12-01T00:00:00.000Z' })],
  ['letter.save', () => takedownHandlers['letter.save']({ caseId: IMPORTED, kind: 'dmca', title: 'DMCA notice', text: 'Hello', html: '<p>Hello</p>' })],
  ['takedown.openForm', () => formHandlers['takedown.openForm']({ caseId: IMPORTED, captureIds: [], route: ROUTE, values: { contentUrls: [POST] } })],
  ['monitor.configure', () => monitorHandlers['monitor.configure']({ caseId: IMPORTED, enabled: true, everyHours: 24 })],
  ['monitor.checkNow', () => monitorHandlers['monitor.checkNow']({ caseId: IMPORTED })],
];

describe('an imported case is read-only in the worker', () => {
  it.each(CHANGES)('%s is refused in calm words, and nothing is written', async (_name, change) => {
    const before = await snapshot();
    const error = await change().then(
      () => null,
      (failure: unknown) => failure as { name: string; code: string; message: string },
    );
    expect(error?.name).toBe('UserFacingError');
    expect(['read-only-case', 'imported-case']).toContain(error?.code);
    expect(error?.message).toMatch(/imported/i);
    expect(await snapshot()).toEqual(before);
    expect(opened).toEqual([]);
  });

  it('"I sent it" for a form opened from an imported case saves no confirmation page into it', async () => {
    await keepPendingFill({ tabId: 7, caseId: IMPORTED, captureIds: [], route: ROUTE, values: { contentUrls: [POST] } });
    const before = await snapshot();
    await expect(takedownHandlers['takedown.sent']({ tabId: 7 })).rejects.toMatchObject({ code: 'read-only-case' });
    expect(captured).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('still changes a case of the person’s own', async () => {
    await expect(workspaceHandlers['plan.setStep']({ caseId: DEFAULT_CASE_ID, stepId: 'breathe', state: 'done' })).resolves.toMatchObject({ state: 'done' });
    await expect(
      takedownHandlers['tracker.setStatus']({ caseId: DEFAULT_CASE_ID, url: POST, status: 'removed', at: '2026-12-01T00:00:00.000Z' }),
    ).resolves.toMatchObject({ caseId: DEFAULT_CASE_ID });
  });
});
