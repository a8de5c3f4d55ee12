import type { ClaimedFacts, ClickedElement, ExtractedPost, PageTag } from '../shared/types';
import { CLAIM_LIMITS, limitClaims } from './limit-claims';

export interface CollectRequest {
  /** From the context menu: what the browser says was right-clicked. */
  srcUrl?: string | undefined;
  linkUrl?: string | undefined;
}

/**
 * Reads what the page says about itself. Runs inside the page, so it must be fast, must not
 * throw, and everything it returns is only the page's claim. It is clipped here, in the page, so
 * a page's huge strings never cross the message boundary (the worker clips again).
 */
export function collectPageFacts(doc: Document, request: CollectRequest = {}, post?: ExtractedPost | null): ClaimedFacts {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const raw = {
    documentTitle: doc.title,
    locationHref: doc.location?.href ?? '',
    canonicalUrl: canonical ? canonical.href : undefined,
    lang: doc.documentElement.getAttribute('lang') || undefined,
    meta: readMetaTags(doc),
    selectedText: doc.defaultView?.getSelection()?.toString() || undefined,
    clickedElement: findClickedElement(doc, request),
    contentType: doc.contentType || undefined,
    lastModified: doc.lastModified || undefined,
    ...(post === undefined ? {} : { post }),
  };
  // limitClaims only returns null for a non-object, and raw is one.
  return limitClaims(raw)!;
}

function readMetaTags(doc: Document): PageTag[] {
  const tags: PageTag[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    if (name) tags.push({ name, content: meta.getAttribute('content') ?? '' });
  }
  return tags;
}

function findClickedElement(doc: Document, request: CollectRequest): ClickedElement | undefined {
  if (request.srcUrl) {
    const media = Array.from(doc.querySelectorAll<HTMLImageElement | HTMLVideoElement | HTMLAudioElement>('img, video, audio'));
    const match =
      media.find((element) => element.currentSrc === request.srcUrl || (element as HTMLImageElement).src === request.srcUrl) ??
      media.find((element) => Array.from(element.querySelectorAll('source')).some((source) => source.src === request.srcUrl));
    if (match) return describeElement(match);
  }
  if (request.linkUrl) {
    const link = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) => a.href === request.linkUrl);
    if (link) return describeElement(link);
  }
  return undefined;
}

function describeElement(element: Element): ClickedElement {
  const image = element as HTMLImageElement & HTMLVideoElement;
  const described = {
    tag: element.tagName.toLowerCase(),
    src: element.getAttribute('src') ? image.src : undefined,
    currentSrc: image.currentSrc || undefined,
    href: element instanceof HTMLAnchorElementCtor(element) ? (element as HTMLAnchorElement).href : undefined,
    alt: element.getAttribute('alt') ?? undefined,
    title: element.getAttribute('title') ?? undefined,
    width: image.width || undefined,
    height: image.height || undefined,
    naturalWidth: image.naturalWidth || image.videoWidth || undefined,
    naturalHeight: image.naturalHeight || image.videoHeight || undefined,
    nearbyText: nearbyText(element),
  };
  return Object.fromEntries(Object.entries(described).filter(([, value]) => value !== undefined)) as unknown as ClickedElement;
}

/** The anchor constructor of the element's own window: pages and test DOMs each have their own. */
function HTMLAnchorElementCtor(element: Element): typeof HTMLAnchorElement {
  return (element.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.HTMLAnchorElement ?? HTMLAnchorElement;
}

/** A caption or the surrounding post's text helps a reader see what the element belonged to. */
function nearbyText(element: Element): string | undefined {
  const container = element.closest('figure, article, [role="article"], li, a') ?? element.parentElement;
  const caption = container?.querySelector('figcaption')?.textContent ?? container?.textContent ?? '';
  // Derived text, not a claim of its own: only its start is read, so a huge page costs nothing here.
  const text = caption
    .slice(0, CLAIM_LIMITS.nearbyText * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, CLAIM_LIMITS.nearbyText) : undefined;
}
