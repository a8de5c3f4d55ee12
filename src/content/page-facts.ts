import type { ClaimedFacts, ClickedElement, PageTag } from '../shared/types';

export interface CollectRequest {
  /** From the context menu: what the browser says was right-clicked. */
  srcUrl?: string;
  linkUrl?: string;
}

const MAX_TAGS = 300;
const MAX_TAG_LENGTH = 2_000;
const MAX_SELECTION = 20_000;
const MAX_NEARBY_TEXT = 1_000;

/**
 * Reads what the page says about itself. Runs inside the page, so it must be fast, must not
 * throw, and everything it returns is only the page's claim.
 */
export function collectPageFacts(doc: Document, request: CollectRequest = {}): ClaimedFacts {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const selection = doc.defaultView?.getSelection()?.toString() ?? '';
  return {
    documentTitle: clip(doc.title, MAX_TAG_LENGTH),
    locationHref: doc.location?.href ?? '',
    canonicalUrl: canonical ? canonical.href : undefined,
    lang: doc.documentElement.getAttribute('lang') || undefined,
    meta: readMetaTags(doc),
    selectedText: selection ? clip(selection, MAX_SELECTION) : undefined,
    clickedElement: findClickedElement(doc, request),
    contentType: doc.contentType || undefined,
    lastModified: doc.lastModified || undefined,
  };
}

function readMetaTags(doc: Document): PageTag[] {
  const tags: PageTag[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    if (!name) continue;
    tags.push({ name: clip(name, 200), content: clip(meta.getAttribute('content') ?? '', MAX_TAG_LENGTH) });
    if (tags.length >= MAX_TAGS) break;
  }
  return tags;
}

function findClickedElement(doc: Document, request: CollectRequest): ClickedElement | undefined {
  if (request.srcUrl) {
    const media = Array.from(doc.querySelectorAll<HTMLImageElement | HTMLVideoElement | HTMLAudioElement>('img, video, audio'));
    const match = media.find((element) => element.currentSrc === request.srcUrl || (element as HTMLImageElement).src === request.srcUrl)
      ?? media.find((element) => Array.from(element.querySelectorAll('source')).some((source) => source.src === request.srcUrl));
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
  const described: ClickedElement = {
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
  return Object.fromEntries(Object.entries(described).filter(([, value]) => value !== undefined)) as ClickedElement;
}

/** The anchor constructor of the element's own window: pages and test DOMs each have their own. */
function HTMLAnchorElementCtor(element: Element): typeof HTMLAnchorElement {
  return (element.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.HTMLAnchorElement ?? HTMLAnchorElement;
}

/** A caption or the surrounding post's text helps a reader see what the element belonged to. */
function nearbyText(element: Element): string | undefined {
  const container = element.closest('figure, article, [role="article"], li, a') ?? element.parentElement;
  const caption = container?.querySelector('figcaption')?.textContent ?? container?.textContent ?? '';
  const text = caption.replace(/\s+/g, ' ').trim();
  return text ? clip(text, MAX_NEARBY_TEXT) : undefined;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
