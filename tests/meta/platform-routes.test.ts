import { describe, expect, it } from 'vitest';
import { crossPlatformRoutes, platforms, removalRoutes } from '../../src/platforms/index';
import type { RemovalRoute } from '../../src/platforms/types';

// The order a user should try routes in (the issue): NCII or privacy first, then the TAKE IT DOWN
// Act route, then copyright forms, then the copyright agent's email. In-app reports sit before
// copyright: they need an account but disclose nothing to the uploader.
const RANK: Record<RemovalRoute['kind'], number> = {
  ncii: 0,
  'search-removal': 0,
  privacy: 1,
  'take-it-down-act': 2,
  'in-app': 3,
  copyright: 4,
  'dmca-email': 5,
  'hash-blocking': 6,
  guide: 7,
};
const TRI = [true, false, 'unknown'];

function checkRoute(r: RemovalRoute, where: string): void {
  expect(r.label.trim(), where).not.toBe('');
  expect(r.url || r.email || r.how, `${where}: a route needs an address or instructions`).toBeTruthy();
  if (r.url) expect(r.url, where).toMatch(/^https?:\/\/[^\s]+$/);
  if (r.email) expect(r.email, where).toMatch(/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/);
  expect(TRI, `${where} accountNeeded`).toContain(r.accountNeeded);
  for (const v of Object.values(r.discloses)) expect(TRI, `${where} discloses`).toContain(v);
  expect(Object.keys(r.discloses).sort()).toEqual(['publicly', 'toLumen', 'toUploader']);
  expect(['high', 'medium', 'low', 'unconfirmed']).toContain(r.confidence);
  expect(Array.isArray(r.userMustProvide), where).toBe(true);
  expect(r.sources.length, `${where}: every route names its sources`).toBeGreaterThan(0);
}

describe.each(platforms.map((p) => [p.id] as const))('%s routes', (id) => {
  const routes = removalRoutes(id);

  it('has at least one well-formed route', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const [i, r] of routes.entries()) checkRoute(r, `${id}[${i}]`);
  });

  it('is ordered NCII/privacy, TAKE IT DOWN, in-app, copyright form, copyright email', () => {
    const ranks = routes.map((r) => RANK[r.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('says an in-app report needs an account and an email route does not', () => {
    for (const r of routes) {
      if (r.kind === 'in-app') expect(r.accountNeeded).toBe(true);
      if (r.email && !r.url) expect(r.accountNeeded).toBe(false);
    }
  });

  it('returns a copy, so callers cannot reorder the registry', () => {
    const first = removalRoutes(id);
    first.reverse();
    expect(removalRoutes(id)).toEqual(routes);
  });
});

describe('facts the UI must not soften', () => {
  it('warns that X and YouTube forward copyright notices to the uploader', () => {
    for (const id of ['x', 'youtube', 'facebook', 'instagram']) {
      const copyright = removalRoutes(id).filter((r) => r.kind === 'copyright' || r.kind === 'dmca-email');
      expect(copyright.length, id).toBeGreaterThan(0);
      for (const r of copyright) expect(r.discloses.toUploader, id).toBe(true);
    }
  });

  it('keeps weakly sourced routes, flagged, instead of dropping or promoting them', () => {
    const weak = platforms.flatMap((p) => removalRoutes(p.id)).filter((r) => r.confidence === 'low' || r.confidence === 'unconfirmed');
    expect(weak.length).toBeGreaterThan(5);
    // A dedicated, confirmed route always comes before an unconfirmed one of the same kind.
    for (const p of platforms) {
      for (const kind of ['ncii', 'copyright'] as const) {
        const conf = removalRoutes(p.id)
          .filter((r) => r.kind === kind)
          .map((r) => ['high', 'medium', 'low', 'unconfirmed'].indexOf(r.confidence));
        expect(conf, `${p.id} ${kind}`).toEqual([...conf].sort((a, b) => a - b));
      }
    }
  });

  it('has the X TAKE IT DOWN Act form, needing no account', () => {
    const tida = removalRoutes('x').find((r) => r.kind === 'take-it-down-act');
    expect(tida?.url).toBe('https://help.x.com/forms/safety-and-sensitive-content/take-it-down');
    expect(tida?.accountNeeded).toBe(false);
  });

  it('returns nothing for an unknown platform', () => {
    expect(removalRoutes('myspace')).toEqual([]);
  });
});

describe('crossPlatformRoutes', () => {
  it('sends adults to StopNCII and under-18s to NCMEC Take It Down, never both', () => {
    const adult = crossPlatformRoutes({ under18: false }).map((r) => r.url);
    const minor = crossPlatformRoutes({ under18: true }).map((r) => r.url);
    expect(adult[0]).toBe('https://stopncii.org/');
    expect(adult).not.toContain('https://takeitdown.ncmec.org/');
    expect(minor[0]).toBe('https://takeitdown.ncmec.org/');
    expect(minor).not.toContain('https://stopncii.org/');
  });

  it('includes Google and Bing search removal for everyone', () => {
    for (const under18 of [true, false]) {
      const routes = crossPlatformRoutes({ under18 });
      for (const [i, r] of routes.entries()) checkRoute(r, `cross[${i}]`);
      const search = routes.filter((r) => r.kind === 'search-removal').map((r) => new URL(r.url!).hostname);
      expect(search).toEqual(['support.google.com', 'www.microsoft.com']);
    }
  });
});
