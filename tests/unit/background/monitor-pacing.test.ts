import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '../../../src/background/monitor-pacing';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-20T10:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

/** A request that takes `ms` and notes when it started and ended (fake time). */
function request(log: Array<{ host: string; start: number; end: number }>, host: string, ms = 500) {
  return async () => {
    const start = Date.now();
    await new Promise((done) => setTimeout(done, ms));
    log.push({ host, start, end: Date.now() });
    return host;
  };
}

describe('per-host pacing', () => {
  it('runs requests to one host one at a time, at least the gap apart, and other hosts meanwhile', async () => {
    const pacer = createPacer(() => 10_000);
    const log: Array<{ host: string; start: number; end: number }> = [];
    const t0 = Date.now();
    const all = Promise.all([
      pacer.run('a.example', request(log, 'a.example')),
      pacer.run('a.example', request(log, 'a.example')),
      pacer.run('b.example', request(log, 'b.example')),
      pacer.run('a.example', request(log, 'a.example')),
    ]);
    await vi.advanceTimersByTimeAsync(25_000);
    await all;
    const a = log.filter((entry) => entry.host === 'a.example');
    expect(a.map((entry) => entry.start - t0)).toEqual([0, 10_500, 21_000]);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start - a[i - 1]!.end).toBeGreaterThanOrEqual(10_000);
    // b did not wait for a.
    expect(log.find((entry) => entry.host === 'b.example')!.start - t0).toBe(0);
  });

  it('keeps the gap across separate runs, and after a failed request', async () => {
    const pacer = createPacer(() => 10_000);
    const first = pacer.run('a.example', async () => {
      throw new Error('network');
    });
    await expect(first).rejects.toThrow('network');
    const starts: number[] = [];
    const t0 = Date.now();
    const second = pacer.run('a.example', async () => starts.push(Date.now() - t0));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await second;
    expect(starts).toEqual([10_000]);
  });

  it('reads the gap each time, so a short pace shortens the wait', async () => {
    let gap = 10_000;
    const pacer = createPacer(() => gap);
    await pacer.run('a.example', async () => 1);
    gap = 50;
    const started = pacer.run('a.example', async () => Date.now());
    await vi.advanceTimersByTimeAsync(50);
    expect(await started).toBe(new Date('2026-11-20T10:00:00.050Z').getTime());
  });
});
