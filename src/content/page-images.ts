/*
 * "Find my images on this page", in the page: which images it shows, where, and the PDQ hash of
 * each one whose pixels the page may read (same origin, or served with CORS). An image from
 * another host without CORS taints a canvas, so for those only the place on the page is returned
 * and the worker reads the pixels the browser already rendered, from a screenshot.
 */
import { pdq } from '../matching/pdq';
import type { PageRect } from '../matching/screenshot-stops';

export interface PageImageItem {
  src: string;
  kind: 'image' | 'video-frame';
  /** Present when the page could read the pixels. */
  hash?: string;
  quality?: number;
  /** A 48 px JPEG of a readable image, for the popup's blurred preview of a match. */
  preview?: string;
  /** Where the image shows (document coordinates), for reading it from a screenshot instead. */
  rect?: PageRect;
}

export interface PageImageList {
  items: PageImageItem[];
  /** Images too small to hash or not loaded. */
  skipped: number;
  viewport: { width: number; height: number };
  scrollHeight: number;
}

/** Icons and spacers: smaller than this on a side is not a photo worth matching. */
const MIN_SIDE = 32;
/** PDQ shrinks to 512 px a side itself; reading more pixels than twice that only costs time. */
const MAX_READ_SIDE = 1024;
const PREVIEW_SIDE = 48;

export async function listPageImages(): Promise<PageImageList> {
  const items: PageImageItem[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const elements = [...document.querySelectorAll('img, video')] as Array<HTMLImageElement | HTMLVideoElement>;
  for (const element of elements) {
    const isVideo = element instanceof HTMLVideoElement;
    const src = isVideo ? element.currentSrc || element.src : (element as HTMLImageElement).currentSrc || (element as HTMLImageElement).src;
    const width = isVideo ? element.videoWidth : (element as HTMLImageElement).naturalWidth;
    const height = isVideo ? element.videoHeight : (element as HTMLImageElement).naturalHeight;
    const ready = isVideo ? element.readyState >= 2 : (element as HTMLImageElement).complete;
    if (!src || seen.has(src)) continue;
    seen.add(src);
    if (!ready || width < MIN_SIDE || height < MIN_SIDE) {
      skipped++;
      continue;
    }
    const item: PageImageItem = { src, kind: isVideo ? 'video-frame' : 'image' };
    const pixels = readPixels(element, width, height);
    if (pixels) {
      const { hash, quality } = pdq(pixels.image);
      Object.assign(item, { hash, quality, preview: await preview(pixels.canvas) });
    } else {
      const rect = onPageRect(element);
      if (rect) item.rect = rect;
    }
    items.push(item);
  }
  const root = document.scrollingElement ?? document.documentElement;
  return { items, skipped, viewport: { width: root.clientWidth, height: root.clientHeight }, scrollHeight: root.scrollHeight };
}

function readPixels(element: HTMLImageElement | HTMLVideoElement, width: number, height: number) {
  const scale = Math.min(1, MAX_READ_SIDE / Math.max(width, height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  try {
    context.drawImage(element, 0, 0, canvas.width, canvas.height);
    return { canvas, image: context.getImageData(0, 0, canvas.width, canvas.height) };
  } catch {
    // A SecurityError: the image came from another host without CORS and tainted the canvas.
    return null;
  }
}

async function preview(source: OffscreenCanvas): Promise<string> {
  const scale = PREVIEW_SIDE / Math.max(source.width, source.height);
  const small = new OffscreenCanvas(Math.max(1, Math.round(source.width * scale)), Math.max(1, Math.round(source.height * scale)));
  small.getContext('2d')?.drawImage(source, 0, 0, small.width, small.height);
  const blob = await small.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  return new Promise((done) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.onerror = () => done('');
    reader.readAsDataURL(blob);
  });
}

/** The element's box on the page, or null when it is hidden or not laid out. */
function onPageRect(element: Element): PageRect | null {
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return null;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || Number(style.opacity) === 0) return null;
  return { left: box.left + scrollX, top: box.top + scrollY, width: box.width, height: box.height };
}
