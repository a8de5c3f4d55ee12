import type { ClaimedFacts, ClickedElement, ClippedField, ExtractedPost, PageTag, PlatformDetection } from '../shared/types';

/**
 * How much a page may make Preserve keep. Every claim is hashed, maybe sealed, stored and listed,
 * so a page must not be able to make a capture large: five 20 MB attributes once made a 100 MB
 * record. Measured on the 36 saved real pages in tests/fixtures, the largest claims (a YouTube
 * watch page) are 8.7 KB of JSON; 256 Ki characters leaves ~30× that room, a long selection
 * included, and is hashed and sealed in a few milliseconds.
 */
export const CLAIM_LIMITS = {
  /** Characters across every kept string, shared in the order below (most telling first). */
  totalChars: 256 * 1024,
  url: 8_192,
  short: 200,
  title: 2_000,
  text: 20_000,
  nearbyText: 1_000,
  metaTags: 300,
  media: 100,
  /** Notes about what was clipped; a field name in a note is at most this long. */
  notes: 500,
  noteField: 100,
} as const;

interface Budget {
  left: number;
  clipped: Map<string, number>;
}

/**
 * Rebuilds page claims from an untrusted value: only known fields of the right type, every string
 * clipped, the whole within CLAIM_LIMITS.totalChars, and each shortening noted with its original
 * length. Runs in the page reader (so huge strings never cross the message boundary) and again in
 * the worker, which must not trust what came back from the page. Returns null for a non-object.
 */
export function limitClaims(value: unknown): ClaimedFacts | null {
  if (!isObject(value)) return null;
  const budget: Budget = { left: CLAIM_LIMITS.totalChars, clipped: new Map() };
  const platform = value.platform === null ? null : limitPlatform(budget, value.platform);
  const post = value.post === null ? null : limitPost(budget, value.post);
  const claims: ClaimedFacts = {
    documentTitle: text(budget, value.documentTitle, 'documentTitle', CLAIM_LIMITS.title) ?? '',
    locationHref: text(budget, value.locationHref, 'locationHref', CLAIM_LIMITS.url) ?? '',
    meta: [],
  };
  assign(claims, 'canonicalUrl', text(budget, value.canonicalUrl, 'canonicalUrl', CLAIM_LIMITS.url));
  assign(claims, 'lang', text(budget, value.lang, 'lang', CLAIM_LIMITS.short));
  assign(claims, 'contentType', text(budget, value.contentType, 'contentType', CLAIM_LIMITS.short));
  assign(claims, 'lastModified', text(budget, value.lastModified, 'lastModified', CLAIM_LIMITS.short));
  assign(claims, 'clickedElement', limitClickedElement(budget, value.clickedElement));
  assign(claims, 'selectedText', text(budget, value.selectedText, 'selectedText', CLAIM_LIMITS.text));
  // Meta tags come last: the most numerous and the least telling, they get what is left.
  claims.meta = limitList(budget, value.meta, 'meta', CLAIM_LIMITS.metaTags, (tag, path) => limitTag(budget, tag, path));
  if (platform !== undefined) claims.platform = platform;
  if (post !== undefined) claims.post = post;
  const clipped = mergeNotes(budget.clipped, value.clipped);
  if (clipped.length) claims.clipped = clipped;
  return claims;
}

/**
 * Cuts text to at most `max` characters, the last being "…", without splitting a surrogate pair.
 * Cheap on huge strings: it only slices.
 */
