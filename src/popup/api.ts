import browser from 'webextension-polyfill';
import { readArtifactBlob } from '../db/artifact-store';
import { backupStatus, type BackupStatus } from '../db/backup-status';
import { database } from '../db/schema';
import { sendMessage } from '../shared/send-message';
import type { CaptureJobProgress, CaptureSummary, LockStatus, PageDescription, PageImageScan, RequestOf, ResponseOf } from '../shared/messages';
import type { MatchedImage } from '../shared/types';
import { listCaptures, listCases } from '../db/queries';
import type { ConversationRange } from '../shared/conversation';
import type { FillReport, FillValues } from '../shared/takedown-types';
import { defaultChoices, fillValuesFrom, localDate } from '../ui/fill-values';
import { loadSettings } from '../ui/load-settings';
import { takedownProfile } from '../db/takedown-queries';

/** Everything the popup needs from the browser and the background, in one place. */
export interface PopupApi {
  activeTabId(): Promise<number | null>;
  describePage(tabId: number): Promise<PageDescription>;
  /** With a jobId, captureProgress and cancelCapture can follow and stop it. */
  capture(tabId: number, mode?: 'visible' | 'full', jobId?: string): Promise<CaptureSummary>;
  captureProgress(jobId: string): Promise<CaptureJobProgress | null>;
  captureConversation(tabId: number, range: ConversationRange, jobId: string): Promise<CaptureSummary>;
  cancelCapture(jobId: string): Promise<void>;
  screenshot(artifactId: string): Promise<Blob>;
  openEvidence(captureId?: string): void;
  quickExit(): void;
  backupStatus(): Promise<BackupStatus>;
  lockStatus(): Promise<LockStatus>;
  under18(): Promise<boolean>;
  fill(request: RequestOf<'takedown.fill'>): Promise<FillReport>;
  sent(tabId: number, reference?: string): Promise<ResponseOf<'takedown.sent'>>;
  findContacts(tabId: number): Promise<ResponseOf<'takedown.findContacts'>>;
  /** For a form the person opened themselves: the default case's recent captures on that platform, and their ticked-by-default details. */
  fillContext(platformId: string | null): Promise<{ caseId: string; captureIds: string[]; values: FillValues } | null>;
  /** "Find my images on this page" (issue #12), and saving the page with what matched. */
  findMyImages(tabId: number): Promise<PageImageScan>;
  captureWithMatches(tabId: number, matchedImages: MatchedImage[]): Promise<CaptureSummary>;
  openMyImages(): void;
}

const RECENT = 50;

export const popupApi: PopupApi = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) return tab.id;
    // A popup opened without a focused window (automation, some window managers).
    const [lastFocused] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return lastFocused?.id ?? null;
  },
  describePage: (tabId) => sendMessage('page.describe', { tabId }),
  capture: (tabId, mode, jobId) => sendMessage('capture.take', { tabId, trigger: 'popup', ...(mode && { mode }), ...(jobId && { jobId }) }),
  captureProgress: (jobId) => sendMessage('capture.progress', { jobId }),
  captureConversation: (tabId, conversation, jobId) => sendMessage('capture.take', { tabId, trigger: 'popup', mode: 'conversation', conversation, jobId }),
  async cancelCapture(jobId) {
    await sendMessage('capture.cancel', { jobId });
  },
  screenshot: (artifactId) => readArtifactBlob(artifactId),
  backupStatus: () => backupStatus(database()),
  lockStatus: () => sendMessage('lock.status', {}),
  quickExit() {
    void sendMessage('privacy.quickExit', {}).finally(() => window.close());
  },
  under18: async () => (await loadSettings()).ageOfPersonShown === 'under-18',
  fill: (request) => sendMessage('takedown.fill', request),
  sent: (tabId, reference) => sendMessage('takedown.sent', { tabId, ...(reference && { reference }) }),
  findContacts: (tabId) => sendMessage('takedown.findContacts', { tabId }),
  async fillContext(platformId) {
    const cases = await listCases();
    const current = cases.find((c) => c.isDefault) ?? cases[0];
    if (!current) return null;
    const recent = (await listCaptures(current.id, RECENT, 0)).filter(
      (capture) => capture.trigger !== 'request-confirmation' && (!platformId || capture.claimed?.platform?.platform.id === platformId),
    );
    const profile = await takedownProfile().catch(() => null);
    const urls = [...new Set(recent.map((capture) => capture.observed.tabUrl))];
    return {
      caseId: current.id,
      captureIds: recent.map((capture) => capture.id),
      values: fillValuesFrom(profile, defaultChoices(profile, urls), localDate(new Date())),
    };
  },
  findMyImages: (tabId) => sendMessage('images.findOnPage', { tabId }),
  captureWithMatches: (tabId, matchedImages) => sendMessage('capture.take', { tabId, trigger: 'popup', matchedImages }),
  openMyImages() {
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#images') });
    window.close();
  },
  openEvidence(captureId) {
    const url = browser.runtime.getURL(`src/options/index.html${captureId ? `#capture/${captureId}` : ''}`);
    void browser.tabs.create({ url });
    window.close();
  },
};
