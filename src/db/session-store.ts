import browser from 'webextension-polyfill';
import type { SessionStore, UnlockSession } from './vault';

const KEY = 'preserve.unlock';

/**
 * chrome.storage.session: kept in memory, cleared when the browser closes, and readable only by
 * Preserve's own pages and worker (not by content scripts, not by web pages).
 */
export const extensionSessionStore: SessionStore = {
  async get() {
    const value = (await browser.storage.session.get(KEY))[KEY];
    return (value as UnlockSession | undefined) ?? null;
  },
  async set(session) {
    await browser.storage.session.set({ [KEY]: session });
  },
  async clear() {
    await browser.storage.session.remove(KEY);
  },
};
