import { describe, expect, it } from 'vitest';
import type { RemovalRoute } from '../../../src/platforms/types';
import { caveatLine, disclosureLine, exposesSender, needsLine } from '../../../src/takedowns/route-lines';
import { planRoutes } from '../../../src/takedowns/route-plan';

function route(overrides: Partial<RemovalRoute>): RemovalRoute {
  return {
    kind: 'ncii',
    label: 'A form',
    url: 'https://help.example/form',
    accountNeeded: false,
    userMustProvide: [],
    discloses: { toUploader: false, publicly: false, toLumen: false },
    confidence: 'high',
    sources: [],
    ...overrides,
  };
}

describe('needsLine', () => {
  it('says whether an account is needed, or that Preserve does not know', () => {
    expect(needsLine(route({ accountNeeded: true }), 'X')).toBe('Needs: an account on X.');
    expect(needsLine(route({ accountNeeded: false }), 'X')).toBe('Needs: no account.');
    expect(needsLine(route({ accountNeeded: 'unknown' }), 'X')).toBe('Needs: perhaps an account (Preserve does not know).');
  });

  it('names proof of identity when the route asks for an identity document', () => {
    expect(needsLine(route({ userMustProvide: ['a copy of a government-issued photo ID'] }), 'Pornhub')).toBe('Needs: no account; proof of who you are.');
  });

  it('names owning the copyright for copyright forms and addresses, and a typed signature', () => {
    expect(needsLine(route({ kind: 'copyright', userMustProvide: ['physical or electronic signature'] }), 'X')).toBe(
      'Needs: no account; that you own the copyright (for example, you took the photo yourself); your name typed as a signature.',
    );
    expect(needsLine(route({ kind: 'dmca-email' }), 'X')).toContain('that you own the copyright');
  });

  it('asks for each post’s address when a copyright notice would cite a profile', () => {
    expect(needsLine(route({ kind: 'copyright' }), 'X', 'profile')).toContain('the address of each post (a profile address is not enough)');
    expect(needsLine(route({ kind: 'copyright' }), 'X', 'post')).not.toContain('profile');
    expect(needsLine(route({ kind: 'ncii' }), 'X', 'profile')).not.toContain('profile');
  });

  it('says hash blocking keeps the images on the device, and a guide needs nothing', () => {
    expect(needsLine(route({ kind: 'hash-blocking' }), 'StopNCII.org')).toBe(
      'Needs: no account. You choose the images on your own device; only their fingerprints are sent.',
    );
    expect(needsLine(route({ kind: 'guide' }), 'CCRI')).toBe('Needs: nothing. It explains the steps for each site.');
  });
});

describe('disclosureLine', () => {
  it('says a route sends the whole notice to the person who posted it', () => {
    expect(disclosureLine(route({ discloses: { toUploader: true, publicly: false, toLumen: false } }), 'X')).toBe(
      'X sends your whole notice, with your name and email, to the person who posted it.',
    );
  });

  it('says copyright notices are published on Lumen', () => {
    expect(disclosureLine(route({ discloses: { toUploader: false, publicly: false, toLumen: true } }), 'Google')).toBe(
      'Copyright notices to Google are published on Lumen (lumendatabase.org), a public archive.',
    );
  });

  it('says a route may publish the notice', () => {
    expect(disclosureLine(route({ discloses: { toUploader: false, publicly: true, toLumen: false } }), 'Tumblr')).toBe('Tumblr may publish your notice.');
  });

  it('says what is unknown as such, never as a no', () => {
    expect(disclosureLine(route({ discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' } }), 'Reddit')).toBe(
      'Preserve does not know whether Reddit passes your notice to the person who posted it, publishes it or sends it to Lumen, a public archive.',
    );
    expect(disclosureLine(route({ discloses: { toUploader: false, publicly: 'unknown', toLumen: false } }), 'Bluesky')).toBe(
      'Preserve does not know whether Bluesky publishes it.',
    );
  });

  it('joins what is known with what is not', () => {
    expect(disclosureLine(route({ discloses: { toUploader: true, publicly: 'unknown', toLumen: true } }), 'Reddit')).toBe(
      'Reddit sends your whole notice, with your name and email, to the person who posted it. Copyright notices to Reddit are published on Lumen (lumendatabase.org), a public archive.',
    );
  });

  it('says plainly when the notice goes nowhere else', () => {
    expect(disclosureLine(route({}), 'Imgur')).toBe('Imgur does not pass your notice to the person who posted it, or publish it.');
    expect(disclosureLine(route({ kind: 'hash-blocking' }), 'StopNCII.org')).toBe(
      'Only fingerprints of the images leave your device, never the images themselves.',
    );
    expect(disclosureLine(route({ kind: 'guide' }), 'CCRI')).toBe('You send nothing through this page.');
  });
});

describe('exposesSender and caveatLine', () => {
  it('suggests a separate email and an agent only where the notice is passed on or published', () => {
    expect(exposesSender(route({ discloses: { toUploader: true, publicly: false, toLumen: false } }))).toBe(true);
    expect(exposesSender(route({ discloses: { toUploader: false, publicly: true, toLumen: false } }))).toBe(true);
    expect(exposesSender(route({ discloses: { toUploader: false, publicly: false, toLumen: true } }))).toBe(true);
    expect(exposesSender(route({ discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' } }))).toBe(false);
  });

  it('adds the caveat for low and unconfirmed routes only', () => {
    const caveat = 'Preserve could not confirm this route; check it before relying on it.';
    expect(caveatLine({ confidence: 'low' })).toBe(caveat);
    expect(caveatLine({ confidence: 'unconfirmed' })).toBe(caveat);
    expect(caveatLine({ confidence: 'medium' })).toBeNull();
    expect(caveatLine({ confidence: 'high' })).toBeNull();
  });

  it('applies them to the real routes: X’s copyright form goes to the uploader, its unconfirmed email carries the caveat', () => {
    const plan = planRoutes({ platform: { id: 'x', name: 'X' }, kind: 'post', under18: false });
    const form = plan.find((r) => r.ref.kind === 'copyright')!;
    expect(form.discloses).toContain('X sends your whole notice, with your name and email, to the person who posted it.');
    expect(form.suggestAgent).toBe(true);
    expect(plan.find((r) => r.ref.kind === 'dmca-email')!.caveat).not.toBeNull();
    expect(plan.find((r) => r.ref.kind === 'ncii')!.caveat).toBeNull();
    expect(plan.find((r) => r.url === 'https://support.google.com/websearch/answer/6302812')!.discloses).toBe(
      'Preserve does not know whether Google publishes it.',
    );
  });
});
