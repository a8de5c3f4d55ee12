/*
 * "Find my images on this page": hash every image the tab shows and look each hash up in My
 * images, all in this browser. The page hashes what it may read; images from other hosts are read
 * from screenshots of the rendered page (rendered-images.ts says why). Neither the person's hashes
 * nor the page's leave the device.
 */
import browser from 'webextension-polyfill';
import findImagesScript from '../content/find-my-images.iife.ts?iife';
import type { PageImageList } from '../content/page-images';
import { buildMatchIndex } from '../matching/match-index';
import type { PageImageMatch, PageImageScan } from '../shared/messages';
import type { MyImageRecord } from '../shared/matching-types';
import { hashRenderedImages, inTabFrames } from './rendered-images';

const TOP_FRAME = 0;

export async function findOnPage(tabId: number, myImages: readonly MyImageRecord[]): Promise<PageImageScan> {
  const started = performance.now();
  const tab = await browser.tabs.get(tabId);
  const index = buildMatchIndex(myImages);
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [findImagesScript] });
  const frames = await inTabFrames<PageImageList>(
    tabId,
    () => (globalThis as unknown as { __preserveFindImages?: () => Promise<PageImageList> }).__preserveFindImages?.() ?? null,
  );
  const found: Array<{ src: string; kind: PageImageMatch['kind']; hash: string; quality: number; preview?: string; readVia: PageImageMatch['readVia'] }> = [];
  let scanned = 0;
  let skipped = 0;
  for (const { frameId, result } of frames) {
    scanned += result.items.length + result.skipped;
    skipped += result.skipped;
    const unread = result.items.filter((item) => item.hash === undefined);
    for (const item of result.items) {
      if (item.hash !== undefined)
        found.push({
          src: item.src,
          kind: item.kind,
          hash: item.hash,
          quality: item.quality ?? 0,
          readVia: 'page',
          ...(item.preview && { preview: item.preview }),
        });
    }
    // A frame's boxes are in the frame's own coordinates: only the top frame's can be cut from a screenshot.
    const placed = frameId === TOP_FRAME && tab.active ? unread.filter((item) => item.rect) : [];
    skipped += unread.length - placed.length;
    if (!placed.length) continue;
    const rendered = await hashRenderedImages(
      tab.windowId!,
      placed.map((item) => item.rect!),
      result,
      (top) => scrollFrame(tabId, top),
    );
    skipped += placed.length - rendered.length;
    for (const { index: i, hash, quality, preview } of rendered) {
      const item = placed[i]!;
      found.push({ src: item.src, kind: item.kind, hash, quality, preview, readVia: 'screenshot' });
    }
  }
  const matches: PageImageMatch[] = [];
  for (const image of found) {
    const match = index.best(image.hash, { quality: image.quality });
    if (!match) continue;
    matches.push({
      src: image.src,
      kind: image.kind,
      myImageId: match.imageId,
      distance: match.distance,
      quality: image.quality,
      readVia: image.readVia,
      ...(image.preview && { previewDataUrl: image.preview }),
    });
  }
  matches.sort((a, b) => a.distance - b.distance);
  return { url: tab.url ?? '', scanned, skipped, lookedFor: myImages.length, matches, elapsedMs: Math.round(performance.now() - started) };
}

async function scrollFrame(tabId: number, top: number | null): Promise<{ scrollTop: number; scrollLeft: number }> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [TOP_FRAME] },
    func: (to: number | null) =>
      (globalThis as unknown as { __preserveFindImagesScroll: (top: number | null) => Promise<unknown> }).__preserveFindImagesScroll(to),
    args: [top],
  });
  return result?.result as { scrollTop: number; scrollLeft: number };
}
