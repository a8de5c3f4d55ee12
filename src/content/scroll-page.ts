/**
 * Scrolls the page (or the element it scrolls inside) for a full-page or conversation capture.
 * Runs in the extension's isolated world; the background drives it one step at a time. It
 * changes nothing but the scroll position and, between the first tile and the restore, the
 * visibility of fixed and sticky elements, so a sticky header is photographed once.
 */

export type ScrollTarget = 'auto' | { selector: string };

export type ScrollCommand =
  | { op: 'prepare'; target: ScrollTarget }
  | { op: 'scrollTo'; top: number; lazyWaitMs: number }
  | { op: 'hideFixed' }
  | { op: 'restore' };

/** Where the scrolled content shows in the viewport, and how far it scrolls, in CSS pixels. */
export interface ScrollState {
  scroller: 'document' | 'element';
  /** The scroller's visible box in the viewport. */
  region: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

interface Session {
  element: Element | null;
  original: Array<{ element: Element; top: number; left: number }>;
  hidden: Array<{ element: HTMLElement; value: string; priority: string }>;
}

let session: Session | null = null;

export function runScrollCommand(command: ScrollCommand): Promise<ScrollState | null> | ScrollState | null {
  switch (command.op) {
    case 'prepare':
      return prepare(command.target);
    case 'scrollTo':
      return scrollTo(command.top, command.lazyWaitMs);
    case 'hideFixed':
      hideFixed();
      return state();
    case 'restore':
      restore();
      return null;
  }
}

function prepare(target: ScrollTarget): ScrollState {
  restore();
  const element = target === 'auto' ? findScroller() : document.querySelector(target.selector);
  const root = document.scrollingElement ?? document.documentElement;
  const original = [root, ...(element ? [element] : [])].map((item) => ({ element: item, top: item.scrollTop, left: item.scrollLeft }));
  session = { element, original, hidden: [] };
  return state();
}

/** Many platforms scroll inside an element: the document scrolls only if it is taller than the window. */
function findScroller(): Element | null {
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollHeight - root.clientHeight > 1) return null;
  const viewportArea = innerWidth * innerHeight;
  let best: { element: Element; area: number } | null = null;
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.3, 0.5],
    [0.7, 0.5],
    [0.5, 0.3],
    [0.5, 0.7],
  ] as const) {
    for (let element: Element | null = document.elementFromPoint(innerWidth * fx, innerHeight * fy); element; element = element.parentElement) {
      if (!scrollsVertically(element)) continue;
      const area = visibleArea(element);
      if (area >= viewportArea * 0.3 && (!best || area > best.area)) best = { element, area };
    }
  }
  return best?.element ?? null;
}

function scrollsVertically(element: Element): boolean {
  if (element === document.documentElement || element === document.body) return false;
  if (element.scrollHeight - element.clientHeight <= 1) return false;
  const overflow = getComputedStyle(element).overflowY;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}

function visibleArea(element: Element): number {
  const box = element.getBoundingClientRect();
  const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
  const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
  return width * height;
}

function scroller(): Element {
  return session?.element ?? document.scrollingElement ?? document.documentElement;
}

function state(): ScrollState {
  const element = scroller();
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  let region = { x: 0, y: 0, ...viewport };
  if (session?.element) {
    const box = element.getBoundingClientRect();
    const x = Math.max(0, box.left + element.clientLeft);
    const y = Math.max(0, box.top + element.clientTop);
    region = { x, y, width: Math.min(element.clientWidth, viewport.width - x), height: Math.min(element.clientHeight, viewport.height - y) };
  }
  return {
    scroller: session?.element ? 'element' : 'document',
    region,
    viewport,
    scrollTop: element.scrollTop,
    scrollHeight: element.scrollHeight,
    clientHeight: session?.element ? region.height : viewport.height,
  };
}

async function scrollTo(top: number, lazyWaitMs: number): Promise<ScrollState> {
  // 'instant' overrides a page's `scroll-behavior: smooth`, which would photograph mid-animation.
  scroller().scrollTo({ top, behavior: 'instant' });
  await nextFrames();
  await lazyImages(lazyWaitMs);
  return state();
}

function nextFrames(): Promise<void> {
  // Two frames: the scroll is painted by the second. A hidden tab runs no frames, hence the timer.
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        done();
      }),
    );
  });
}

/** Waits, within a bound, for the images now in view to finish loading (lazy images start on scroll). */
function lazyImages(maxMs: number): Promise<void> {
  const pending = Array.from(document.images).filter((image) => !image.complete && visibleArea(image) > 0);
  if (!pending.length || maxMs <= 0) return Promise.resolve();
  const loads = pending.map(
    (image) =>
      new Promise((done) => {
        image.addEventListener('load', done, { once: true });
        image.addEventListener('error', done, { once: true });
      }),
  );
  return Promise.race([Promise.all(loads).then(nextFrames), new Promise((done) => setTimeout(done, maxMs))]).then(() => undefined);
}

/** Hides fixed and sticky elements (not the scroller or what holds it), remembering each inline value. */
function hideFixed(): void {
  if (!session || session.hidden.length) return;
  const keep = scroller();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as HTMLElement;
    if (!element.style || element.contains(keep)) continue;
    const position = getComputedStyle(element).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    session.hidden.push({ element, value: element.style.getPropertyValue('visibility'), priority: element.style.getPropertyPriority('visibility') });
    element.style.setProperty('visibility', 'hidden', 'important');
  }
}

function restore(): void {
  if (!session) return;
  for (const { element, value, priority } of session.hidden) {
    if (value) element.style.setProperty('visibility', value, priority);
    else element.style.removeProperty('visibility');
  }
  for (const { element, top, left } of session.original) element.scrollTo({ top, left, behavior: 'instant' });
  session = null;
}
