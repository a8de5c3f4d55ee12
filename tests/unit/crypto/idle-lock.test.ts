import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MINUTES, idleLockState, normalizeIdleMinutes } from '../../../src/crypto/idle-lock';

const T0 = Date.parse('2026-12-01T09:00:00Z');
const MIN = 60_000;

describe('idle lock', () => {
  it('defaults to 10 minutes', () => {
    expect(DEFAULT_IDLE_MINUTES).toBe(10);
    expect(idleLockState(T0, T0 + 9 * MIN)).toEqual({ locked: false, locksAt: T0 + 10 * MIN, remainingMs: MIN });
    expect(idleLockState(T0, T0 + 10 * MIN)).toMatchObject({ locked: true, remainingMs: 0 });
  });

  it('follows the configured minutes', () => {
    expect(idleLockState(T0, T0 + 2 * MIN, 1).locked).toBe(true);
    expect(idleLockState(T0, T0 + 59 * MIN, 60)).toMatchObject({ locked: false, remainingMs: MIN });
  });

  it('falls back or clamps when the setting is unusable', () => {
    expect([undefined, 'x', NaN, Infinity, 0, -5, 0.2, 7.6, 1e9].map(normalizeIdleMinutes)).toEqual([10, 10, 10, 10, 1, 1, 1, 8, 1440]);
  });

  it('locks when the clock went back past the last activity, but tolerates small skew', () => {
    expect(idleLockState(T0, T0 - 60 * MIN).locked).toBe(true);
    expect(idleLockState(T0, T0 - 1_000).locked).toBe(false);
    expect(idleLockState(Number.NaN, T0).locked).toBe(true);
  });
});
