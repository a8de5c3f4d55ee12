// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { TrackerView } from '../../../src/options/TrackerView';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { RemovalRequestRecord } from '../../../src/shared/takedown-types';
import type { CaptureRecord, CaseRecord } from '../../../src/shared/types';
import { buttonIn, click, mount, typeInto, unmount } from './mount';

const CASE = { id: 'case-1', title: 'My case', createdAt: '2026-11-01T00:00:00.000Z', isDefault: true } as CaseRecord;
const capture = (id: string, url: string, at: string) =>
  ({
    id,
    caseId: 'case-1',
    trigger: 'popup',
    observed: { tabUrl: url, capturedAt: at },
    claimed: null,
    artifacts: [],
    recordHash: 'h',
  }) as unknown as CaptureRecord;
const REQUEST: RemovalRequestRecord = {
  id: 'req-1',
  caseId: 'case-1',
  urls: ['https://x.com/someone/status/1'],
  captureIds: ['c1'],
  route: { platformId: 'x', kind: 'ncii', label: 'Private information report form' },
  method: 'form',
  sentAt: '2026-11-02T10:00:00.000Z',
  recordedAt: '2026-11-02T10:00:01.000Z',
  reference: 'T-12345',
};

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(requests: RemovalRequestRecord[] = []) {
  return {
    settings: async () => DEFAULT_SETTINGS,
    takedownProfile: async () => null,
    caseTracker: vi.fn(async () => ({
      captures: [
        capture('c1', 'https://x.com/someone/status/1', '2026-11-01T10:00:00.000Z'),
        capture('c2', 'https://pics.example/a', '2026-11-01T11:00:00.000Z'),
      ],
      requests,
      events: [],
      letters: [],
    })),
    setStatus: vi.fn(async () => ({})),
    recordRequest: vi.fn(async () => REQUEST),
  } as unknown as OptionsApi & { setStatus: ReturnType<typeof vi.fn>; recordRequest: ReturnType<typeof vi.fn> };
}

const row = (el: HTMLElement, url: string) => [...el.querySelectorAll<HTMLElement>('[data-testid="tracked-url"]')].find((r) => r.textContent?.includes(url))!;

describe('TrackerView', () => {
  it('lists every captured address with its status, and a request with its route and reference', async () => {
    root = await mount(h(TrackerView, { api: fakeApi([REQUEST]), caseRecord: CASE }));
    const x = row(root, 'https://x.com/someone/status/1');
    expect(x.dataset.status).toBe('requested');
    expect(x.querySelector('[data-testid="tracked-request"]')!.textContent).toContain('reference T-12345');
    expect(x.querySelectorAll('.history li')).toHaveLength(2);
    expect(row(root, 'https://pics.example/a').dataset.status).toBe('captured');
  });

  it('says calmly when a TAKE IT DOWN Act request is overdue, naming a next route', async () => {
    const late = {
      ...REQUEST,
      route: { platformId: 'x', kind: 'take-it-down-act', label: 'US TAKE IT DOWN Act report form (no X account needed for US users)' },
      sentAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    };
    root = await mount(h(TrackerView, { api: fakeApi([late]), caseRecord: CASE }));
    const note = root.querySelector('[data-testid="overdue"]')!;
    expect(note.textContent).toContain('X has not answered in 5 days');
    expect(note.textContent).toContain('You could try the next route');
  });

  it('records a new status, dated, through the worker', async () => {
    const api = fakeApi();
    root = await mount(h(TrackerView, { api, caseRecord: CASE }));
    const x = row(root, 'https://x.com/someone/status/1');
    await click(buttonIn(x, 'Record a change'));
    const form = x.querySelector<HTMLFormElement>('[data-testid="status-form"]')!;
    await typeInto(form.querySelector<HTMLInputElement>('input[type="date"]')!, '2026-11-03');
    await click(buttonIn(form, 'Save'));
    expect(api.setStatus).toHaveBeenCalledWith({
      caseId: 'case-1',
      url: 'https://x.com/someone/status/1',
      status: 'removed',
      at: new Date('2026-11-03T12:00:00').toISOString(),
    });
  });

  it('records a request sent another way, with its route, method, date and reference', async () => {
    const api = fakeApi();
    root = await mount(h(TrackerView, { api, caseRecord: CASE }));
    const x = row(root, 'https://x.com/someone/status/1');
    await click(buttonIn(x, 'Record a request sent another way'));
    const form = x.querySelector<HTMLFormElement>('[data-testid="record-form"]')!;
    await typeInto(form.querySelector<HTMLInputElement>('input[type="text"]')!, 'CASE-9');
    await click(buttonIn(form, 'Record the request'));
    expect(api.recordRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        caseId: 'case-1',
        urls: ['https://x.com/someone/status/1'],
        captureIds: ['c1'],
        method: 'email',
        reference: 'CASE-9',
        route: expect.objectContaining({ platformId: 'x', kind: 'ncii' }),
      }),
    );
  });

  it('opens the routes for one address from the case', async () => {
    root = await mount(h(TrackerView, { api: fakeApi(), caseRecord: CASE }));
    const x = row(root, 'https://x.com/someone/status/1');
    await click(buttonIn(x, 'Request removal'));
    expect(x.querySelector('[data-testid="removal-panel"]')!.textContent).toContain('Request removal from X');
  });

  it('draws a case of many addresses 50 at a time, and shows the rest on request', async () => {
    const many = Array.from({ length: 120 }, (_, i) => capture(`m${i}`, `https://pics.example/${i}`, new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString()));
    const api = { ...fakeApi(), caseTracker: vi.fn(async () => ({ captures: many, requests: [], events: [] })) } as unknown as OptionsApi;
    root = await mount(h(TrackerView, { api, caseRecord: CASE }));
    const rows = () => root!.querySelectorAll('[data-testid="tracked-url"]');
    expect(rows()).toHaveLength(50);
    // The most recent change first: the newest capture's address leads.
    expect(rows()[0]!.textContent).toContain('https://pics.example/119');
    await click(buttonIn(root, 'Show more'));
    await click(buttonIn(root, 'Show more'));
    expect(rows()).toHaveLength(120);
    expect(buttonIn(root, 'Show more')).toBeUndefined();
  });
});
