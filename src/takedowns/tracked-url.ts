/*
 * The tracker keys statuses by address, and the same post is reached with different decorations:
 * a #comment fragment, a share link's utm_source, a click id. Those are stripped; the rest of the
 * query is kept, because on many sites it is the content's identity (watch?v=…, viewkey=…).
 */

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  // YouTube's and Spotify's share-sheet id: it names the sharer's session, not the content.
  'si',
]);

/** The address the tracker files a status under, or null when it is not a web address. */
export function trackedUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // Filtered as written, not through URLSearchParams, which would re-encode what it keeps.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !isTracking(part));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

function isTracking(part: string): boolean {
  const raw = part.split('=', 1)[0] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    name = raw.toLowerCase();
  }
  return name.startsWith('utm_') || TRACKING_PARAMS.has(name);
}
