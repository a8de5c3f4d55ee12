import browser from 'webextension-polyfill';
import { sealArtifact } from '../db/artifact-store';
import { sha256Bytes } from '../shared/hash';
import { serialQueue } from '../shared/serial-queue';
import type { ArtifactRef } from '../shared/types';
import type { CaptureContext, CaptureExtra, ExtraArtifacts } from './capture-extras';

const PAGE_ARCHIVES_OFF = 'page archives are off (Settings → Page archives)';

/**
 * A huge page must not hold the one-click capture: a 40 MB archive took 312 ms (p95 425 ms) here,
 * so 5 s is over ten times that, and a hostile page (100 MB of attributes) costs at most this.
 */
export const ARCHIVE_TIME_LIMIT_MS = 5_000;

/**
 * The page archive: MHTML from chrome.pageCapture, the page and its resources (styles, images) as
 * the browser holds them, which opens in Chrome and Edge as the page was. It holds the page's
 * images, so in under-18 mode only its fingerprint is kept. Firefox has no pageCapture; there,
 * and when it fails or takes too long, the capture is kept without it and a note says why.
 */
export const pageArchive: CaptureExtra = {
  name: 'page-archive',
  // Where pageCapture is not offered at all (Firefox), the HTML snapshot (html-snapshot.ts) is the archive.
  applies: () => offersPageCapture(),
  run: archivePage,
};

/** Whether this browser's build can ask for pageCapture (Chrome); Firefox's cannot. */
export function offersPageCapture(): boolean {
  const manifest = browser.runtime.getManifest() as { permissions?: string[]; optional_permissions?: string[] };
  return [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].includes('pageCapture');
}

type PageCapture = { saveAsMHTML(details: { tabId: number }): Promise<Blob | ArrayBuffer | undefined> };

/** Two saveAsMHTML calls at once fail ("Failed to generate MHTML", measured in Chromium): one at a time. */
const oneAtATime = serialQueue();

/**
 * The MHTML's bytes. Chromium hands back a file-backed Blob whose file, the first time in a
 * worker's life, is sometimes gone before it can be read (NotFoundError, measured); a second
 * save reads fine.
 */
function saveMhtml(pageCapture: PageCapture, tabId: number): Promise<Uint8Array | undefined> {
  // Bounded inside the queue too, so one page that never answers cannot hold every later capture's archive.
  return oneAtATime(() => Promise.race([readMhtml(pageCapture, tabId), new Promise<undefined>((done) => setTimeout(done, ARCHIVE_TIME_LIMIT_MS))]));
}

async function readMhtml(pageCapture: PageCapture, tabId: number): Promise<Uint8Array | undefined> {
  for (let attempt = 1; ; attempt++) {
    const saved = await pageCapture.saveAsMHTML({ tabId });
    if (!saved) return undefined;
    try {
      return new Uint8Array(saved instanceof Blob ? await saved.arrayBuffer() : saved);
    } catch (error) {
      if (attempt >= 2 || (error as Error)?.name !== 'NotFoundError') throw error;
    }
  }
}

async function archivePage(context: CaptureContext): Promise<ExtraArtifacts> {
  if (!offersPageCapture()) return skipped(context, 'this browser cannot save page archives (MHTML)');
  // An optional permission, asked for when the person turns page archives on (manifest.config.ts).
  if (!(await browser.permissions.contains({ permissions: ['pageCapture'] }))) return skipped(context, PAGE_ARCHIVES_OFF);
  const pageCapture = (browser as { pageCapture?: PageCapture }).pageCapture;
  if (!pageCapture) return skipped(context, 'this browser cannot save page archives (MHTML)');
  context.progress({ phase: 'archive', done: 0, total: 1 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const saved = await Promise.race([
      saveMhtml(pageCapture, context.tabId),
      new Promise<'late'>((done) => {
        timer = setTimeout(() => done('late'), ARCHIVE_TIME_LIMIT_MS);
      }),
      new Promise<'cancelled'>((done) => {
        // Cancelled while the permission was being checked: the abort event has already fired.
        if (context.signal.aborted) done('cancelled');
        else context.signal.addEventListener('abort', () => done('cancelled'), { once: true });
      }),
    ]);
    if (saved === 'late') return skipped(context, `it took longer than ${ARCHIVE_TIME_LIMIT_MS / 1000} seconds`);
    if (saved === 'cancelled') return skipped(context, 'the capture was cancelled first');
    if (!saved) return skipped(context, 'the browser returned nothing');
    const bytes = saved;
    const artifact: ArtifactRef = {
      id: crypto.randomUUID(),
      kind: 'mhtml',
      name: 'page.mhtml',
      mediaType: 'multipart/related',
      size: bytes.byteLength,
      sha256: await sha256Bytes(bytes),
      ...(context.keepImages ? {} : { stored: false as const, note: 'Only the fingerprint was kept: the archive holds the page’s images.' }),
    };
    context.progress({ phase: 'archive', done: 1, total: 1 });
    return { artifacts: [artifact], rows: context.keepImages ? [await sealArtifact(artifact.id, context.captureId, bytes, artifact.mediaType)] : [] };
  } catch (error) {
    return skipped(context, String((error as Error)?.message ?? error));
  } finally {
    clearTimeout(timer);
  }
}

/** No archive: the record says why, next to the media notes, under the page's own address. */
function skipped(context: CaptureContext, reason: string): ExtraArtifacts {
  return { artifacts: [], rows: [], observed: { mediaNotes: [{ sourceUrl: context.tabUrl, note: `No page archive (MHTML) was saved: ${reason}.` }] } };
}
