// Small DOM readers shared by the extractors. They run inside the captured page on every
// capture, so they read attributes and textContent of small nodes only (innerText forces layout).

export const MAX_TEXT = 5000;
export const MAX_MEDIA = 50;
const MAX_JSON_CHARS = 2_000_000;

export function clip(text: string | null | undefined, max = MAX_TEXT): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  return t ? t.slice(0, max) : undefined;
}

/** textContent with runs of whitespace collapsed. */
export function textOf(el: Element | null | undefined, max = MAX_TEXT): string | undefined {
  return clip(el?.textContent?.slice(0, max * 2).replace(/\s+/g, ' '), max);
}

/** The first non-empty `content` of <meta property|name|itemprop=key>, trying keys in order. */
export function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

export function metaAll(doc: Document, key: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((el) => el.getAttribute('content')?.trim() ?? '').filter(Boolean);
}

export function canonicalUrl(doc: Document): string | undefined {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  period: '.',
  comma: ',',
  colon: ':',
};

// Some sites put HTML entities inside JSON-LD strings (Bluesky: "It&#39;s", Pornhub: "&period;").
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return NAMED[code.toLowerCase()] ?? all;
  });
}

export function parseJson(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Some sites emit raw newlines inside JSON-LD strings (Bluesky), which JSON.parse rejects.
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString && c === '\\') {
      out += c + (text[++i] ?? '');
      continue;
    }
    if (c === '"') inString = !inString;
    out += inString && c < ' ' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c;
  }
  return out;
}

export function parseLenientJson(text: string | null | undefined): unknown {
  return parseJson(text) ?? (text && text.length < 200_000 ? parseJson(escapeControlsInStrings(text)) : undefined);
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** Every JSON-LD object on the page, arrays and @graph flattened. */
export function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) v['@graph'].forEach(add);
    }
  };
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 20)) {
    add(parseLenientJson(script.textContent));
  }
  return out;
}

export function ldType(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * An ISO-8601 string, or undefined. Date-times with a zone become UTC; a bare date stays a date.
 * Free text ("11 days ago") is refused rather than guessed.
 */
export function toIso(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,10}$/.test(value.trim()))) {
    const d = new Date(Number(value) * 1000);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  // "-0700" (Facebook) is ISO basic offset; Date.parse wants "-07:00".
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/i.exec(v);
  const [, local, offset] = m ?? [];
  if (!local || !offset) return undefined;
  const zone = offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  const d = new Date(local + zone.toUpperCase());
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Absolute http(s) URLs only, resolved against the page, de-duplicated, at most MAX_MEDIA. */
export function mediaUrls(candidates: Iterable<string | null | undefined>, base: URL): string[] {
  const out = new Set<string>();
  for (const c of candidates) {
    if (!c || out.size >= MAX_MEDIA) continue;
    try {
      const u = new URL(decodeEntities(c.trim()), base);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(u.href);
    } catch {
      // not a URL: skip
    }
  }
  return [...out];
}
