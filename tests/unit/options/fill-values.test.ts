import { describe, expect, it } from 'vitest';
import type { TakedownProfile } from '../../../src/shared/takedown-types';
import { defaultChoices, fillValuesFrom, localDate } from '../../../src/ui/fill-values';

const PROFILE: TakedownProfile = {
  legalName: 'Alex Doe',
  email: 'alex@example.org',
  signatureName: 'A. Doe',
  address: '1 Main St',
  phone: '555',
  agent: { name: 'Sam Counsel', email: 'sam@law.example', phone: '777' },
};

describe('fillValuesFrom', () => {
  it('shares the name, email and signature by default, never the address or phone unless ticked', () => {
    const values = fillValuesFrom(PROFILE, defaultChoices(PROFILE, ['https://x.com/a/status/1']), '2026-11-30');
    expect(values).toEqual({
      contentUrls: ['https://x.com/a/status/1'],
      date: '2026-11-30',
      description: 'An intimate image of me, shared without my consent.',
      relationship: 'I am the person shown',
      legalName: 'Alex Doe',
      email: 'alex@example.org',
      signature: 'A. Doe',
    });
  });

  it('with the agent chosen, gives the agent’s email, phone and signature, and keeps the person’s legal name', () => {
    const choices = { ...defaultChoices(PROFILE, []), phone: true, useAgent: true, relationship: 'I act for the person shown' };
    expect(fillValuesFrom(PROFILE, choices, '2026-11-30')).toMatchObject({
      legalName: 'Alex Doe',
      email: 'sam@law.example',
      phone: '777',
      signature: 'Sam Counsel',
      relationship: 'I act for the person shown',
    });
  });

  it('without saved details, fills only the addresses, the description and the date', () => {
    expect(fillValuesFrom(null, defaultChoices(null, ['https://a.example/1']), '2026-11-30')).toEqual({
      contentUrls: ['https://a.example/1'],
      date: '2026-11-30',
      description: 'An intimate image of me, shared without my consent.',
      relationship: 'I am the person shown',
    });
  });

  it('writes the local date as YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
