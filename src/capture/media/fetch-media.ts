import { fromBase64 } from '../../shared/base64';
import { mediaTypeOf } from './media-type';
import { callPageMedia } from './page-media';
import { bodyChunks, readCapped } from './read-capped';

export type MediaFetch =
  | { outcome: 'saved'; url: string; blob: Blob; size: number; sha256: string; mediaType: string; fetchedVia: 'extension' | 'page' }
  | { outcome: 'over'; url: string; size: number; exact: boolean }
  | { outcome: 'failed'; reason: string };

export interface FetchLimits {
  /** Bytes this item may take. */
  allowance: number;
  /** The whole item, headers to last byte. */
  timeoutMs: number;
  /** No new bytes for this long: give up. */
  idleMs: number;
}

const SLICE_BYTES = 4 * 1024 * 1024;

/**
 * The original bytes of the first address that gives them: fetched by Preserve without the
 * person's cookies first (works for the tab's own site under activeTab and for sites that allow
 * any origin), else by the page, as the page would, with its cookies.
 */
export async function fetchMedia(tabId: number, urls: readonly string[], limits: FetchLimits, signal: AbortSignal): Promise<MediaFetch> {
  const reasons: string[] = [];
  for (const url of urls) {
    if (signal.aborted) break;
    if (/^(https?|data):/i.test(url)) {
      const direct = await fetchDirect(url, limits, signal);
      if (direct.outcome !== 'failed') return direct;
      reasons.push(direct.reason);
    }
    if (signal.aborted) break;
    const inPage = await fetchInPage(tabId, url, limits, signal);
    if (inPage.outcome !== 'failed') return inPage;
    reasons.push(inPage.reason);
  }
  return { outcome: 'failed', reason: signal.aborted ? 'the capture was cancelled' : [...new Set(reasons)].join('; ') || 'no address to read it from' };
}

async function fetchDirect(url: string, limits: FetchLimits, signal: AbortSignal): Promise<MediaFetch> {
  try {
    const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.any([signal, AbortSignal.timeout(limits.timeoutMs)]) });
    if (!response.ok || !response.body) return { outcome: 'failed', reason: `the site answered ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limits.allowance) {
      await response.body.cancel();
      return { outcome: 'over', url, size: declared, exact: true };
    }
    const mediaType = mediaTypeOf(response.headers.get('content-type'), url);
    const read = await readCapped(bodyChunks(response.body, limits.idleMs), limits.allowance, mediaType);
    if ('over' in read) return { outcome: 'over', url, size: read.size, exact: false };
    return { outcome: 'saved', url, ...read, mediaType, fetchedVia: 'extension' };
  } catch (error) {
    return { outcome: 'failed', reason: `Preserve could not fetch it itself (${String((error as Error)?.message ?? error)})` };
  }
}

async function fetchInPage(tabId: number, url: string, limits: FetchLimits, signal: AbortSignal): Promise<MediaFetch> {
  try {
    const answer = await callPageMedia(tabId, limits.timeoutMs + 1000, 'fetchToSlot', url, limits.allowance, limits.timeoutMs);
    if ('error' in answer) return { outcome: 'failed', reason: `the page could not fetch it (${answer.error})` };
    if ('over' in answer) return { outcome: 'over', url, size: answer.size, exact: answer.exact };
    try {
      const mediaType = mediaTypeOf(answer.type, url);
      const read = await readCapped(slices(tabId, answer.slot, answer.size, limits.idleMs, signal), limits.allowance, mediaType);
      if ('over' in read) return { outcome: 'over', url, size: read.size, exact: false };
      return { outcome: 'saved', url, ...read, mediaType, fetchedVia: 'page' };
    } finally {
      await callPageMedia(tabId, limits.idleMs, 'dropSlot', answer.slot).catch(() => undefined);
    }
  } catch (error) {
    return { outcome: 'failed', reason: `the page could not hand it over (${String((error as Error)?.message ?? error)})` };
  }
}

async function* slices(tabId: number, slot: number, size: number, idleMs: number, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < size; offset += SLICE_BYTES) {
    signal.throwIfAborted();
    yield fromBase64(await callPageMedia(tabId, idleMs, 'readSlot', slot, offset, SLICE_BYTES));
  }
}
