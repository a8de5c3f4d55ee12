const RATE_LIMIT = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;

export interface SchedulerOptions {
  /** Least time between the starts of two calls. */
  spacingMs: number;
  /** Wait before retrying a call the browser refused for its rate limit. */
  retryMs: number;
  maxAttempts: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

// Chromium allows two calls a second and fails the rest at once instead of queueing them.
// Measured here (scripts/bench-full-page.ts): 40 calls 500 ms apart, 12 refused; 510 ms apart, none.
// A refused call is retried anyway, so a tile is never lost.
const DEFAULTS: SchedulerOptions = { spacingMs: 510, retryMs: 300, maxAttempts: 5 };

/**
 * One queue for every captureVisibleTab call in the worker: the visible screenshot of each
 * capture and every tile of a full page. Calls run one at a time, paced, and a call the browser
 * refuses for its rate limit is retried, so a person clicking twice gets two captures.
 */
export function createCaptureScheduler<T>(call: (windowId: number | undefined) => Promise<T>, options: SchedulerOptions = DEFAULTS) {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let lastStart = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();

  async function attempt(windowId: number | undefined): Promise<T> {
    for (let attempts = 1; ; attempts++) {
      const wait = lastStart + options.spacingMs - now();
      if (wait > 0) await sleep(wait);
      lastStart = now();
      try {
        return await call(windowId);
      } catch (error) {
        if (attempts >= options.maxAttempts || !RATE_LIMIT.test(String((error as Error)?.message ?? error))) throw error;
        await sleep(options.retryMs);
      }
    }
  }

  return (windowId: number | undefined): Promise<T> => {
    const result = queue.then(() => attempt(windowId));
    queue = result.catch(() => undefined);
    return result;
  };
}
