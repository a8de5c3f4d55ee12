import { describe, expect, it } from 'vitest';
import {
  delayAfterFailures,
  NO_FAILURES,
  recordFailure,
  recordSuccess,
  waitBeforeNextAttempt,
  type AttemptHistory,
} from '../../../src/crypto/attempt-throttle';

const T0 = Date.parse('2026-12-01T09:00:00Z');

function failures(count: number, at = T0): AttemptHistory {
  let history = NO_FAILURES;
  for (let i = 0; i < count; i++) history = recordFailure(history, at);
  return history;
}

describe('attempt throttle', () => {
  it('lets three failures through, then doubles from 2 s up to 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 11, 50].map((n) => delayAfterFailures(n))).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000, 256_000, 300_000, 300_000]);
  });

  it('counts the wait from the last failure with the injected clock', () => {
    const history = failures(4);
    expect(waitBeforeNextAttempt(NO_FAILURES, T0)).toBe(0);
    expect(waitBeforeNextAttempt(failures(3), T0 + 500)).toBe(1_500);
    expect(waitBeforeNextAttempt(history, T0)).toBe(4_000);
    expect(waitBeforeNextAttempt(history, T0 + 3_000)).toBe(1_000);
    expect(waitBeforeNextAttempt(history, T0 + 60_000)).toBe(0);
  });

  it('resets on success', () => {
    expect(waitBeforeNextAttempt(recordSuccess(), T0)).toBe(0);
    expect(recordSuccess().failures).toEqual([]);
  });

  it('never asks for more than the current delay when the clock is set back', () => {
    expect(waitBeforeNextAttempt(failures(5), T0 - 24 * 3_600_000)).toBe(8_000);
  });

  it('keeps the stored history small but still at the cap', () => {
    const history = failures(1_000);
    expect(history.failures.length).toBeLessThanOrEqual(32);
    expect(waitBeforeNextAttempt(history, T0)).toBe(300_000);
  });

  it('does not change the history it was given (the caller persists the new one)', () => {
    const before = failures(2);
    recordFailure(before, T0 + 1);
    expect(before.failures).toHaveLength(2);
  });
});
