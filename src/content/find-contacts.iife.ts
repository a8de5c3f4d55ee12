import type { FoundContact } from '../shared/found-contacts';
import { contactsFromDocument, contactsFromSecurityTxt } from './find-contacts';

const MAX_BYTES = 32 * 1024;

/*
 * Injected on demand, only when the person clicks "Look for this site's contacts" (activeTab). The
 * security.txt request is made here, by the page's own origin, so the extension itself makes no
 * request; it is same-origin, carries no cookies, and gives up after 3 seconds.
 */
async function securityTxt(): Promise<FoundContact[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 3000);
  try {
    const response = await fetch(new URL('/.well-known/security.txt', location.origin), { credentials: 'omit', redirect: 'error', signal: abort.signal });
    if (!response.ok || !/^text\/plain\b/i.test(response.headers.get('content-type') ?? '')) return [];
    return contactsFromSecurityTxt(await firstBytes(response), location.href);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

// A security.txt is a few lines; a page cannot make Preserve read megabytes by serving one.
async function firstBytes(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < MAX_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, MAX_BYTES);
}

(globalThis as { __preserveFindContacts?: unknown }).__preserveFindContacts = async (): Promise<FoundContact[]> => [
  ...contactsFromDocument(document, location.href),
  ...(await securityTxt()),
];
