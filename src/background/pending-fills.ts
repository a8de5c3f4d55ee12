import browser from 'webextension-polyfill';
import type { FillReport, FillValues, RouteRef } from '../shared/takedown-types';

/** A request being prepared in one tab: what the person chose to share, and what was filled. */
export interface PendingFill {
  tabId: number;
  caseId: string;
  captureIds: string[];
  route: RouteRef;
  values: FillValues;
  /** The latest fill of that tab, kept so "I sent it" can record what stood in the form. */
  report?: FillReport;
}

const KEY = 'preserve.pendingFills';

/*
 * chrome.storage.session: in memory only, gone when the browser closes, and readable only by
 * Preserve's own pages and worker. The values are the person's name and email, so they are never
 * written to disk before the request is recorded (then they are sealed like every record).
 */
async function all(): Promise<Record<string, PendingFill>> {
  return ((await browser.storage.session.get(KEY))[KEY] as Record<string, PendingFill> | undefined) ?? {};
}

export async function pendingFillFor(tabId: number): Promise<PendingFill | null> {
  return (await all())[String(tabId)] ?? null;
}

export async function keepPendingFill(fill: PendingFill): Promise<void> {
  await browser.storage.session.set({ [KEY]: { ...(await all()), [String(fill.tabId)]: fill } });
}

export async function forgetPendingFill(tabId: number): Promise<void> {
  const { [String(tabId)]: _gone, ...rest } = await all();
  await browser.storage.session.set({ [KEY]: rest });
}
