import browser from 'webextension-polyfill';
import { readArtifactBlob } from '../db/artifact-store';
import { backupStatus, type BackupStatus } from '../db/backup-status';
import { database } from '../db/schema';
import { sendMessage } from '../shared/send-message';
import type { CaptureSummary, LockStatus, PageDescription } from '../shared/messages';

/** Everything the popup needs from the browser and the background, in one place. */
export interface PopupApi {
  activeTabId(): Promise<number | null>;
  describePage(tabId: number): Promise<PageDescription>;
  capture(tabId: number): Promise<CaptureSummary>;
  screenshot(artifactId: string): Promise<Blob>;
  openEvidence(captureId?: string): void;
  quickExit(): void;
  backupStatus(): Promise<BackupStatus>;
  lockStatus(): Promise<LockStatus>;
}

export const popupApi: PopupApi = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) return tab.id;
    // A popup opened without a focused window (automation, some window managers).
    const [lastFocused] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return lastFocused?.id ?? null;
  },
  describePage: (tabId) => sendMessage('page.describe', { tabId }),
  capture: (tabId) => sendMessage('capture.take', { tabId, trigger: 'popup' }),
  screenshot: (artifactId) => readArtifactBlob(artifactId),
  backupStatus: () => backupStatus(database()),
  lockStatus: () => sendMessage('lock.status', {}),
  quickExit() {
    void sendMessage('privacy.quickExit', {}).finally(() => window.close());
  },
  openEvidence(captureId) {
    const url = browser.runtime.getURL(`src/options/index.html${captureId ? `#capture/${captureId}` : ''}`);
    void browser.tabs.create({ url });
    window.close();
  },
};
