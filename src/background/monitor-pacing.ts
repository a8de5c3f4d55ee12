/*
 * Requests to one host go one at a time, at least `gapMs` apart (counted from the end of the last
 * one), whichever case or run asked: a watched site never sees a burst from this browser. Hosts
 * are independent of each other.
 */

export interface Pacer {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createPacer(gapMs: () => number, sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))): Pacer {
  const queues = new Map<string, Promise<unknown>>();
  const finishedAt = new Map<string, number>();
  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      const before = queues.get(host) ?? Promise.resolve();
      const turn = before
        .catch(() => undefined)
        .then(async () => {
          const wait = (finishedAt.get(host) ?? Number.NEGATIVE_INFINITY) + gapMs() - Date.now();
          if (wait > 0) await sleep(wait);
          try {
            return await task();
          } finally {
            finishedAt.set(host, Date.now());
          }
        });
      queues.set(host, turn);
      return turn;
    },
  };
}

/** Ten seconds between two requests to one site, as a polite crawler would wait. */
const PACE_MS = 10_000;

declare global {
  /** e2e build only: a shorter pace, so a test does not wait 10 s between its own checks. */
  var __preserveMonitorPaceMs: number | undefined;
}

export function paceMs(): number {
  if (__E2E__ && typeof globalThis.__preserveMonitorPaceMs === 'number') return globalThis.__preserveMonitorPaceMs;
  return PACE_MS;
}
