import browser, { type Menus } from 'webextension-polyfill';
import { type CaptureRequest, takeCapture } from '../capture/take-capture';
import { thumbnailFor } from '../db/thumbnails';
import { definedOnly } from '../shared/defined-only';
import { t } from '../shared/i18n';
import type { CaptureTrigger, ContextTarget } from '../shared/types';
import { captureIncident } from './incident-auto';
import { testCommitHooks } from './test-hooks';

export const CONTEXT_MENU_ID = 'preserve-save-evidence';

/** The browser's own account of what was right-clicked. */
export function contextTargetOf(info: Menus.OnClickData): ContextTarget {
  const mediaType = info.mediaType === 'image' || info.mediaType === 'video' || info.mediaType === 'audio' ? info.mediaType : undefined;
  return definedOnly({
    mediaType,
    srcUrl: info.srcUrl,
    linkUrl: info.linkUrl,
    selectionText: info.selectionText,
    frameUrl: info.frameUrl,
    pageUrl: info.pageUrl,
  });
}

/**
 * Context-menu and shortcut captures have no popup to answer in, so the toolbar badge says how
 * it went: a tick, or "!" with the reason in the button's tooltip. No notification is shown,
 * because notifications can be seen by others and may outlive the moment.
 */
export async function captureFromBrowserEvent(tabId: number, trigger: CaptureTrigger, contextTarget?: ContextTarget) {
  try {
    const { record } = await captureAndThumbnail(tabId, trigger, contextTarget);
    await showBadge(tabId, '✓', '#2e6b4c', t('common_badge_saved', { time: record.observed.capturedAtLocal }));
    return record;
  } catch (error) {
    await showBadge(tabId, '!', '#8a3b12', t('common_badge_failed', { reason: (error as Error).message }));
    return null;
  }
}

export async function captureAndThumbnail(
  tabId: number,
  trigger: CaptureTrigger,
  contextTarget?: ContextTarget,
  caseId?: string,
  job: Pick<CaptureRequest, 'mode' | 'signal' | 'progress' | 'conversation' | 'matchedImages'> = {},
) {
  const result = await takeCapture(
    { tabId, trigger, ...(contextTarget && { contextTarget }), ...(caseId && { caseId }), ...job, incidentFor: captureIncident },
    testCommitHooks(),
  );
  // The thumbnail is drawn after the reply so it never delays or endangers the evidence.
  // With encryption on it is sealed like the screenshot, so drawing it never needs the passphrase.
  const { screenshot } = result;
  if (screenshot) setTimeout(() => void thumbnailFor(result.record.id, screenshot).catch(() => undefined), 100);
  return result;
}

async function showBadge(tabId: number, text: string, color: string, title: string) {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
