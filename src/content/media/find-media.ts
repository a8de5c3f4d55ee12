import { largestSrcsetCandidate } from './srcset';
import { isWholeFileUrl, streamManifestUrls } from './stream-urls';

export interface MediaRequest {
  /** What was right-clicked, as the context-menu API reported it. */
  srcUrl?: string;
  mediaType?: 'image' | 'video' | 'audio';
  /** A detected post: look for its images and videos, and the addresses its extractor found. */
  inPost: boolean;
  postMedia: string[];
  max: number;
}

/** One image, video or sound the page shows, as the page describes it (a claim: the bytes are checked by fetching them). */
export interface FoundMedia {
  kind: 'image' | 'video' | 'audio';
  reason: 'clicked' | 'post';
  /** The whole original file to try first: the largest srcset candidate, else what the element shows. */
  fileUrl: string | null;
  /** What the element showed (currentSrc): for a streamed video a blob: address. */
  shownUrl?: string;
  /** Other whole files the player lists in <source>, tried in turn. */
  alternates: string[];
  /** HLS/DASH manifests of a streamed video, from its sources and the page's own requests. */
  manifestUrls: string[];
  /** Finds the element again for a frame grab; -1 when only an address was known. */
  handle: number;
}

const MIN_CONTENT_PX = 100;
type MediaElement = HTMLImageElement | HTMLVideoElement | HTMLAudioElement;

/** The media to save, in order: what was right-clicked first, then the post's. `elements` receives each one's element. */
export function findMedia(document: Document, request: MediaRequest, elements: MediaElement[]): FoundMedia[] {
  const found: FoundMedia[] = [];
  const seen = new Set<string>();
  const all = [...document.querySelectorAll<MediaElement>('img, video, audio')];
  const add = (element: MediaElement | undefined, reason: FoundMedia['reason'], url?: string, kind?: FoundMedia['kind']) => {
    const item = element
      ? describe(document, element, reason)
      : { kind: kind ?? 'image', reason, fileUrl: url ?? null, alternates: [], manifestUrls: [], handle: -1 };
    const key = item.fileUrl ?? item.shownUrl ?? '';
    if (!key || seen.has(key) || found.length >= request.max) return;
    seen.add(key);
    if (element) {
      item.handle = elements.length;
      elements.push(element);
    }
    found.push(item);
  };
  if (request.srcUrl)
    add(
      all.find((element) => shows(element, request.srcUrl!)),
      'clicked',
      request.srcUrl,
      request.mediaType,
    );
  if (request.inPost) {
    // Platforms put a post in <article> (a feed of replies follows it); pages without one are read whole.
    const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    for (const element of scope.querySelectorAll<MediaElement>('img, video')) if (isContent(element)) add(element, 'post');
    for (const url of request.postMedia)
      add(
        all.find((element) => shows(element, url)),
        'post',
        url,
      );
  }
  return found;
}

function shows(element: MediaElement, url: string): boolean {
  return element.currentSrc === url || element.src === url || [...element.querySelectorAll('source')].some((source) => source.src === url);
}

/** Avatars, icons and emoji are not the post's media. */
function isContent(element: MediaElement): boolean {
  if (element.tagName !== 'IMG') return true;
  const image = element as HTMLImageElement;
  return image.naturalWidth >= MIN_CONTENT_PX && image.naturalHeight >= MIN_CONTENT_PX;
}

function describe(document: Document, element: MediaElement, reason: FoundMedia['reason']): FoundMedia {
  const base = document.baseURI;
  const shownUrl = element.currentSrc || element.src || ('srcObject' in element && element.srcObject ? 'MediaStream' : '');
  if (element.tagName === 'IMG') {
    const image = element as HTMLImageElement;
    const sets = [
      image.srcset,
      ...[...(image.parentElement?.tagName === 'PICTURE' ? image.parentElement.querySelectorAll('source') : [])].map((source) => source.srcset),
    ];
    const largest = largestSrcsetCandidate(sets.filter(Boolean).join(', '), base);
    return {
      kind: 'image',
      reason,
      fileUrl: largest ?? (shownUrl || null),
      ...(shownUrl && { shownUrl }),
      alternates: largest && shownUrl && shownUrl !== largest ? [shownUrl] : [],
      manifestUrls: [],
      handle: -1,
    };
  }
  const sources = [...element.querySelectorAll('source')].map((source) => source.src).filter(Boolean);
  const files = [shownUrl, ...sources].filter((url) => isWholeFileUrl(url) || url.startsWith('blob:'));
  const requests = files.some(isWholeFileUrl) ? [] : pageRequests(document);
  return {
    kind: element.tagName === 'AUDIO' ? 'audio' : 'video',
    reason,
    fileUrl: files[0] ?? null,
    ...(shownUrl && { shownUrl }),
    alternates: [...new Set(files.slice(1))],
    manifestUrls: streamManifestUrls([shownUrl, ...sources, ...requests]),
    handle: -1,
  };
}

/** Addresses the page itself requested: a streaming player fetches its manifest there, not through the element. */
function pageRequests(document: Document): string[] {
  const performance = document.defaultView?.performance;
  return (performance?.getEntriesByType?.('resource') ?? []).slice(-500).map((entry) => entry.name);
}
