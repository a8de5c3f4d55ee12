import { describe, expect, it } from 'vitest';
import { removalRoutes } from '../../../src/platforms/routes';
import { planRoutes, type PlannedRoute } from '../../../src/takedowns/route-plan';

const X = { id: 'x', name: 'X' };
const steps = (plan: PlannedRoute[]) => plan.map((route) => route.step);
const kinds = (plan: PlannedRoute[]) => plan.map((route) => route.ref.kind);
const STEP_ORDER = ['platform', 'take-it-down-act', 'in-app', 'hash-blocking', 'copyright', 'search', 'host-abuse', 'hosting-provider', 'letters', 'guide'];

function inOrder(plan: PlannedRoute[]) {
  const ranks = plan.map((route) => STEP_ORDER.indexOf(route.step));
  return ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]!));
}

describe('planRoutes: the order to try', () => {
  it('puts X’s own form first, its TAKE IT DOWN Act form next, StopNCII for an adult, copyright after them, search engines and the guide last', () => {
    const plan = planRoutes({ platform: X, kind: 'post', under18: false });
    expect(kinds(plan)).toEqual([
      'ncii',
      'take-it-down-act',
      'in-app',
      'hash-blocking',
      'copyright',
      'dmca-email',
      'search-removal',
      'search-removal',
      'guide',
    ]);
    expect(plan[3]!.url).toBe('https://stopncii.org/');
    expect(plan.at(-3)!.url).toBe('https://support.google.com/websearch/answer/6302812');
    expect(plan.at(-2)!.url).toBe('https://www.microsoft.com/en-us/concern/revengeporn');
    expect(plan.at(-1)!.url).toBe('https://www.cybercivilrights.org/online-removal/');
  });

  it('offers NCMEC’s Take It Down, not StopNCII, when the person was under 18', () => {
    const plan = planRoutes({ platform: X, kind: 'post', under18: true });
    const hash = plan.filter((route) => route.step === 'hash-blocking');
    expect(hash.map((route) => route.url)).toEqual(['https://takeitdown.ncmec.org/']);
    expect(plan.some((route) => route.url === 'https://stopncii.org/')).toBe(false);
  });

  it('keeps Reddit’s two forms in its own order before StopNCII, and copyright after', () => {
    const plan = planRoutes({ platform: { id: 'reddit', name: 'Reddit' }, kind: 'post', under18: false });
    expect(steps(plan)).toEqual(['platform', 'platform', 'hash-blocking', 'copyright', 'copyright', 'search', 'search', 'guide']);
    expect(plan.slice(0, 2).map((route) => route.url)).toEqual(
      removalRoutes('reddit')
        .slice(0, 2)
        .map((route) => route.url),
    );
  });

  it('on every platform, follows the step order and lists each of its own routes once', () => {
    for (const id of ['facebook', 'instagram', 'youtube', 'pornhub', 'tumblr', 'flickr', 'google_search', 'microsoft_bing', 'onlyfans']) {
      const plan = planRoutes({ platform: { id, name: id }, kind: 'post', under18: false });
      expect(inOrder(plan), id).toBe(true);
      expect(plan.filter((route) => route.ref.platformId === id)).toHaveLength(removalRoutes(id).length);
    }
  });

  it('does not list Google’s search form twice when the platform is Google Search', () => {
    const plan = planRoutes({ platform: { id: 'google_search', name: 'Google Search' }, kind: 'other', under18: false });
    const urls = plan.map((route) => route.url).filter(Boolean);
    expect(new Set(urls).size).toBe(urls.length);
    expect(plan[0]!.step).toBe('platform');
    expect(plan[0]!.ref.kind).toBe('search-removal');
  });

  it('names the action for each route: forms, email addresses, steps inside the app, links', () => {
    const plan = planRoutes({ platform: X, kind: 'post', under18: false });
    const byKind = Object.fromEntries(plan.map((route) => [route.ref.kind, route.action]));
    expect(byKind).toMatchObject({
      ncii: 'form',
      'take-it-down-act': 'form',
      'in-app': 'in-app',
      copyright: 'form',
      'dmca-email': 'email',
      'hash-blocking': 'link',
      guide: 'link',
    });
    expect(plan.find((route) => route.ref.kind === 'in-app')!.how).toContain('Report post');
    expect(plan.find((route) => route.ref.kind === 'dmca-email')!.email).toBe('copyright@x.com');
  });

  it('carries a route reference the worker can record: platform, kind, label and address', () => {
    const [first] = planRoutes({ platform: X, kind: 'post', under18: false });
    expect(first!.ref).toEqual({ platformId: 'x', kind: 'ncii', label: removalRoutes('x')[0]!.label, url: removalRoutes('x')[0]!.url });
  });
});

describe('planRoutes: a host Preserve does not know', () => {
  it('still gets routes: the contacts found in the page, the hosting company, hash blocking, search engines, the letters, the guide', () => {
    const plan = planRoutes({
      platform: null,
      kind: 'other',
      under18: false,
      host: 'pics.example',
      contacts: [
        { source: 'link', label: 'Report abuse', url: 'https://pics.example/report' },
        { source: 'mailto', label: 'abuse@pics.example', email: 'abuse@pics.example' },
        { source: 'security.txt', label: 'mailto:security@pics.example', email: 'security@pics.example' },
      ],
    });
    expect(steps(plan)).toEqual(['host-abuse', 'host-abuse', 'host-abuse', 'hosting-provider', 'hash-blocking', 'search', 'search', 'letters', 'guide']);
    expect(plan.map((route) => route.action).slice(0, 3)).toEqual(['link', 'email', 'email']);
    expect(plan[0]!.label).toBe('A link on the page: Report abuse');
    expect(plan[1]!.label).toBe('An address on the page: abuse@pics.example');
    expect(plan[2]!.label).toBe('Listed in the site’s security.txt: mailto:security@pics.example');
    expect(plan[0]!.caveat).toBe('Preserve could not confirm this route; check it before relying on it.');
    expect(plan[0]!.ref).toEqual({ platformId: null, kind: 'host-abuse', label: 'A link on the page: Report abuse', url: 'https://pics.example/report' });
  });

  it('explains how to find the hosting company in plain words, naming the host', () => {
    const provider = planRoutes({ platform: null, kind: 'other', under18: false, host: 'pics.example' }).find((route) => route.step === 'hosting-provider')!;
    expect(provider.label).toBe('The company that hosts pics.example');
    expect(provider.how).toContain('WHOIS or RDAP');
    expect(provider.how).toContain('abuse desks');
    expect(provider.action).toBe('link');
  });

  it('uses Take It Down there too for a person under 18', () => {
    const plan = planRoutes({ platform: null, kind: 'other', under18: true, host: 'pics.example' });
    expect(plan.find((route) => route.step === 'hash-blocking')!.url).toBe('https://takeitdown.ncmec.org/');
  });
});
