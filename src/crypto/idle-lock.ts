/** The default: the unlocked key is dropped after 10 minutes without use. */
export const DEFAULT_IDLE_MINUTES = 10;
const MIN_IDLE_MINUTES = 1;
const MAX_IDLE_MINUTES = 24 * 60;

/** Contexts share one system clock, so activity "in the future" beyond this means the clock moved. */
const CLOCK_SKEW_MS = 60_000;

export interface IdleLockState {
  locked: boolean;
  /** When the key is (or was) to be dropped; schedule a chrome.alarms alarm for it. */
  locksAt: number;
  remainingMs: number;
}

/** A setting from storage or a form: anything unusable falls back to the default. */
export function normalizeIdleMinutes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_IDLE_MINUTES;
  return Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, Math.round(value)));
}

/**
 * Whether the unlocked key should be dropped now. When in doubt it locks: a last-activity time
 * well after `now` (the clock was set back) counts as expired, since the cost of locking is only
 * typing the passphrase again.
 */
export function idleLockState(lastActivityAt: number, now: number, idleMinutes: unknown = DEFAULT_IDLE_MINUTES): IdleLockState {
  const locksAt = lastActivityAt + normalizeIdleMinutes(idleMinutes) * 60_000;
  const clockMovedBack = lastActivityAt - now > CLOCK_SKEW_MS;
  const remainingMs = clockMovedBack || !Number.isFinite(lastActivityAt) ? 0 : Math.max(0, locksAt - now);
  return { locked: remainingMs === 0, locksAt, remainingMs };
}
