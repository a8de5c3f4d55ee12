import browser from 'webextension-polyfill';
import snapshotScript from '../content/html-snapshot.iife.ts?iife';
import type { SnapshotRequest, SnapshotResult } from '../content/html-snapshot';
import { sealArtifact } from '../db/artifact-store';
import { sha256Bytes } from '../shared/hash';
import { t } from '../shared/i18n';
import type { ArtifactRef } from '../shared/types';
import type { CaptureContext, CaptureExtra, ExtraArtifacts } from './capture-extras';
import { ARCHIVE_TIME_LIMIT_MS, offersPageCapture } from './page-archive';

/** Images get most of the time; the rest is cloning, styles and bringing the file back. */
const IMAGE_TIME_MS = 3_000;

/** Addresses named in the record's note; the rest are counted. */
const NAMED = 10;

/**
 * The page archive where the browser has no pageCapture (Firefox): a self-contained HTML copy of
 * the page made in the page (src/content/html-snapshot.ts), which opens in any browser. It holds
 * the page's images, so in under-18 mode only its fingerprint is kept. It is bounded in time like
 * the MHTML archive, and a capture never waits for it longer than that.
 */
export const htmlSnapshotExtra: CaptureExtra = {
  name: 'html-snapshot',
  // Chrome keeps its MHTML archive (and its setting): this runs only where that cannot.
  applies: () => !offersPageCapture(),
  // Not because it scrolls: it copies the page's styles, which a full-page step changes while it
  // runs (fixed headers hidden), so it waits for that step to put them back.
  scrolls: true,
  run: snapshotPage,
};

async function snapshotPage(context: CaptureContext): Promise<ExtraArtifacts> {
  context.progress({ phase: 'archive', done: 0, total: 1 });
  const capturedAt = new Date().toISOString();
  const request: SnapshotRequest = {
    tabUrl: context.tabUrl,
    capturedAt,
    banner: t('report_html_snapshot_banner', { url: context.tabUrl, time: capturedAt }),
    timeBudgetMs: IMAGE_TIME_MS,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const result = await Promise.race([
      takeSnapshot(context.tabId, request),
      new Promise<'late'>((done) => {
        timer = setTimeout(() => done('late'), ARCHIVE_TIME_LIMIT_MS);
      }),
      new Promise<'cancelled'>((done) => {
        if (context.signal.aborted) done('cancelled');
        else context.signal.addEventListener('abort', () => done('cancelled'), { once: true });
      }),
    ]);
    if (result === 'late') return skipped(context, `it took longer than ${ARCHIVE_TIME_LIMIT_MS / 1000} seconds`);
    if (result === 'cancelled') return skipped(context, 'the capture was cancelled first');
    if (!result) return skipped(context, 'the page returned nothing');
    const bytes = new TextEncoder().encode(result.html);
    const artifact: ArtifactRef = {
      id: crypto.randomUUID(),
      kind: 'html',
      name: 'page.html',
      mediaType: 'text/html',
      size: bytes.byteLength,
      sha256: await sha256Bytes(bytes),
      ...(context.keepImages ? {} : { stored: false as const, note: 'Only the fingerprint was kept: the snapshot holds the page’s images.' }),
    };
    context.progress({ phase: 'archive', done: 1, total: 1 });
    const rows = context.keepImages ? [await sealArtifact(artifact.id, context.captureId, bytes, artifact.mediaType)] : [];
    const notes = leftOutNotes(context.tabUrl, result);
    return { artifacts: [artifact], rows, ...(notes.length && { observed: { mediaNotes: notes } }) };
  } catch (error) {
    return skipped(context, String((error as Error)?.message ?? error));
  } finally {
    clearTimeout(timer);
  }
}

async function takeSnapshot(tabId: number, request: SnapshotRequest): Promise<SnapshotResult | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: [snapshotScript] });
  const [answer] = await browser.scripting.executeScript({
    target: { tabId },
    func: (snapshotRequest: SnapshotRequest) =>
      (globalThis as unknown as { __preserveHtmlSnapshot?: (r: SnapshotRequest) => unknown }).__preserveHtmlSnapshot?.(snapshotRequest) ?? null,
    args: [request],
  });
  const result = answer?.result as SnapshotResult | null | undefined;
  return result && typeof result.html === 'string' ? result : null;
}

/** What the snapshot does not hold, said once each, under the page's address. */
function leftOutNotes(tabUrl: string, result: SnapshotResult): { sourceUrl: string; note: string }[] {
  const notes: { sourceUrl: string; note: string }[] = [];
  const list = (addresses: string[]) => {
    const unique = [...new Set(addresses)];
    const more = unique.length > NAMED ? ` and ${unique.length - NAMED} more` : '';
    return `${unique.slice(0, NAMED).join(', ')}${more}`;
  };
  if (result.stylesheetsLeftOut.length) {
    notes.push({
      sourceUrl: tabUrl,
      note: `The HTML snapshot leaves out style sheets the page could not read (another site’s): ${list(result.stylesheetsLeftOut)}.`,
    });
  }
  if (result.imagesLeftOut.length) {
    const why = result.outOfTime
      ? 'another site’s, not loaded, over the size limit, or after the time limit'
      : 'another site’s, not loaded, or over the size limit';
    notes.push({ sourceUrl: tabUrl, note: `The HTML snapshot keeps only the address of images it could not copy (${why}): ${list(result.imagesLeftOut)}.` });
  }
  return notes;
}

function skipped(context: CaptureContext, reason: string): ExtraArtifacts {
  return { artifacts: [], rows: [], observed: { mediaNotes: [{ sourceUrl: context.tabUrl, note: `No HTML snapshot was saved: ${reason}.` }] } };
}
