import type { ExtractedPost } from '../shared/types';
import { canonicalUrl, clip, decodeEntities, isObject, jsonLd, ldType, mediaUrls, meta, metaAll, str, textOf, toIso, type Json } from './dom';

// schema.org types that describe one piece of content, most specific first.
const POST_TYPES = [
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'BlogPosting',
  'NewsArticle',
  'Article',
  'VideoObject',
  'ImageObject',
  'Photograph',
  'MediaObject',
  'CreativeWork',
];

function mainLd(doc: Document): Json | undefined {
  const all = jsonLd(doc);
  for (const type of POST_TYPES) {
    const hit = all.find((o) => ldType(o).includes(type));
    if (hit) return hit;
  }
  return undefined;
}

function ldImages(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(ldImages);
  if (isObject(v)) return [str(v.contentUrl) ?? str(v.url)].filter((x): x is string => !!x);
  return [];
}

export function ldAuthor(v: unknown): ExtractedPost['author'] {
  const a = Array.isArray(v) ? v[0] : v;
  if (typeof a === 'string') return { name: decodeEntities(a) };
  if (!isObject(a)) return undefined;
  const author = {
    name: str(a.name) && decodeEntities(str(a.name)!),
    handle: str(a.alternateName),
    id: str(a.identifier),
    url: str(a.url),
  };
  return Object.values(author).some(Boolean) ? author : undefined;
}

/** Post facts from JSON-LD, OpenGraph, microdata and the canonical link: works on any site. */
export function extractGeneric(doc: Document, url: URL): ExtractedPost {
  const ld = mainLd(doc);
  const microAuthor = doc.querySelector('[itemprop="author"]');
  const author =
    ldAuthor(ld?.author) ??
    (microAuthor
      ? {
          name: microAuthor.querySelector('[itemprop="name"]')?.getAttribute('content') ?? textOf(microAuthor.querySelector('[itemprop="name"]')),
          url: microAuthor.querySelector('[itemprop="url"]')?.getAttribute('href') ?? undefined,
        }
      : undefined) ??
    (meta(doc, 'article:author', 'author') ? { name: meta(doc, 'article:author', 'author') } : undefined);
  const published =
    toIso(ld?.datePublished) ?? toIso(ld?.uploadDate) ?? toIso(ld?.dateCreated) ?? toIso(meta(doc, 'article:published_time', 'datePublished', 'uploadDate'));
  // JSON-LD strings may carry HTML entities; meta attributes were already decoded by the parser.
  const ldText = str(ld?.articleBody) ?? str(ld?.text);
  const text = ldText ? decodeEntities(ldText) : meta(doc, 'og:description', 'twitter:description', 'description');
  const media = mediaUrls(
    [
      ...ldImages(ld?.image),
      ...ldImages(ld?.thumbnailUrl),
      ...ldImages(ld?.contentUrl),
      ...metaAll(doc, 'og:image'),
      ...metaAll(doc, 'og:video'),
      meta(doc, 'twitter:image'),
    ],
    url,
  );
  // Most sites put the account name last in the author's profile URL (vimeo.com/<name>).
  if (author?.url && !author.handle) {
    const last = /^https?:\/\/[^/]+\/(?:[^/?#]+\/)*([\w.-]+)\/?(?:[?#]|$)/.exec(author.url)?.[1];
    if (last) author.handle = last;
  }
  const canonical = canonicalUrl(doc);
  return {
    author: author && Object.values(author).some(Boolean) ? author : undefined,
    publishedAt: published,
    text: clip(text),
    title: clip(meta(doc, 'og:title', 'twitter:title') ?? str(ld?.headline) ?? str(ld?.name) ?? doc.title, 500),
    media,
    url: canonical ? mediaUrls([canonical], url)[0] : undefined,
  };
}
