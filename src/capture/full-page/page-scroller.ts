import browser from 'webextension-polyfill';
import scrollScript from '../../content/scroll-page.iife.ts?iife';
import type { ScrollCommand, ScrollState } from '../../content/scroll-page';

/** Sends one step to the page's scroller (src/content/scroll-page.ts), injecting it on first use. */
export async function scrollPage(tabId: number, command: ScrollCommand): Promise<ScrollState | null> {
  const answer = await call(tabId, command);
  if (answer !== undefined) return answer;
  await browser.scripting.executeScript({ target: { tabId }, files: [scrollScript] });
  const retried = await call(tabId, command);
  if (retried === undefined) throw new Error('Preserve could not scroll this page.');
  return retried;
}

async function call(tabId: number, command: ScrollCommand): Promise<ScrollState | null | undefined> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (step: ScrollCommand) => {
      const run = (globalThis as unknown as { __preserveScrollPage?: (c: ScrollCommand) => unknown }).__preserveScrollPage;
      // undefined (not injected yet) does not survive executeScript's serialisation; a marker does.
      return run ? run(step) : 'not-injected';
    },
    args: [command],
  });
  const value = result?.result as ScrollState | null | 'not-injected' | undefined;
  return value === 'not-injected' ? undefined : (value ?? null);
}
