// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../../src/popup/api';
import { PopupRequests } from '../../../src/popup/PopupRequests';
import { UserFacingError } from '../../../src/shared/errors';
import type { PageDescription } from '../../../src/shared/messages';
import type { FillReport } from '../../../src/shared/takedown-types';
import { buttonIn, click, mount, typeInto, unmount } from '../options/mount';

const REPORT: FillReport = { host: 'help.x.com', filled: [{ key: 'email', label: 'Email', value: 'a@b.c' }], unfilled: [], skipped: [], elapsedMs: 5 };
const page = (url: string, detection: PageDescription['detection'] = null): PageDescription => ({ url, title: 't', capturable: true, detection, label: null });
const FORM = page('https://help.x.com/forms/safety-and-sensitive-content/take-it-down', { platform: { id: 'x', name: 'X' }, kind: 'other' });

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(overrides: Partial<PopupApi> = {}) {
  return {
    fill: vi.fn(async () => REPORT),
    sent: vi.fn(async () => ({ request: { reference: 'T-1' }, capture: {} })),
    findContacts: vi.fn(async () => ({
      url: 'https://pics.example/a',
      contacts: [{ source: 'mailto', label: 'abuse@pics.example', email: 'abuse@pics.example' }],
    })),
    fillContext: vi.fn(async () => ({ caseId: 'case-1', captureIds: ['c1'], values: { contentUrls: ['https://x.com/a/status/1'] } })),
    under18: vi.fn(async () => false),
    openEvidence: vi.fn(),
    ...overrides,
  } as unknown as PopupApi & Record<'fill' | 'sent' | 'findContacts' | 'fillContext', ReturnType<typeof vi.fn>>;
}

describe('PopupRequests', () => {
  it('on a known form page, fills it with the values kept for the tab', async () => {
    const api = fakeApi();
    root = await mount(h(PopupRequests, { api, tabId: 3, page: FORM }));
    await click(buttonIn(root, 'Fill in this form'));
    expect(api.fill).toHaveBeenCalledWith({ tabId: 3 });
    expect(root.querySelector('[data-testid="request-message"]')!.textContent).toBe('Filled 1 field. Check them, then send the form yourself.');
  });

  it('fills a form the person opened themselves with the recent captures on that platform', async () => {
    const fill = vi.fn(async (request: { values?: unknown }) => {
      if (!request.values) throw new UserFacingError('Preserve has nothing to fill in here yet.', 'nothing-to-fill');
      return REPORT;
    });
    const api = fakeApi({ fill } as Partial<PopupApi>);
    root = await mount(h(PopupRequests, { api, tabId: 3, page: FORM }));
    await click(buttonIn(root, 'Fill in this form'));
    expect(api.fillContext).toHaveBeenCalledWith('x');
    expect(fill).toHaveBeenLastCalledWith(
      expect.objectContaining({
        tabId: 3,
        caseId: 'case-1',
        captureIds: ['c1'],
        route: expect.objectContaining({ platformId: 'x', kind: 'take-it-down-act' }),
      }),
    );
  });

  it('"I sent it" records the request with the reference typed, and shows it', async () => {
    const api = fakeApi();
    root = await mount(h(PopupRequests, { api, tabId: 3, page: FORM }));
    await typeInto(root.querySelector<HTMLInputElement>('[data-testid="sent-reference"]')!, ' T-1 ');
    await click(buttonIn(root, 'I sent it'));
    expect(api.sent).toHaveBeenCalledWith(3, 'T-1');
    expect(root.textContent).toContain('(reference T-1)');
  });

  it('offers no form tools on a look-alike host', async () => {
    root = await mount(h(PopupRequests, { api: fakeApi(), tabId: 3, page: page('https://help.x.com.evil.test/forms/ipi') }));
    expect(buttonIn(root, 'Fill in this form')).toBeUndefined();
    expect(buttonIn(root, 'Request removal')).toBeDefined();
  });

  it('on a post, shows the routes in order only when asked', async () => {
    root = await mount(
      h(PopupRequests, { api: fakeApi(), tabId: 3, page: page('https://x.com/a/status/1', { platform: { id: 'x', name: 'X' }, kind: 'post' }) }),
    );
    expect(root.querySelectorAll('[data-testid="route"]')).toHaveLength(0);
    await click(buttonIn(root, 'Request removal'));
    const steps = [...root.querySelectorAll<HTMLElement>('[data-testid="route"]')].map((card) => card.dataset.step);
    expect(steps.slice(0, 4)).toEqual(['platform', 'take-it-down-act', 'in-app', 'hash-blocking']);
  });

  it('on a site Preserve does not know, looks for its contacts when asked and lists them first', async () => {
    const api = fakeApi();
    root = await mount(h(PopupRequests, { api, tabId: 3, page: page('https://pics.example/a') }));
    await click(buttonIn(root, 'Request removal'));
    expect(api.findContacts).not.toHaveBeenCalled();
    await click(buttonIn(root, 'Look for this site’s report or abuse contacts'));
    expect(api.findContacts).toHaveBeenCalledWith(3);
    const first = root.querySelector<HTMLElement>('[data-testid="route"]')!;
    expect(first.dataset.step).toBe('host-abuse');
    expect(first.querySelector('a')!.getAttribute('href')).toBe('mailto:abuse@pics.example');
  });
});
