import browser from 'webextension-polyfill';
import readerScript from '../../content/conversation/conversation-reader.iife.ts?iife';
import type { ConversationPageApi } from '../../content/conversation/conversation-reader.iife';

type Op = keyof ConversationPageApi;

/**
 * Calls the conversation reader in the tab (src/content/conversation/), injecting it on first use
 * under the activeTab grant the person gave by clicking. Its answers are the page's claims.
 */
export async function callConversationPage<T extends Op>(tabId: number, op: T, arg?: number): Promise<ReturnType<ConversationPageApi[T]>> {
  const answer = await call(tabId, op, arg);
  if (answer !== NOT_INJECTED) return answer as ReturnType<ConversationPageApi[T]>;
  await browser.scripting.executeScript({ target: { tabId }, files: [readerScript] });
  const retried = await call(tabId, op, arg);
  if (retried === NOT_INJECTED) throw new Error('Preserve could not read the conversation on this page.');
  return retried as ReturnType<ConversationPageApi[T]>;
}

// undefined does not survive executeScript's serialisation, so "not injected yet" is a marker.
const NOT_INJECTED = 'not-injected';

async function call(tabId: number, op: Op, arg: number | undefined): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, value: number | null) => {
      const api = (globalThis as unknown as { __preserveConversation?: Record<string, (n: number | null) => unknown> }).__preserveConversation;
      return api ? (api[name]?.(value) ?? null) : 'not-injected';
    },
    args: [op, arg ?? null],
  });
  return result?.result ?? null;
}
