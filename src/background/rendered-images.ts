/*
 * Reads page images from another host (no CORS) the way the person sees them: the page is
 * scrolled to as few places as cover them, each place photographed with captureVisibleTab (the
 * worker's shared, rate-limited scheduler), and each image's box cut out and hashed.
 *
 * Why screenshots and not the extension fetching the image itself: activeTab grants the tab's own
 * origin only, and images nearly always come from a CDN on another host, so a fetch would need a
 * standing permission for every host — and it would be a new request the site sees. The rendered
 * pixels are already on the device. The cost is the browser's two screenshots a second (one per
 * window of images) and images read at the size they are shown (PDQ shrinks to 64×64 anyway).
 */
import browser from 'webextension-polyfill';
import { captureVisibleTabPng } from '../capture/capture-screenshot';
import { dataUrlToBytes } from '../capture/decode';
import { pdq, type PdqResult } from '../matching/pdq';
import { planScreenshotStops, type PageRect } from '../matching/screenshot-stops';
import { toBase64 } from '../shared/base64';

export interface RenderedHash extends PdqResult {
  index: number;
  preview: string;
}

type ScrollTo = (top: number | null) => Promise<{ scrollTop: number; scrollLeft: number }>;

const PREVIEW_SIDE = 48;

export async function hashRenderedImages(
  windowId: number,
  rects: readonly PageRect[],
  page: { viewport: { width: number; height: number }; scrollHeight: number },
  scrollTo: ScrollTo,
): Promise<RenderedHash[]> {
  const stops = planScreenshotStops(rects, page.viewport.height, page.scrollHeight);
  const hashes: RenderedHash[] = [];
  try {
    for (const stop of stops) {
      const at = await scrollTo(stop.scrollTop);
      const shot = await decodePng(dataUrlToBytes(await captureVisibleTabPng(windowId)));
      const scale = shot.width / page.viewport.width;
      for (const index of stop.rects) {
        const crop = cropOf(rects[index]!, at, page.viewport, scale);
        if (!crop) continue;
        const image = shot.context.getImageData(crop.x, crop.y, crop.width, crop.height);
        hashes.push({ index, ...pdq(image), preview: await preview(shot.canvas, crop) });
      }
    }
  } finally {
    await scrollTo(null).catch(() => undefined);
  }
  return hashes;
}

/** The image's box in screenshot pixels, clipped to what is in view. */
function cropOf(rect: PageRect, at: { scrollTop: number; scrollLeft: number }, viewport: { width: number; height: number }, scale: number) {
  const left = Math.max(0, rect.left - at.scrollLeft);
  const top = Math.max(0, rect.top - at.scrollTop);
  const right = Math.min(viewport.width, rect.left - at.scrollLeft + rect.width);
  const bottom = Math.min(viewport.height, rect.top - at.scrollTop + rect.height);
  // Less than half the image in view would hash a different picture.
  if ((right - left) * (bottom - top) < (rect.width * rect.height) / 2) return null;
  const x = Math.round(left * scale);
  const y = Math.round(top * scale);
  return { x, y, width: Math.max(1, Math.round(right * scale) - x), height: Math.max(1, Math.round(bottom * scale) - y) };
}

async function decodePng(bytes: Uint8Array) {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { canvas, context, width: canvas.width };
}

async function preview(source: OffscreenCanvas, crop: { x: number; y: number; width: number; height: number }): Promise<string> {
  const scale = PREVIEW_SIDE / Math.max(crop.width, crop.height);
  const small = new OffscreenCanvas(Math.max(1, Math.round(crop.width * scale)), Math.max(1, Math.round(crop.height * scale)));
  small.getContext('2d')?.drawImage(source, crop.x, crop.y, crop.width, crop.height, 0, 0, small.width, small.height);
  const blob = await small.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  return `data:image/jpeg;base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** The tab's frames' answers, in frame order; frames that refused the script are left out. */
export async function inTabFrames<T>(tabId: number, func: () => unknown): Promise<Array<{ frameId: number; result: T }>> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func });
  return results.filter((entry) => entry.result !== undefined && entry.result !== null).map((entry) => ({ frameId: entry.frameId, result: entry.result as T }));
}
