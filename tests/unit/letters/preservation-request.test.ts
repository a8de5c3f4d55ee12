import { describe, expect, it } from 'vitest';
import { buildPreservationRequest } from '../../../src/letters';
import { completeInput, inBoth } from './letter-fixtures';

function withLegalContact() {
  const input = completeInput();
  input.recipient.contact = { label: 'Legal department', email: 'legal@platform.example' };
  return input;
}

describe('buildPreservationRequest', () => {
  it('lists the accounts with their stable ids, the addresses, the times and the evidence', () => {
    const letter = buildPreservationRequest(withLegalContact(), { caseReference: 'JE-2026-1' });
    expect(letter.kind).toBe('preservation-request');
    expect(letter.missing).toEqual([]);
    expect(letter.elements.every((element) => element.present)).toBe(true);
    expect(inBoth(letter, 'Legal department, Reddit legal@platform.example')).toBe(true);
    expect(inBoth(letter, 'Reference: JE-2026-1')).toBe(true);
    expect(letter.text).toContain('Accounts\n--------\n\n1. u/someone (account id t2_9xyz)\n2. u/other (stable account id not recorded)\n');
    expect(letter.html).toContain('<h2>Accounts</h2>\n<ol><li>u/someone (account id t2_9xyz)</li><li>u/other (stable account id not recorded)</li></ol>');
    expect(inBoth(letter, 'https://www.reddit.com/r/example/comments/abc123/some_title/')).toBe(true);
    expect(inBoth(letter, 'Seen: 2026-05-30 21:04:05 UTC, 2026-05-31 08:00:00 UTC')).toBe(true);
    expect(inBoth(letter, `Evidence kept: capture cap-1, SHA-256 ${'a'.repeat(64)}, ${'c'.repeat(64)}`)).toBe(true);
    expect(inBoth(letter, 'Seen: 2026-05-31 09:15:00 UTC')).toBe(true);
  });

  it('asks for content, subscriber information, IP logs and metadata for 90 days, as a request and not an order', () => {
    const letter = buildPreservationRequest(withLegalContact());
    for (const phrase of ['including copies that were removed or deleted', 'Account and subscriber information', 'IP address logs', 'Associated metadata']) {
      expect(inBoth(letter, phrase)).toBe(true);
    }
    expect(inBoth(letter, 'keep these records for 90 days from the date of this letter (until 31 August 2026)')).toBe(true);
    expect(inBoth(letter, '18 U.S.C. § 2703(f)')).toBe(true);
    expect(inBoth(letter, 'This letter is a request from a private person, not a court order or other legal process.')).toBe(true);
    expect(inBoth(letter, 'A subpoena, court order or other legal process may follow')).toBe(true);
    expect(inBoth(letter, 'I am not asking you to disclose anything to me now')).toBe(true);
    expect(inBoth(letter, 'from the creation of each account listed above to the date of this letter')).toBe(true);
  });

  it('uses the period and the number of days the person chose', () => {
    const letter = buildPreservationRequest(withLegalContact(), { preserveFrom: '2026-01-01', preserveTo: '2026-06-01', periodDays: 30 });
    expect(inBoth(letter, 'from 1 January 2026 to 1 June 2026')).toBe(true);
    expect(inBoth(letter, 'for 30 days from the date of this letter (until 2 July 2026)')).toBe(true);
    expect(inBoth(buildPreservationRequest(withLegalContact(), { periodDays: -5 }), 'for 90 days')).toBe(true);
  });

  it('reports a missing legal contact, accounts and times, and shows each as a placeholder', () => {
    const input = completeInput();
    delete input.recipient.contact;
    input.items = [{ url: 'https://i.redd.it/zzzzzzzzzzzz.jpg', kind: 'media', captures: [] }];
    const letter = buildPreservationRequest(input);
    expect(letter.missing).toEqual([
      "the platform's legal or law-enforcement contact (email or postal address)",
      'the account(s) that posted the images, if known',
      'when you saw each address (date and time, UTC)',
    ]);
    for (const label of letter.missing) expect(inBoth(letter, `[to fill in: ${label}]`)).toBe(true);
    expect(letter.elements.filter((element) => !element.present).map((element) => element.id)).toEqual(['recipient', 'accounts', 'dates']);
    expect(letter.notes.join(' ')).toContain("Preserve does not know Reddit's legal contact");
  });

  it('carries only the contact details the person gave', () => {
    const input = withLegalContact();
    input.sender = { legalName: 'Jane Example', email: 'jane.requests@example.org', signatureName: 'Jane Example' };
    const letter = buildPreservationRequest(input);
    expect(letter.missing).toEqual([]);
    expect(letter.text).not.toMatch(/Phone:|Postal address:/);
    expect(letter.html).not.toMatch(/Phone:|Postal address:/);
  });
});
