/*
 * "Find copies of this image": each engine's search-by-address page. Only the image's address is
 * sent (the engine then fetches the image itself); Preserve never uploads an image. URL forms
 * checked in 2026 against public extensions and search front ends that use them (NooBox, SearXNG).
 */

export const REVERSE_SEARCH_ENGINES = ['google-lens', 'bing', 'tineye', 'yandex'] as const;
export type ReverseSearchEngine = (typeof REVERSE_SEARCH_ENGINES)[number];

const SEARCH_BY_ADDRESS: Record<ReverseSearchEngine, (encodedAddress: string) => string> = {
  'google-lens': (address) => `https://lens.google.com/uploadbyurl?url=${address}`,
  bing: (address) => `https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${address}`,
  tineye: (address) => `https://tineye.com/search?url=${address}`,
  yandex: (address) => `https://yandex.com/images/search?rpt=imageview&url=${address}`,
};

/** Longer addresses are nearly always data: URLs or tracking junk; engines refuse them anyway. */
const MAX_ADDRESS = 2_048;

/**
 * The engine page that searches for `imageAddress`, or null when the image has no public web
 * address (a data:, blob: or file: image exists only in this browser: it would have to be uploaded).
 */
export function reverseSearchUrl(engine: ReverseSearchEngine, imageAddress: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(imageAddress);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  const address = parsed.href;
  if (address.length > MAX_ADDRESS) return null;
  // Encoded whole, so the image's own query (&, #, spaces) can never add parameters to the engine's.
  return SEARCH_BY_ADDRESS[engine](encodeURIComponent(address));
}

/** The context-menu id of an engine's item, and back. */
export function reverseSearchMenuId(engine: ReverseSearchEngine): string {
  return `preserve-find-copies-${engine}`;
}

export function engineOfMenuId(menuItemId: string | number): ReverseSearchEngine | null {
  return REVERSE_SEARCH_ENGINES.find((engine) => reverseSearchMenuId(engine) === menuItemId) ?? null;
}
