/*
 * Pages load many images only when they scroll into view (loading="lazy", or a script watching
 * the scroll). Scrolling down the page once, a window at a time, makes them load; the person's
 * scroll position is then put back. Like scroll-page.ts, it changes nothing but the scroll position.
 */

const MAX_STEPS = 30;
const STEP_WAIT_MS = 60;
/** How long to wait for images that started loading, in all: the popup must answer in seconds. */
const LOAD_WAIT_MS = 1200;

export async function loadLazyImages(): Promise<void> {
  const root = document.scrollingElement ?? document.documentElement;
  const start = { top: root.scrollTop, left: root.scrollLeft };
  try {
    for (let step = 1; step <= MAX_STEPS && root.scrollTop + root.clientHeight < root.scrollHeight - 1; step++) {
      root.scrollTop = Math.min(root.scrollHeight, root.scrollTop + root.clientHeight);
      await pause(STEP_WAIT_MS);
    }
    await imagesSettled(LOAD_WAIT_MS);
  } finally {
    root.scrollTop = start.top;
    root.scrollLeft = start.left;
  }
}

async function imagesSettled(budgetMs: number): Promise<void> {
  const pending = [...document.images].filter((image) => !image.complete && (image.currentSrc || image.src));
  if (!pending.length) return;
  const loaded = pending.map(
    (image) =>
      new Promise<void>((done) => {
        image.addEventListener('load', () => done(), { once: true });
        image.addEventListener('error', () => done(), { once: true });
      }),
  );
  await Promise.race([Promise.all(loaded), pause(budgetMs)]);
}

function pause(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Scrolls to a screenshot stop (null: back where the person was) and waits for the frame to paint. */
export function scrollForScreenshot(top: number | null, original: { top: number; left: number }): Promise<{ scrollTop: number; scrollLeft: number }> {
  const root = document.scrollingElement ?? document.documentElement;
  root.scrollTop = top ?? original.top;
  if (top === null) root.scrollLeft = original.left;
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done({ scrollTop: root.scrollTop, scrollLeft: root.scrollLeft }))));
}
