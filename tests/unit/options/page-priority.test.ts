import { describe, expect, it } from 'vitest';
import { foreground, whenQuiet } from '../../../src/options/page-priority';

const turns = (n: number) => new Promise((done) => setTimeout(done, n));

describe('page priority', () => {
  it('holds background reads back while a foreground read is pending, and lets them go once it settles', async () => {
    let finish!: () => void;
    const page = foreground(new Promise<void>((done) => (finish = done)));
    let quiet = false;
    const waited = whenQuiet().then(() => (quiet = true));
    await turns(30);
    expect(quiet).toBe(false);
    finish();
    await page;
    await waited;
    expect(quiet).toBe(true);
  });

  it('counts a failed read as settled', async () => {
    await expect(foreground(Promise.reject(new Error('locked')))).rejects.toThrow('locked');
    await whenQuiet();
  });

  it('does not hold anything back when nothing is pending', async () => {
    let quiet = false;
    const waited = whenQuiet().then(() => (quiet = true));
    await turns(5);
    expect(quiet).toBe(true);
    await waited;
  });
});
