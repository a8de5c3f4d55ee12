import browser from 'webextension-polyfill';
import { linkChecksOf, monitorsOf } from '../db/workspace-queries';
import type { LinkCheckRecord, MonitorRecord } from '../shared/matching-types';
import type { RequestOf } from '../shared/messages';
import { sendMessage } from '../shared/send-message';
import { originsToAsk, watchableUrls } from '../takedowns/link-state';
import { captureDigests } from './capture-digests';

export interface MonitorState {
  monitors: MonitorRecord[];
  /** Oldest first. */
  checks: LinkCheckRecord[];
}

export interface MonitorApi {
  monitorState(caseId: string): Promise<MonitorState>;
  /** The case's captured addresses that watching would cover; read after the evidence list (see capture-digests.ts). */
  watchableLinks(caseId: string): Promise<string[]>;
  /**
   * Asks for host access to exactly these addresses' sites. Must be called first in the click
   * handler: the browser asks only during the person's gesture. A refusal is an answer.
   */
  askToWatch(urls: string[]): Promise<boolean>;
  configureMonitor(request: RequestOf<'monitor.configure'>): Promise<MonitorRecord[]>;
  checkLinksNow(caseId: string): Promise<LinkCheckRecord[]>;
}

export const monitorApi: MonitorApi = {
  async monitorState(caseId) {
    const [monitors, checks] = await Promise.all([monitorsOf(caseId), linkChecksOf(caseId)]);
    return { monitors, checks };
  },
  watchableLinks: async (caseId) => watchableUrls(await captureDigests(caseId)).map(({ url }) => url),
  askToWatch(urls) {
    const origins = originsToAsk(urls);
    if (!origins.length) return Promise.resolve(false);
    return browser.permissions.request({ origins }).catch(() => false);
  },
  configureMonitor: async (request) => (await sendMessage('monitor.configure', request)).monitors,
  checkLinksNow: async (caseId) => (await sendMessage('monitor.checkNow', { caseId })).checks,
};
