import browser from 'webextension-polyfill';
import collectScript from '../content/collect-page-facts.iife.ts?iife';
import type { CollectRequest } from '../content/page-facts';
import { detectPlatform } from '../platforms';
import type { ClaimedFacts } from '../shared/types';

/**
 * Injects the page-facts reader into the top frame under activeTab and calls it. The result is
 * the page's claim about itself and is stored apart from what the browser observed.
 */
export async function collectClaimedFacts(tabId: number, tabUrl: string, request: CollectRequest): Promise<ClaimedFacts> {
  await browser.scripting.executeScript({ target: { tabId }, files: [collectScript] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (collectRequest: CollectRequest) =>
      (globalThis as unknown as { __preserveCollectPageFacts: (r: CollectRequest) => unknown }).__preserveCollectPageFacts(collectRequest),
    args: [request],
  });
  if (!result || result.result == null) throw new Error('The page did not answer.');
  // Detection reads the address the browser reports, not the page's idea of it; it is stored
  // with the page's claims because it describes what the page is, not what the browser saw.
  return { ...(result.result as ClaimedFacts), platform: detectPlatform(tabUrl) };
}
