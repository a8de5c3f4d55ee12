/**
 * "Wrong passphrases slow down." This only slows someone at the keyboard (a partner, a person
 * with the unlocked laptop): an attacker with a copy of the files guesses offline, where only
 * PBKDF2's cost counts. The caller persists the history (e.g. in `settings`) so that closing the
 * popup or restarting the worker does not reset it.
 */
export interface AttemptHistory {
  /** Times (ms since epoch) of the failed attempts since the last success, oldest first. */
  failures: number[];
}

export interface ThrottlePolicy {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

const DEFAULT_THROTTLE: ThrottlePolicy = { freeFailures: 3, firstDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

/** Far more than it takes the delay to reach its cap, so the history stays small. */
const KEPT_FAILURES = 32;

export const NO_FAILURES: AttemptHistory = { failures: [] };

/** The delay that follows the latest failure: 0, 0, 0, then 2 s, 4 s, 8 s … up to 5 min. */
export function delayAfterFailures(count: number, policy: ThrottlePolicy = DEFAULT_THROTTLE): number {
  if (count < policy.freeFailures) return 0;
  const doublings = Math.min(count - policy.freeFailures, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** Milliseconds to wait before the next attempt may even be tried; 0 means try now. */
export function waitBeforeNextAttempt(history: AttemptHistory, now: number, policy: ThrottlePolicy = DEFAULT_THROTTLE): number {
  const last = history.failures.at(-1);
  if (last === undefined) return 0;
  const delay = delayAfterFailures(history.failures.length, policy);
  // Capped at the full delay: setting the clock back must not turn into a lock-out for days.
  return Math.min(delay, Math.max(0, last + delay - now));
}

/**
 * Record a failure. Callers should record one *before* deriving the key and clear it on success
 * (pessimistic), so that killing the worker mid-attempt does not skip the penalty.
 */
export function recordFailure(history: AttemptHistory, now: number): AttemptHistory {
  return { failures: [...history.failures, now].slice(-KEPT_FAILURES) };
}

export function recordSuccess(): AttemptHistory {
  return NO_FAILURES;
}
