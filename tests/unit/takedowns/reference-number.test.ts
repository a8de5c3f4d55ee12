import { describe, expect, it } from 'vitest';
import { findReferenceNumber } from '../../../src/takedowns/reference-number';

describe('findReferenceNumber', () => {
  it.each([
    [
      'a help-desk confirmation (Zendesk)',
      'Request received\nYour request (#12345678) has been received and is being reviewed by our support staff.\nTo add additional comments, reply to this email.',
      '12345678',
    ],
    [
      'a long reference after "reference number is"',
      'Thanks for your report. We received it on November 30, 2026.\nYour report reference number is 2874519302658.\nIf you have questions call 1-650-543-4800.',
      '2874519302658',
    ],
    ['a case id with a dash', 'Thank you. Your request has been submitted.\nCase ID: 7-4826000035917\nYou will receive an email update.', '7-4826000035917'],
    ['a ticket id with a hash, before a date and a time', 'Ticket ID: #98765 — submitted 2026-11-30 at 10:15', '98765'],
    ['letters and digits', 'Reference number: ABC-123', 'ABC-123'],
    ['"is" between label and value, sentence end', 'Your request ID is 4812-XKQ. Keep it for your records.', '4812-XKQ'],
    ['"Case #"', 'Case #12345 opened', '12345'],
    ['a confirmation number', 'Confirmation number: TD-2026-000481', 'TD-2026-000481'],
    ['a number after "report" when nothing else names one', 'Report 20394857 received. We will be in touch.', '20394857'],
  ])('finds it in %s', (_what, text, expected) => {
    expect(findReferenceNumber(text)).toBe(expected);
  });

  it.each([
    ['phone numbers', 'Thank you for your report. Questions? Call (415) 555-0100 or 1-800-555-0199.'],
    ['a phone number right after a label', 'Incident hotline: (415) 555-0100'],
    ['a phone number shaped like a reference', 'Request number 555-123-4567'],
    ['dates', 'Report submitted on 2026-11-30. Case number: pending. Request date: 30/11/2026'],
    ['years', 'Submission 2026 received. Report 2025 archived.'],
    ['times', 'Request at 10:15'],
    ['words only', 'Report content. Request received. Your case is being reviewed.'],
    ['a count', 'report 2 of 3'],
    ['labels inside other words', 'We reported 123456 items; requests 98765 pending'],
  ])('ignores %s', (_what, text) => {
    expect(findReferenceNumber(text)).toBeNull();
  });

  it('prefers a named reference over a number after "report"', () => {
    expect(findReferenceNumber('Report 5551234 filed. Ticket ID: T-77812')).toBe('T-77812');
  });
});
