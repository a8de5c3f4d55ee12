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
  // The popup already injected the reader to describe the page; calling it again saves an
  // injection on the capture's critical path. A navigation clears it, and then it is injected anew.
  const facts = (await callReader(tabId, request)) ?? (await injectReader(tabId), await callReader(tabId, request));
  if (!facts) throw new Error('The page did not answer.');
  // Detection reads the address the browser reports, not the page's idea of it; it is stored
  // with the page's claims because it describes what the page is, not what the browser saw.
  return { ...facts, platform: detectPlatform(tabUrl) };
}

async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [collectScript] });
}

async function callReader(tabId: number, request: CollectRequest): Promise<ClaimedFacts | null> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (collectRequest: CollectRequest) =>
      (globalThis as unknown as { __preserveCollectPageFacts?: (r: CollectRequest) => unknown }).__preserveCollectPageFacts?.(collectRequest) ?? null,
    args: [request],
  });
  return (result?.result as ClaimedFacts | null | undefined) ?? null;
}
