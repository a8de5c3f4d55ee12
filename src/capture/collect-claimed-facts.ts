import browser from 'webextension-polyfill';
import collectScript from '../content/collect-page-facts.iife.ts?iife';
import type { CollectRequest } from '../content/page-facts';
import type { ClaimedFacts } from '../shared/types';
import { claimsFromAnswer } from './claims-from-answer';

/**
 * Injects the page-facts reader into the top frame under activeTab and calls it. The result is
 * the page's claim about itself and is stored apart from what the browser observed.
 */
export async function collectClaimedFacts(tabId: number, tabUrl: string, request: CollectRequest): Promise<ClaimedFacts> {
  // The popup already injected the reader to describe the page; calling it again saves an
  // injection on the capture's critical path. A navigation clears it, and then it is injected anew.
  let answer = await callReader(tabId, request);
  if (answer === null) {
    await injectReader(tabId);
    answer = await callReader(tabId, request);
  }
  return claimsFromAnswer(answer, tabUrl);
}

async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [collectScript] });
}

async function callReader(tabId: number, request: CollectRequest): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (collectRequest: CollectRequest) =>
      (globalThis as unknown as { __preserveCollectPageFacts?: (r: CollectRequest) => unknown }).__preserveCollectPageFacts?.(collectRequest) ?? null,
    args: [request],
  });
  return result?.result ?? null;
}
