// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { RemovalPanel, type RemovalTarget } from '../../../src/options/RemovalPanel';
import type { FillReport, TakedownProfile } from '../../../src/shared/takedown-types';
import { buttonIn, click, mount, unmount } from './mount';

const PROFILE: TakedownProfile = { legalName: 'Alex Doe', email: 'requests@example.org', signatureName: 'Alex Doe', phone: '+1 555 0100' };
const TARGET: RemovalTarget = {
  caseId: 'case-1',
  urls: ['https://x.com/someone/status/1', 'https://x.com/someone/status/2'],
  captureIds: ['cap-1'],
  detection: { platform: { id: 'x', name: 'X' }, kind: 'post' },
};
const REPORT: FillReport = {
  host: 'help.x.com',
  filled: Array.from({ length: 6 }, (_, i) => ({ key: 'legalName' as const, label: `Field ${i}`, value: 'x' })),
  unfilled: [],
  skipped: [],
  elapsedMs: 40,
};

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(overrides: Partial<OptionsApi> = {}) {
  return {
    takedownProfile: vi.fn(async () => PROFILE),
    askToFill: vi.fn(async () => true),
    openForm: vi.fn(async () => ({ tabId: 7, report: REPORT })),
    ...overrides,
  } as unknown as OptionsApi & { askToFill: ReturnType<typeof vi.fn>; openForm: ReturnType<typeof vi.fn> };
}

const routes = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-testid="route"]')];

describe('RemovalPanel', () => {
  it('lists X’s routes in order, each with what it needs and what it discloses', async () => {
    root = await mount(h(RemovalPanel, { api: fakeApi(), target: TARGET, under18: false }));
    const cards = routes(root);
    expect(cards.map((card) => card.dataset.step)).toEqual([
      'platform',
      'take-it-down-act',
      'in-app',
      'hash-blocking',
      'copyright',
      'copyright',
      'search',
      'search',
      'guide',
    ]);
    expect(cards[3]!.textContent).toContain('StopNCII.org');
    const copyright = cards[4]!;
    expect(copyright.querySelector('[data-testid="route-discloses"]')!.textContent).toContain(
      'X sends your whole notice, with your name and email, to the person who posted it.',
    );
    expect(copyright.querySelector('[data-testid="route-needs"]')!.textContent).toContain('that you own the copyright');
    expect(copyright.querySelector('[data-testid="agent-advice"]')!.textContent).toContain('separate email address');
    expect(cards[0]!.querySelector('[data-testid="agent-advice"]')).toBeNull();
    expect(cards[5]!.querySelector('[data-testid="route-caveat"]')!.textContent).toBe('Preserve could not confirm this route; check it before relying on it.');
    // X's own form, its TAKE IT DOWN Act form, its copyright form, Google's and Microsoft's forms; not the email address, the app or StopNCII.
    expect(cards.map((card, i) => (buttonIn(card, 'Open the form') ? i : -1)).filter((i) => i >= 0)).toEqual([0, 1, 4, 6, 7]);
  });

  it('offers Take It Down instead of StopNCII when the person was under 18', async () => {
    root = await mount(h(RemovalPanel, { api: fakeApi(), target: TARGET, under18: true }));
    const hash = routes(root).find((card) => card.dataset.step === 'hash-blocking')!;
    expect(hash.textContent).toContain('NCMEC Take It Down');
  });

  it('"Open the form" asks for the form’s host first, then sends the route and only the ticked details, and says what was filled', async () => {
    const api = fakeApi();
    root = await mount(h(RemovalPanel, { api, target: TARGET, under18: false }));
    await click(buttonIn(routes(root)[0]!, 'Open the form'));
    expect(api.askToFill).toHaveBeenCalledWith('https://help.x.com/en/forms/safety-and-sensitive-content/private-information');
    expect(api.askToFill.mock.invocationCallOrder[0]).toBeLessThan(api.openForm.mock.invocationCallOrder[0]!);
    const request = api.openForm.mock.calls[0]![0];
    expect(request).toMatchObject({ caseId: 'case-1', captureIds: ['cap-1'], route: { platformId: 'x', kind: 'ncii' } });
    expect(request.values).toMatchObject({
      contentUrls: ['https://x.com/someone/status/1'],
      legalName: 'Alex Doe',
      email: 'requests@example.org',
      signature: 'Alex Doe',
    });
    // The phone was not ticked, so it is not shared.
    expect(request.values.phone).toBeUndefined();
    expect(root.querySelector('[data-testid="open-result"]')!.textContent).toBe('Filled 6 fields. Check them, then send the form yourself.');
  });

  it('shares what the person ticks: the phone and the second address', async () => {
    const api = fakeApi();
    root = await mount(h(RemovalPanel, { api, target: TARGET, under18: false }));
    const picker = root.querySelector('[data-testid="share-picker"]')!;
    const box = (text: string) => [...picker.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;
    await click(box('Your phone'));
    await click(box('https://x.com/someone/status/2'));
    await click(box('Your email for requests'));
    await click(buttonIn(routes(root)[0]!, 'Open the form'));
    const { values } = api.openForm.mock.calls[0]![0];
    expect(values.phone).toBe('+1 555 0100');
    expect(values.email).toBeUndefined();
    expect(values.contentUrls).toEqual(TARGET.urls);
  });

  it('opens the form even when host access is refused, and points to "Fill in this form"', async () => {
    const api = fakeApi({
      askToFill: vi.fn(async () => false),
      openForm: vi.fn(async () => ({ tabId: 7, report: null, reason: 'Preserve opened the form but was not allowed to fill it in.' })),
    });
    root = await mount(h(RemovalPanel, { api, target: TARGET, under18: false }));
    await click(buttonIn(routes(root)[0]!, 'Open the form'));
    expect(api.openForm).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid="open-result"]')!.textContent).toContain('“Fill in this form”');
  });

  it('says why when the form could not be opened', async () => {
    const api = fakeApi({ openForm: vi.fn(async () => Promise.reject(new Error('Filling forms is not ready yet.'))) });
    root = await mount(h(RemovalPanel, { api, target: TARGET, under18: false }));
    await click(buttonIn(routes(root)[0]!, 'Open the form'));
    expect(root.querySelector('[data-testid="open-result"]')!.textContent).toBe(
      'Filling forms is not ready yet. To fill it in, click the Preserve button on the form’s tab and choose “Fill in this form”.',
    );
  });

  it('for a site Preserve does not know, offers the hosting company, search engines and the letters', async () => {
    root = await mount(h(RemovalPanel, { api: fakeApi(), target: { ...TARGET, urls: ['https://pics.example/a'], detection: null }, under18: false }));
    expect(routes(root).map((card) => card.dataset.step)).toEqual(['hosting-provider', 'hash-blocking', 'search', 'search', 'letters', 'guide']);
    expect(root.textContent).toContain('The company that hosts pics.example');
    expect(root.querySelector('a[href="#letters/case-1"]')).not.toBeNull();
  });
});
