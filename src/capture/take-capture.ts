import browser from 'webextension-polyfill';
import { sealArtifact } from '../db/artifact-store';
import { type CaptureIncident, commitCapture, type CommitHooks, type PendingCapture } from '../db/commit-capture';
import { database } from '../db/schema';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import { sha256Bytes } from '../shared/hash';
import type { ConversationRange } from '../shared/conversation';
import type { CaptureSummary } from '../shared/messages';
import type { ArtifactRef, CaptureRecord, CaptureTrigger, ContextTarget, MatchedImage } from '../shared/types';
import { browserInfo } from './browser-info';
import { assertCapturableUrl, explainCaptureFailure } from './capturable';
import { keepsImages } from '../shared/settings';
import type { CaptureMode, CaptureProgress } from './capture-extras';
import { runCaptureExtras } from './run-capture-extras';
import { captureVisibleTabPng } from './capture-screenshot';
import { captureSettings } from './capture-settings';
import { collectClaimedFacts } from './collect-claimed-facts';
import { dataUrlToBytes } from './decode';
import { describeCapture } from './describe-capture';
import { buildObservedFacts, pngSize } from './observed-facts';

export interface CaptureRequest {
  tabId: number;
  trigger: CaptureTrigger;
  contextTarget?: ContextTarget;
  /** The case to file it in; the active case when absent. A request's confirmation goes to the request's case. */
  caseId?: string;
  /** 'visible' when absent. */
  mode?: CaptureMode;
  /** Cancels the extra steps; what was taken is kept, marked partial. */
  signal?: AbortSignal;
  progress?: (update: CaptureProgress) => void;
  /** Mode 'conversation': how far back to scroll. */
  conversation?: ConversationRange;
  /** "Find my images on this page": the matches, recorded with what the browser observed. */
  matchedImages?: MatchedImage[];
  /** The incident-log entry this capture adds (the worker's log rules), committed with it; null adds none. */
  incidentFor?: (capture: PendingCapture) => CaptureIncident | null;
}

/**
 * The one capture path behind the popup, the context menu and the shortcut: photograph the
 * visible tab and ask the page about itself at the same time, hash, then commit everything in
 * one transaction.
 */
export async function takeCapture(
  request: CaptureRequest,
  hooks: CommitHooks = {},
): Promise<{ record: CaptureRecord; summary: CaptureSummary; screenshot: Blob | null }> {
  const started = performance.now();
  try {
    const [tab, fileAccess] = await Promise.all([browser.tabs.get(request.tabId), browser.extension.isAllowedFileSchemeAccess()]);
    assertCapturableUrl(tab.url, { fileAccess });
    // The browser photographs whichever tab is in front; refuse rather than save another page.
    if (!tab.active) throw new UserFacingError(t('errors_tab_hidden'), 'tab-hidden');
    const now = new Date();
    const [screenshotUrl, claimed, window, browserDetails, settings] = await Promise.all([
      captureVisibleTabPng(tab.windowId),
      collectClaimedFacts(tab.id!, tab.url!, { srcUrl: request.contextTarget?.srcUrl, linkUrl: request.contextTarget?.linkUrl }),
      browser.windows.get(tab.windowId!).catch(() => null),
      browserInfo(),
      captureSettings(),
    ]);
    const screenshot = dataUrlToBytes(screenshotUrl);
    const captureId = crypto.randomUUID();
    const artifact = await screenshotArtifact(screenshot, keepsImages(settings));
    const rows = artifact.stored === false ? [] : [await sealArtifact(artifact.id, captureId, screenshot, artifact.mediaType)];
    const extras = await runCaptureExtras({
      tabId: request.tabId,
      windowId: tab.windowId!,
      tabUrl: tab.url!,
      captureId,
      mode: request.mode ?? 'visible',
      keepImages: keepsImages(settings),
      ...(request.contextTarget && { contextTarget: request.contextTarget }),
      claimed,
      ...(request.conversation && { conversation: request.conversation }),
      ...(artifact.width && tab.width && { visibleScreenshot: { png: screenshot, devicePixelRatio: artifact.width / tab.width } }),
      signal: request.signal ?? new AbortController().signal,
      progress: request.progress ?? (() => undefined),
    });
    const observed = buildObservedFacts({
      tab: { ...tab, url: tab.url! },
      window,
      now,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      utcOffsetMinutes: -now.getTimezoneOffset(),
      screenshot: artifact.width ? { width: artifact.width, height: artifact.height! } : null,
      browser: browserDetails,
      extensionVersion: browser.runtime.getManifest().version,
      contextTarget: request.contextTarget,
    });
    const pending: PendingCapture = {
      id: captureId,
      trigger: request.trigger,
      observed: { ...observed, ...extras.observed, ...(request.matchedImages?.length && { matchedImages: request.matchedImages }) },
      claimed,
      artifacts: [artifact, ...extras.artifacts],
      ...(request.caseId && { caseId: request.caseId }),
    };
    const record = await commitCapture(database(), pending, [...rows, ...extras.rows], hooks, request.incidentFor?.(pending) ?? undefined);
    // The screenshot goes back too, so its list thumbnail is drawn (and sealed) without opening it again.
    const kept = artifact.stored === false ? null : new Blob([screenshot as Uint8Array<ArrayBuffer>], { type: artifact.mediaType });
    return { record, summary: summarize(record, performance.now() - started), screenshot: kept };
  } catch (error) {
    throw explainCaptureFailure(error);
  }
}

async function screenshotArtifact(bytes: Uint8Array, kept: boolean): Promise<ArtifactRef> {
  const size = pngSize(bytes);
  return {
    id: crypto.randomUUID(),
    kind: 'screenshot',
    name: 'screenshot.png',
    mediaType: 'image/png',
    size: bytes.byteLength,
    sha256: await sha256Bytes(bytes),
    ...(size ?? {}),
    ...(kept ? {} : { stored: false as const }),
  };
}

function summarize(record: CaptureRecord, elapsedMs: number): CaptureSummary {
  const [screenshot] = record.artifacts;
  if (!screenshot) throw new Error('The capture was stored without its screenshot.');
  return {
    captureId: record.id,
    caseId: record.caseId,
    seq: record.seq,
    recordHash: record.recordHash,
    capturedAt: record.observed.capturedAt,
    capturedAtLocal: record.observed.capturedAtLocal,
    timeZone: record.observed.timeZone,
    tabUrl: record.observed.tabUrl,
    screenshotArtifactId: screenshot.id,
    screenshotStored: screenshot.stored !== false,
    label: describeCapture(record.claimed?.platform ?? null, record.claimed?.post ?? null),
    elapsedMs: Math.round(elapsedMs),
  };
}
