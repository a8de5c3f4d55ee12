import { describe, expect, it } from 'vitest';
import { platforms } from '../../../src/platforms/index';
import { formPageAt } from '../../../src/takedowns/form-page';

const IDS = platforms;

describe('formPageAt', () => {
  it('knows X’s TAKE IT DOWN Act form by its host and path', () => {
    const page = formPageAt('https://help.x.com/forms/safety-and-sensitive-content/take-it-down', IDS, 'other');
    expect(page?.ref).toEqual({
      platformId: 'x',
      kind: 'take-it-down-act',
      label: 'US TAKE IT DOWN Act report form (no X account needed for US users)',
      url: 'https://help.x.com/forms/safety-and-sensitive-content/take-it-down',
    });
  });

  it('offers the first form of the host when the path is another of its pages', () => {
    expect(formPageAt('https://help.x.com/en/forms/somewhere-else', IDS)?.ref.platformId).toBe('x');
  });

  it('never matches a look-alike host or plain http for an https form', () => {
    expect(formPageAt('https://help.x.com.evil.test/forms/ipi', IDS)).toBeNull();
    expect(formPageAt('https://nothelp.x.com.example/forms/ipi', IDS)).toBeNull();
    expect(formPageAt('http://help.x.com/forms/ipi', IDS)).toBeNull();
    expect(formPageAt('chrome://extensions', IDS)).toBeNull();
  });

  it('does not treat a post on the same host as a form', () => {
    expect(formPageAt('https://www.reddit.com/report', IDS, 'other')?.ref.url).toBe('https://www.reddit.com/report');
    expect(formPageAt('https://www.reddit.com/r/pics/comments/abc123/title/', IDS, 'post')).toBeNull();
  });

  it('treats a help subdomain as a form page even where the address looks like a profile (help.x.com/submit)', () => {
    expect(formPageAt('https://help.x.com/submit', IDS, 'profile')?.ref.platformId).toBe('x');
    expect(formPageAt('https://x.com/submit', IDS, 'profile')).toBeNull();
  });

  it('names the platform’s own route for a form that is also a cross-platform route, and the cross-platform one otherwise', () => {
    expect(formPageAt('https://www.microsoft.com/en-us/concern/revengeporn', IDS)?.ref).toMatchObject({ platformId: 'microsoft_bing', kind: 'ncii' });
    expect(formPageAt('https://www.microsoft.com/en-us/concern/revengeporn', [])?.ref).toMatchObject({ platformId: null, kind: 'search-removal' });
  });
});
