import browser from 'webextension-polyfill';

const RATE_LIMIT = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;
const RETRY_DELAY_MS = 550;
const MAX_ATTEMPTS = 4;

/**
 * Chromium allows two captureVisibleTab calls a second and fails the rest at once instead of
 * queueing them; a person clicking twice should get two captures, not an error.
 */
export async function captureVisibleTabPng(windowId: number | undefined): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !RATE_LIMIT.test(String((error as Error)?.message ?? error))) throw error;
      await new Promise((done) => setTimeout(done, RETRY_DELAY_MS));
    }
  }
}
