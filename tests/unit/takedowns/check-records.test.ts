import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/shared/errors';
import type { RequestOf } from '../../../src/shared/messages';
import { checkProfile } from '../../../src/takedowns/check-profile';
import { checkLetter, checkRequest, checkStatus } from '../../../src/takedowns/check-records';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const profile = { legalName: '  Alex Example ', email: 'alex@example.org', signatureName: 'Alex Example', address: '', phone: '+44 20 7946 0958' };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('it was accepted');
}

describe('checkProfile', () => {
  it('trims and leaves empty optional details out', () => {
    expect(checkProfile(profile)).toEqual({ legalName: 'Alex Example', email: 'alex@example.org', signatureName: 'Alex Example', phone: '+44 20 7946 0958' });
    expect(checkProfile({ ...profile, agent: { name: 'Helpline', email: ' help@line.example ', organisation: '' } }).agent).toEqual({
      name: 'Helpline',
      email: 'help@line.example',
    });
  });

  it('refuses in plain words', () => {
    expect(refusal(() => checkProfile({ ...profile, email: 'alex at example' }))).toBe(
      'The email for requests does not look like an email address (name@example.org).',
    );
    expect(refusal(() => checkProfile({ ...profile, email: '' }))).toBe('Please fill in the email for requests.');
    expect(refusal(() => checkProfile({ ...profile, legalName: ' ' }))).toBe('Please fill in your legal name.');
    expect(refusal(() => checkProfile({ ...profile, signatureName: 'x'.repeat(201) }))).toBe('The name you sign with is too long (at most 200 characters).');
    expect(refusal(() => checkProfile({ ...profile, phone: 'call me' }))).toMatch(/^The phone number should hold only digits/);
    expect(refusal(() => checkProfile({ ...profile, agent: { name: 'Lawyer', email: 'no-at-sign' } }))).toMatch(/representative's email does not look like/);
  });
});

describe('checkStatus', () => {
  const status: RequestOf<'tracker.setStatus'> = { caseId: 'case-1', url: 'https://x.com/a/status/1', status: 'removed', at: '2026-11-29' };

  it('accepts the statuses, web addresses and past dates, stored as UTC times', () => {
    expect(checkStatus(status, NOW)).toEqual({ ...status, at: '2026-11-29T00:00:00.000Z' });
    expect(checkStatus({ ...status, at: '2026-11-29T10:00:00+01:00', note: ' gone ' }, NOW)).toMatchObject({ at: '2026-11-29T09:00:00.000Z', note: 'gone' });
  });

  it('refuses unknown statuses, other schemes and unreadable or future dates', () => {
    expect(refusal(() => checkStatus({ ...status, status: 'deleted' as never }, NOW))).toBe('Please choose one of the statuses offered.');
    expect(refusal(() => checkStatus({ ...status, url: 'javascript:alert(1)' }, NOW))).toMatch(/is not a web address/);
    expect(refusal(() => checkStatus({ ...status, url: 'ftp://example.org/a' }, NOW))).toMatch(/is not a web address/);
    expect(refusal(() => checkStatus({ ...status, at: '29/11/2026' }, NOW))).toMatch(/not a date Preserve can read/);
    expect(refusal(() => checkStatus({ ...status, at: '2026-02-30' }, NOW))).toMatch(/not a date Preserve can read/);
    expect(refusal(() => checkStatus({ ...status, at: '2026-12-05' }, NOW))).toBe('The date is in the future.');
  });
});

describe('checkRequest', () => {
  const byHand: RequestOf<'takedown.record'> = {
    caseId: 'case-1',
    urls: ['https://x.com/a/status/1', 'https://x.com/a/status/1'],
    captureIds: ['c1'],
    route: { platformId: 'x', kind: 'dmca-email', label: 'Copyright agent email', email: 'copyright@x.com' },
    method: 'email',
    sentAt: '2026-11-28',
    reference: ' #4411 ',
  };

  it('keeps a request sent another way, with its date and reference', () => {
    expect(checkRequest(byHand, NOW)).toEqual({ ...byHand, urls: ['https://x.com/a/status/1'], sentAt: '2026-11-28T00:00:00.000Z', reference: '#4411' });
  });

  it('refuses a request without addresses or with an unknown method', () => {
    expect(refusal(() => checkRequest({ ...byHand, urls: [] }, NOW))).toBe('Please give the address of the content the request is about.');
    expect(refusal(() => checkRequest({ ...byHand, method: 'fax' as never }, NOW))).toBe('Please choose how the request was sent.');
    expect(refusal(() => checkRequest({ ...byHand, route: { ...byHand.route, label: '' } }, NOW))).toBe('Please fill in where the request was sent.');
  });
});

describe('checkLetter', () => {
  it('refuses an unknown kind and an empty letter', () => {
    const letter: RequestOf<'letter.save'> = { caseId: 'case-1', kind: 'dmca', title: 'DMCA notice', text: 'Dear agent', html: '<p>Dear agent</p>' };
    expect(checkLetter(letter)).toEqual(letter);
    expect(refusal(() => checkLetter({ ...letter, kind: 'poem' as never }))).toBe('Preserve does not know this kind of letter.');
    expect(refusal(() => checkLetter({ ...letter, text: '  ' }))).toBe('Please fill in the letter.');
  });
});
