import browser from 'webextension-polyfill';
import { sealArtifact } from '../db/artifact-store';
import type { ArtifactRow } from '../db/schema';
import { sha256Bytes } from '../shared/hash';
import type { ArtifactRef } from '../shared/types';
import type { CaptureContext, ExtraArtifacts } from './capture-extras';
import { dataUrlToBytes } from './decode';
import { firefoxSegments } from './firefox-segments';
import { defaultLimits } from './full-page/scroll-plan';
import { scrollPage } from './full-page/page-scroller';
import { pngSize } from './observed-facts';

type Region = { format: 'png'; rect: { x: number; y: number; width: number; height: number }; scale: number };
type CaptureRegion = (options: Region) => Promise<string>;

/**
 * Firefox draws any part of the page, in view or not, when given a `rect` (Firefox 82+); Chrome
 * has no such option, so there this returns undefined. tabs.captureTab is only exposed to an
 * add-on holding <all_urls> (Firefox's tabs.json schema: `permissions: ['<all_urls>']`), which
 * Preserve does not ask for: without it the API is simply absent, and every full page fell back
 * to scroll-and-stitch (seen in the e2e run: captureTab missing from browser.tabs, 40 tiles for a
 * 40,000 px page). captureVisibleTab takes the same `rect` and draws through the same code
 * (ext-tabs-base.js `capture`), and activeTab is enough for it.
 */
function regionCapturer(context: CaptureContext): CaptureRegion | undefined {
  const runtime = browser.runtime as { getBrowserInfo?: unknown };
  if (typeof runtime.getBrowserInfo !== 'function') return undefined;
  const tabs = browser.tabs as unknown as { captureTab?: (tabId: number, options: Region) => Promise<string> };
  const captureTab = tabs.captureTab?.bind(browser.tabs);
  if (captureTab) return (options) => captureTab(context.tabId, options);
  // The tab being captured is the window's selected tab: the capture itself was refused otherwise.
  return (options) => browser.tabs.captureVisibleTab(context.windowId, options);
}

/**
 * "Full page" in Firefox when the document itself scrolls: the page drawn in bands as tall as a
 * canvas allows, without scrolling, so nothing on the page moves and there is no 2-a-second limit.
 * Each band is the browser's own PNG, byte for byte, and is both the evidence and the view.
 * Returns null where this path does not apply (Chrome, or a page that scrolls inside an element),
 * and the scroll-and-stitch path runs instead.
 */
export async function firefoxFullPage(context: CaptureContext): Promise<ExtraArtifacts | null> {
  const captureRegion = regionCapturer(context);
  if (!captureRegion) return null;
  const measured = await scrollPage(context.tabId, { op: 'prepare', target: 'auto' });
  await scrollPage(context.tabId, { op: 'restore' }).catch(() => undefined);
  if (measured?.scroller !== 'document') return null;
  const scale = context.visibleScreenshot?.devicePixelRatio ?? 1;
  // Nothing is scrolled, so the page cannot grow while it is drawn: the 40-screens limit that stops
  // an endless feed does not apply (it cut a 40,000 px page at 24,000 px in a 600 px window), only
  // the absolute cap in CSS px.
  const limit = defaultLimits(Number.POSITIVE_INFINITY).maxHeight;
  const height = Math.min(measured.scrollHeight, limit);
  const bands = firefoxSegments(height, scale);
  const artifacts: ArtifactRef[] = [];
  const rows: ArtifactRow[] = [];
  for (const [index, band] of bands.entries()) {
    if (context.signal.aborted) break;
    context.progress({ phase: 'tiles', done: index, total: bands.length });
    const rect = { x: 0, y: band.y, width: measured.viewport.width, height: band.height };
    const bytes = dataUrlToBytes(await captureRegion({ format: 'png', rect, scale }));
    const size = pngSize(bytes);
    const artifact: ArtifactRef = {
      id: crypto.randomUUID(),
      kind: 'fullpage',
      name: `fullpage-${String(index + 1).padStart(2, '0')}.png`,
      mediaType: 'image/png',
      size: bytes.byteLength,
      sha256: await sha256Bytes(bytes),
      index,
      rect,
      ...(size ?? {}),
      ...(context.keepImages ? {} : { stored: false as const }),
    };
    if (context.keepImages) rows.push(await sealArtifact(artifact.id, context.captureId, bytes, 'image/png'));
    artifacts.push(artifact);
  }
  context.progress({ phase: 'tiles', done: artifacts.length, total: bands.length });
  const covered = artifacts.reduce((sum, artifact) => sum + (artifact.rect?.height ?? 0), 0);
  const complete = covered >= measured.scrollHeight;
  const stoppedBecause = context.signal.aborted
    ? 'cancelled'
    : `height limit: stopped after ${Math.round(covered).toLocaleString('en')} px of ${Math.round(measured.scrollHeight).toLocaleString('en')} px`;
  return {
    artifacts,
    rows,
    observed: {
      coverage: {
        mode: 'full',
        scroller: 'document',
        coveredHeight: Math.round(covered),
        totalHeight: Math.round(measured.scrollHeight),
        tiles: artifacts.length,
        complete,
        ...(!complete && { stoppedBecause }),
      },
    },
  };
}
