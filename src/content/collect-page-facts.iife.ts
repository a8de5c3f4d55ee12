import { extractPost } from '../platforms';
import type { ClaimedFacts } from '../shared/types';
import { collectPageFacts, type CollectRequest } from './page-facts';

/**
 * Injected on demand with scripting.executeScript (never a standing content script). It only
 * defines a function in the extension's isolated world; the background then calls it with the
 * request, because a file injection cannot take arguments. The post facts are clipped with the
 * rest, inside the page.
 */
(globalThis as { __preserveCollectPageFacts?: unknown }).__preserveCollectPageFacts = (request: CollectRequest): ClaimedFacts =>
  collectPageFacts(document, request, extractPost(document, location.href));