export function clipText(value: string, max: number): string {
  if (value.length <= max) return value;
  if (max <= 0) return '';
  let end = max - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/** Clips one string within the shared budget and notes its length if it was cut. */
function text(budget: Budget, value: unknown, field: string, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = clipText(value, Math.min(max, budget.left));
  if (kept !== value) note(budget, field, value.length);
  budget.left -= kept.length;
  return kept;
}

function limitPlatform(budget: Budget, value: unknown): PlatformDetection | undefined {
  if (!isObject(value) || !isObject(value.platform)) return undefined;
  const kinds: PlatformDetection['kind'][] = ['post', 'media', 'profile', 'shortlink', 'other'];
  const kind = kinds.find((known) => known === value.kind);
  if (!kind) return undefined;
  const detection: PlatformDetection = {
    platform: {
      id: text(budget, value.platform.id, 'platform.platform.id', CLAIM_LIMITS.short) ?? '',
      name: text(budget, value.platform.name, 'platform.platform.name', CLAIM_LIMITS.short) ?? '',
    },
    kind,
  };
  assign(detection, 'postId', text(budget, value.postId, 'platform.postId', CLAIM_LIMITS.short));
  assign(detection, 'author', text(budget, value.author, 'platform.author', CLAIM_LIMITS.short));
  if (value.confidence === 'low' || value.confidence === 'unconfirmed') detection.confidence = value.confidence;
  return detection;
}

function limitPost(budget: Budget, value: unknown): ExtractedPost | undefined {
  if (!isObject(value)) return undefined;
  const post: ExtractedPost = {};
  assign(post, 'postId', text(budget, value.postId, 'post.postId', CLAIM_LIMITS.short));
  if (isObject(value.author)) {
    const author: NonNullable<ExtractedPost['author']> = {};
    assign(author, 'name', text(budget, value.author.name, 'post.author.name', CLAIM_LIMITS.short));
    assign(author, 'handle', text(budget, value.author.handle, 'post.author.handle', CLAIM_LIMITS.short));
    assign(author, 'id', text(budget, value.author.id, 'post.author.id', CLAIM_LIMITS.short));
    assign(author, 'url', text(budget, value.author.url, 'post.author.url', CLAIM_LIMITS.url));
    post.author = author;
  }
  assign(post, 'publishedAt', text(budget, value.publishedAt, 'post.publishedAt', CLAIM_LIMITS.short));
  assign(post, 'title', text(budget, value.title, 'post.title', CLAIM_LIMITS.title));
  assign(post, 'url', text(budget, value.url, 'post.url', CLAIM_LIMITS.url));
  assign(post, 'text', text(budget, value.text, 'post.text', CLAIM_LIMITS.text));
  if (Array.isArray(value.media)) {
    post.media = limitList(budget, value.media, 'post.media', CLAIM_LIMITS.media, (item, path) => text(budget, item, path, CLAIM_LIMITS.url));
  }
  return post;
}

function limitClickedElement(budget: Budget, value: unknown): ClickedElement | undefined {
  if (!isObject(value)) return undefined;
  const element: ClickedElement = { tag: text(budget, value.tag, 'clickedElement.tag', CLAIM_LIMITS.short) ?? '' };
  for (const key of ['src', 'currentSrc', 'href'] as const) {
    assign(element, key, text(budget, value[key], `clickedElement.${key}`, CLAIM_LIMITS.url));
  }
  assign(element, 'alt', text(budget, value.alt, 'clickedElement.alt', CLAIM_LIMITS.title));
  assign(element, 'title', text(budget, value.title, 'clickedElement.title', CLAIM_LIMITS.title));
  for (const key of ['width', 'height', 'naturalWidth', 'naturalHeight'] as const) {
    const size = value[key];
    if (typeof size === 'number' && Number.isFinite(size) && size >= 0) element[key] = size;
  }
  assign(element, 'nearbyText', text(budget, value.nearbyText, 'clickedElement.nearbyText', CLAIM_LIMITS.nearbyText));
  return element;
}

function limitTag(budget: Budget, value: unknown, path: string): PageTag | undefined {
  if (!isObject(value) || typeof value.name !== 'string' || typeof value.content !== 'string') return undefined;
  return {
    name: text(budget, value.name, `${path}.name`, CLAIM_LIMITS.short) ?? '',
    content: text(budget, value.content, `${path}.content`, CLAIM_LIMITS.title) ?? '',
  };
}

/** Keeps at most `max` well-formed items while the budget lasts; notes the list's length if any were left out. */
function limitList<T>(budget: Budget, value: unknown, field: string, max: number, limitItem: (item: unknown, path: string) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const kept: T[] = [];
  for (const item of value.slice(0, max)) {
    if (budget.left <= 0) break;
    const limited = limitItem(item, `${field}[${kept.length}]`);
    if (limited !== undefined) kept.push(limited);
  }
  if (kept.length < value.length) note(budget, field, value.length);
  return kept;
}

function note(budget: Budget, field: string, length: number): void {
  if (budget.clipped.size < CLAIM_LIMITS.notes || budget.clipped.has(field)) {
    budget.clipped.set(field, Math.max(length, budget.clipped.get(field) ?? 0));
  }
}

/**
 * Notes made here, plus those the page reader made before (it saw the original lengths, which
 * the worker cannot), checked like everything else from the page. The longer length wins.
 */
function mergeNotes(own: Map<string, number>, earlier: unknown): ClippedField[] {
  const merged = new Map(own);
  if (Array.isArray(earlier)) {
    for (const item of earlier.slice(0, CLAIM_LIMITS.notes)) {
      if (!isObject(item) || typeof item.field !== 'string' || !Number.isSafeInteger(item.length)) continue;
      const field = clipText(item.field, CLAIM_LIMITS.noteField);
      const length = item.length as number;
      if (length < 0 || (merged.size >= CLAIM_LIMITS.notes && !merged.has(field))) continue;
      merged.set(field, Math.max(length, merged.get(field) ?? 0));
    }
  }
  return [...merged].map(([field, length]) => ({ field, length }));
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
