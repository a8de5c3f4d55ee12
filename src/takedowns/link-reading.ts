import { detectPlatform } from '../platforms/index';
import type { LinkReason } from '../shared/matching-types';

/*
 * Reading one plain response (no cookies, no script run) as available, gone, behind a login, or
 * unreachable. It runs in the service worker, which has no DOMParser, so the page is read with a
 * few patterns: title, meta tags, the first heading and the text outside scripts. Live pages
 * carry whole translation catalogues in their scripts ("Video unavailable" is in every TikTok
 * page), so markers are looked for in what a visitor reads, or in a platform's own status field,
 * never in the raw HTML.
 */

export type Availability = 'available' | 'gone' | 'login-wall' | 'unreachable';

export interface PageReading {
  availability: Availability;
  reason: LinkReason;
  httpStatus?: number;
  /** For HTML: the stable parts of the page, to notice a change (see pageExtract). */
  extract?: string;
}

export interface FetchedResponse {
  status: number;
  /** After redirects. */
  finalUrl: string;
  contentType: string;
  /** The first bytes of the body as text (capped by the fetcher). */
  body: string;
}

interface PageParts {
  title: string;
  meta: Map<string, string>;
  h1: string;
  text: string;
}

const MISSING_HEADING = [
  /^\s*(?:error\s*)?404\b/i,
  /^\s*not found\b/i,
  /\b(?:page|content|post|video|photo|image)\s+(?:not found|unavailable|(?:isn['’]t|is not|is no longer)\s+available)\b/i,
];

// A page whose own title is a login form ("Login • Instagram") shown at the post's address.
const LOGIN_HEADING = /^\s*(?:log ?in|sign ?in)\b/i;

const LOGIN_PATH = /\/(?:login|signin|sign-in|sign_in|accounts\/login|i\/flow\/login|auth\/login)(?:[/.]|$)/i;

/*
 * What some platforms show a logged-out visitor for removed content, in the visible text. These
 * are the sites' own words as last seen; a site that builds its page only with script (X,
 * Instagram much of the time) shows them to no plain request, so there only the status code and
 * redirects count.
 */
const PLATFORM_TEXT: Readonly<Record<string, RegExp>> = {
  reddit: /\bSorry, this post (?:was|has been) (?:removed|deleted)\b/i,
  instagram: /\bSorry, this page isn['’]t available\b/i,
  facebook: /\bThis content isn['’]t available (?:right now|at the moment)\b|\bThis page isn['’]t available\b/i,
  threads: /\bSorry, this page isn['’]t available\b/i,
  pornhub: /\bThis video (?:has been|was) (?:removed|disabled|deleted)\b|\bVideo has been flagged for verification\b/i,
};

/** How a plain request's response reads. Pure: the same response always reads the same. */
export function readResponse(requestedUrl: string, response: FetchedResponse): PageReading {
  const { status } = response;
  const httpStatus = { httpStatus: status };
  if (status === 404) return { availability: 'gone', reason: 'not-found', ...httpStatus };
  if (status === 410) return { availability: 'gone', reason: 'gone', ...httpStatus };
  if (status === 451) return { availability: 'gone', reason: 'legal', ...httpStatus };
  if (status === 401) return { availability: 'login-wall', reason: 'login-wall', ...httpStatus };
  // A site that turns plain requests away, or is having trouble, says nothing about the post.
  if (status === 403 || status === 429) return { availability: 'unreachable', reason: 'refused', ...httpStatus };
  if (status >= 500) return { availability: 'unreachable', reason: 'server-error', ...httpStatus };
  if (status < 200 || status >= 300) return { availability: 'unreachable', reason: 'unexpected-status', ...httpStatus };

  const requested = safeUrl(requestedUrl);
  const final = safeUrl(response.finalUrl) ?? requested;
  if (requested && final) {
    if (LOGIN_PATH.test(final.pathname) && !LOGIN_PATH.test(requested.pathname)) return { availability: 'login-wall', reason: 'login-wall', ...httpStatus };
    // Imgur answers for a deleted image with its "removed" picture.
    if (/(^|\.)imgur\.com$/.test(final.hostname) && /^\/removed\.(?:png|jpg)$/.test(final.pathname))
      return { availability: 'gone', reason: 'platform-unavailable', ...httpStatus };
    // Many sites send a deleted post's address to their front page.
    if (requested.pathname.length > 1 && final.pathname === '/' && !final.search && sameSite(requested.hostname, final.hostname)) {
      return { availability: 'gone', reason: 'redirected-home', ...httpStatus };
    }
  }
  if (!/html/i.test(response.contentType)) return { availability: 'available', reason: 'ok', ...httpStatus };

  const parts = pageParts(response.body);
  const platformId = detectPlatform(requestedUrl)?.platform.id;
  const platform = platformId ? platformReading(platformId, response.body, parts) : null;
  if (platform) return { ...platform, ...httpStatus };
  const headings = [parts.title, parts.meta.get('og:title') ?? '', parts.h1];
  if (headings.slice(0, 2).some((heading) => LOGIN_HEADING.test(heading)) && !LOGIN_PATH.test(safeUrl(requestedUrl)?.pathname ?? '')) {
    return { availability: 'login-wall', reason: 'login-wall', ...httpStatus };
  }
  if (headings.some((heading) => MISSING_HEADING.some((pattern) => pattern.test(heading)))) {
    return { availability: 'gone', reason: 'page-says-missing', ...httpStatus };
  }
  return { availability: 'available', reason: 'ok', ...httpStatus, extract: pageExtract(parts) };
}

function platformReading(id: string, html: string, parts: PageParts): Omit<PageReading, 'httpStatus'> | null {
  if (id === 'youtube') {
    // The watch page's own verdict, in ytInitialPlayerResponse; age checks also ask for a login.
    const verdict = /"playabilityStatus":\{"status":"(\w+)"/.exec(html)?.[1];
    if (verdict === 'ERROR' || verdict === 'UNPLAYABLE') return { availability: 'gone', reason: 'platform-unavailable' };
    if (verdict === 'LOGIN_REQUIRED') return { availability: 'login-wall', reason: 'login-wall' };
  }
  if (id === 'tiktok') {
    // A removed or private video still serves the page, with statusCode != 0 in its data.
    const code = tiktokStatus(html);
    if (code !== null && code !== 0) return { availability: 'gone', reason: 'platform-unavailable' };
  }
  if (id === 'reddit' && /\[(?:deleted|removed)(?: by user)?\]/i.test(`${parts.title} ${parts.meta.get('og:title') ?? ''}`)) {
    return { availability: 'gone', reason: 'platform-unavailable' };
  }
  if (PLATFORM_TEXT[id]?.test(parts.text)) return { availability: 'gone', reason: 'platform-unavailable' };
  return null;
}

function tiktokStatus(html: string): number | null {
  const json = /<script[^>]*id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>([\s\S]*?)<\/script>/i.exec(html)?.[1];
  if (!json) return null;
  try {
    const code = JSON.parse(json)?.__DEFAULT_SCOPE__?.['webapp.video-detail']?.statusCode;
    return typeof code === 'number' ? code : null;
  } catch {
    return null;
  }
}

/**
 * What "changed" compares: the title, og:title, og:image (without its query: CDNs sign image
 * addresses afresh on every request), the first heading, and the visible text's length in
 * doubling buckets. Digits are masked, so like counts, view counts and "3 hours ago" do not
 * count as a change; a new caption, a different image or most of the text going away do.
 */
function pageExtract(parts: PageParts): string {
  const mask = (value: string) => value.replace(/\d+/g, '#').trim().toLowerCase();
  const image = parts.meta.get('og:image') ?? '';
  const imageUrl = safeUrl(image);
  return JSON.stringify({
    title: mask(parts.title),
    ogTitle: mask(parts.meta.get('og:title') ?? ''),
    ogImage: imageUrl ? `${imageUrl.host}${imageUrl.pathname}` : image,
    h1: mask(parts.h1),
    textBucket: Math.floor(Math.log2(parts.text.length + 1)),
  });
}

function pageParts(html: string): PageParts {
  const clean = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const meta = new Map<string, string>();
  for (const [tag] of clean.matchAll(/<meta\b[^>]*>/gi)) {
    const key = attribute(tag, 'property') ?? attribute(tag, 'name');
    const content = attribute(tag, 'content');
    if (key && content !== null && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), decode(content));
  }
  return {
    title: textOf(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(clean)?.[1] ?? ''),
    meta,
    h1: textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(clean)?.[1] ?? ''),
    text: textOf(/<body\b[^>]*>([\s\S]*)/i.exec(clean)?.[1] ?? clean),
  };
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeUrl(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}

/** The last two labels decide "the same site" well enough for a redirect to a front page. */
function sameSite(a: string, b: string): boolean {
  const tail = (host: string) => host.split('.').slice(-2).join('.');
  return tail(a) === tail(b);
}
