import browser from 'webextension-polyfill';
import mediaScript from '../../content/find-media.iife.ts?iife';
import { PAGE_MEDIA_GLOBAL, type PageMediaApi } from '../../content/media/page-media-api';

type Method = keyof PageMediaApi;
type Answer<M extends Method> = Awaited<ReturnType<PageMediaApi[M]>>;

/** Injects the media script once per capture; every later call goes to the same page's copy of it. */
export async function injectMediaScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [mediaScript] });
}

/** Calls the injected media script, bounded: a page that never answers must not hold the capture. */
export async function callPageMedia<M extends Method>(tabId: number, timeoutMs: number, method: M, ...args: Parameters<PageMediaApi[M]>): Promise<Answer<M>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the page did not answer within ${timeoutMs / 1000} seconds`)), timeoutMs);
  });
  const call = browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, called: string, callArgs: unknown[]) => {
      const api = (globalThis as Record<string, unknown>)[name] as Record<string, (...a: unknown[]) => unknown> | undefined;
      return api?.[called]?.(...callArgs) ?? null;
    },
    args: [PAGE_MEDIA_GLOBAL, method, args],
  });
  try {
    const [result] = await Promise.race([call, late]);
    if (result?.result === null || result?.result === undefined) {
      if (method === 'dropSlot') return undefined as Answer<M>;
      throw new Error('the page closed or changed while its media were being saved');
    }
    return result.result as Answer<M>;
  } finally {
    clearTimeout(timer);
  }
}
