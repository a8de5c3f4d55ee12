/*
 * What the person is waiting for goes first (issue #11, "Scale"). The evidence list's first page
 * and the thumbnails coming into view are marked as foreground; reads that only fill the panels
 * around them (tracker, link monitor, suggestions) wait, chunk by chunk, until none is pending
 * and the browser has an idle moment.
 */

let pending = 0;
let waiting: Array<() => void> = [];

/** Marks a read the person is waiting for; background reads hold back until it settles. */
export function foreground<T>(work: Promise<T>): Promise<T> {
  pending++;
  const settled = () => {
    pending--;
    if (pending > 0) return;
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  };
  work.then(settled, settled);
  return work;
}

/**
 * Resolves once no foreground read is pending and the page has been idle. Rows drawn a moment
 * ago ask for their thumbnails a frame or two later, so quiet has to last past one idle period.
 */
export async function whenQuiet(): Promise<void> {
  for (;;) {
    if (pending > 0) await new Promise<void>((wake) => waiting.push(wake));
    await idle();
    if (pending === 0) return;
  }
}

/**
 * requestIdleCallback while the page is seen, never held back more than a second; a macrotask
 * otherwise (a tab in the background gets idle callbacks only at their timeout).
 */
function idle(): Promise<void> {
  const page = globalThis as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number; document?: { hidden?: boolean } };
  return new Promise((done) =>
    page.requestIdleCallback && !page.document?.hidden ? page.requestIdleCallback(() => done(), { timeout: 1000 }) : setTimeout(done, 0),
  );
}
