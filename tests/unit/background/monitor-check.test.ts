import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { database } from '../../../src/db/schema';
import { trackerEventsOfCase } from '../../../src/db/takedown-queries';
import { linkChecksOf, monitorsOf } from '../../../src/db/workspace-queries';
import { PAGE_URL, seedPlaintext } from '../crypto/seed-store';

const access = { granted: true };
const alarms = new Set<string>();
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: { contains: async () => access.granted },
    alarms: {
      get: async (name: string) => (alarms.has(name) ? { name } : undefined),
      create: async (name: string) => void alarms.add(name),
      clear: async (name: string) => alarms.delete(name),
    },
  },
}));

// The e2e build's pace hook, so consecutive checks of one host do not wait 10 s here.
vi.stubGlobal('__E2E__', true);
globalThis.__preserveMonitorPaceMs = 0;

const { monitorHandlers } = await import('../../../src/background/monitor-handlers');

const WATCHED = `${PAGE_URL}?cap-0`;
const fetchMock = vi.fn<typeof fetch>();
const answer = (status: number, body = '<title>A post</title><body>Some text</body>') =>
  fetchMock.mockImplementationOnce(async () => new Response(body, { status, headers: { 'content-type': 'text/html' } }));

beforeEach(async () => {
  access.granted = true;
  alarms.clear();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  await seedPlaintext(database(), 1);
});

afterEach(async () => {
  await database().delete();
  await database().open();
});

const check = async () => (await monitorHandlers['monitor.checkNow']({ caseId: DEFAULT_CASE_ID })).checks;

describe('watching a case’s links in the worker', () => {
  it('is off until turned on, then watches each captured address and keeps an alarm', async () => {
    await expect(check()).rejects.toThrow(/off/i);
    expect(fetchMock).not.toHaveBeenCalled();
    const { monitors } = await monitorHandlers['monitor.configure']({ caseId: DEFAULT_CASE_ID, enabled: true, everyHours: 24 });
    expect(monitors.map((monitor) => [monitor.url, monitor.enabled, monitor.everyHours])).toEqual([[WATCHED, true, 24]]);
    expect(alarms.size).toBe(1);
    await monitorHandlers['monitor.configure']({ caseId: DEFAULT_CASE_ID, enabled: false, everyHours: 24 });
    expect(alarms.size).toBe(0);
    await expect(monitorHandlers['monitor.configure']({ caseId: DEFAULT_CASE_ID, enabled: true, everyHours: 5 })).rejects.toThrow();
  });

  it('sends a plain request, and tells the tracker and the log only when the link goes and comes back', async () => {
    await monitorHandlers['monitor.configure']({ caseId: DEFAULT_CASE_ID, enabled: true, everyHours: 24 });
    answer(200);
    expect((await check()).map((c) => c.state)).toEqual(['up']);
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'follow', cache: 'no-store' });

    answer(404);
    expect((await check()).map((c) => c.state)).toEqual(['removed']);
    answer(404);
    expect((await check()).map((c) => c.state)).toEqual(['removed']);
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await check()).map((c) => [c.state, c.reason])).toEqual([['unreachable', 'network']]);
    answer(200);
    expect((await check()).map((c) => c.state)).toEqual(['reappeared']);

    const events = await trackerEventsOfCase(DEFAULT_CASE_ID);
    // (Checks here are milliseconds apart, so rows are compared as sets; each call's state is checked above.)
    expect(events.map((event) => [event.url, event.status]).sort()).toEqual([
      [WATCHED, 'reappeared'],
      [WATCHED, 'removed'],
    ]);
    const logged = (await database().incidents.toArray()).filter((entry) => 'source' in entry && entry.source === 'monitor');
    expect(logged).toHaveLength(2);
    // Every check is kept; the monitor keeps only the latest state.
    expect((await linkChecksOf(DEFAULT_CASE_ID)).map((c) => c.state).sort()).toEqual(['reappeared', 'removed', 'removed', 'unreachable', 'up']);
    expect((await monitorsOf(DEFAULT_CASE_ID))[0]?.lastState).toBe('reappeared');
  });

  it('sends nothing to a site it has no access to, and says so', async () => {
    await monitorHandlers['monitor.configure']({ caseId: DEFAULT_CASE_ID, enabled: true, everyHours: 24 });
    access.granted = false;
    expect((await check()).map((c) => [c.state, c.reason])).toEqual([['unreachable', 'no-access']]);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await trackerEventsOfCase(DEFAULT_CASE_ID)).toEqual([]);
  });
});
