import { describe, expect, it } from 'vitest';
import { buildDmcaNotice, letterContact } from '../../../src/letters';
import { removalRoutes } from '../../../src/platforms';
import { completeInput } from './letter-fixtures';

describe('letterContact', () => {
  it('addresses a DMCA notice to the platform’s copyright agent, with what that route discloses', () => {
    const route = removalRoutes('reddit').find((candidate) => candidate.kind === 'dmca-email');
    expect(letterContact('reddit', 'dmca-notice')).toEqual({
      label: 'Designated copyright agent',
      email: route?.email,
      confidence: route?.confidence,
      discloses: route?.discloses,
    });
  });

  it('addresses a TAKE IT DOWN request to an intimate-image email where the platform has one', () => {
    expect(letterContact('tumblr', 'take-it-down-request')).toMatchObject({ label: 'Trust and safety team', email: 'abuse@tumblr.com' });
    // X takes these requests through web forms only: the letter is then for the person to paste.
    expect(letterContact('x', 'take-it-down-request')).toBeUndefined();
  });

  it('knows no legal contact for a preservation request, and nothing for an unknown platform', () => {
    expect(letterContact('reddit', 'preservation-request')).toBeUndefined();
    expect(letterContact('not-a-platform', 'dmca-notice')).toBeUndefined();
  });

  it('feeds the route’s facts into the notes, with a caveat for an unconfirmed address', () => {
    const input = completeInput();
    const contact = letterContact('x', 'dmca-notice');
    expect(contact?.confidence).toBe('low');
    input.recipient = { platformId: 'x', platformName: 'X', ...(contact ? { contact } : {}) };
    const letter = buildDmcaNotice(input, { work: 'A photograph I took.' });
    expect(letter.notes).toContain('X sends the whole notice, with the name and contact details in it, to the person who posted the material.');
    expect(letter.notes).toContain("The address copyright@x.com is not confirmed by X's own pages. Check it on their site before sending.");
    expect(letter.text).toContain('copyright@x.com');
  });
});
