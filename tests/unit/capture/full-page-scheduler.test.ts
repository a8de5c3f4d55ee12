import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCaptureScheduler } from '../../../src/capture/capture-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function scheduler(refuse: (call: number) => boolean = () => false) {
  const starts: number[] = [];
  const capture = createCaptureScheduler(
    async () => {
      starts.push(Date.now());
      if (refuse(starts.length)) throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
      return `shot ${starts.length}`;
    },
    { spacingMs: 510, retryMs: 300, maxAttempts: 3, now: () => Date.now() },
  );
  return { capture, starts };
}

describe('the captureVisibleTab scheduler', () => {
  it('runs the first call at once and paces the rest at least 510 ms apart, in order', async () => {
    const { capture, starts } = scheduler();
    const t0 = Date.now();
    const results = Promise.all([capture(1), capture(1), capture(1)]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await results).toEqual(['shot 1', 'shot 2', 'shot 3']);
    expect(starts.map((start) => start - t0)).toEqual([0, 510, 1020]);
  });

  it('retries a call refused for the rate limit, still paced', async () => {
    const { capture, starts } = scheduler((call) => call === 2);
    const t0 = Date.now();
    const results = Promise.all([capture(1), capture(1)]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await results).toEqual(['shot 1', 'shot 3']);
    expect(starts.map((start) => start - t0)).toEqual([0, 510, 1020]);
  });

  it('gives up after the last attempt, and other errors are not retried; the queue goes on', async () => {
    const { capture, starts } = scheduler(() => true);
    const refused = capture(1).catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await refused).toMatch(/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/);
    expect(starts).toHaveLength(3);

    const other = createCaptureScheduler(
      vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
      { spacingMs: 510, retryMs: 300, maxAttempts: 3 },
    );
    await expect(other(1)).rejects.toThrow('Cannot access');
  });
});
