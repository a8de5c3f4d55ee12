import { describe, expect, it } from 'vitest';
import { openResult } from '../../../src/options/open-result';

const report = (filled: number, unfilled = 0) => ({
  host: 'help.x.com',
  filled: Array.from({ length: filled }, () => ({ key: 'email' as const, label: 'Email', value: 'a@b.c' })),
  unfilled: Array.from({ length: unfilled }, () => ({ key: 'phone' as const, value: '1' })),
  skipped: [],
  elapsedMs: 1,
});

describe('openResult', () => {
  it('counts the fields filled, in words', () => {
    expect(openResult({ tabId: 1, report: report(1) })).toEqual({ ok: true, text: 'Filled 1 field. Check them, then send the form yourself.' });
    expect(openResult({ tabId: 1, report: report(2, 1) }).text).toBe(
      'Filled 2 fields. Check them, then send the form yourself. Some details found no field: the Preserve panel on the form lists them to copy.',
    );
  });

  it('says the form is open but not filled, with the reason, and points to "Fill in this form"', () => {
    expect(openResult({ tabId: 1, report: report(0) })).toEqual({
      ok: false,
      text: 'The form is open, but Preserve found no field it was sure of. To fill it in, click the Preserve button on the form’s tab and choose “Fill in this form”.',
    });
    expect(openResult({ tabId: 1, report: null, reason: 'The form is taking a while to load.' }).text).toBe(
      'The form is open, but the form is taking a while to load. To fill it in, click the Preserve button on the form’s tab and choose “Fill in this form”.',
    );
    expect(openResult({ tabId: 1, report: null }).text).toContain('it was not filled in.');
  });
});
