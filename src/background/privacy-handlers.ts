import browser from 'webextension-polyfill';
import { database } from '../db/schema';
import { forgetCaptureSettings } from '../capture/capture-settings';
import { recordExport } from '../db/backup-status';
import { recordCaseExport } from '../db/record-case-export';
import { readSettings, writeSettings } from '../db/settings';
import { lockNow } from '../db/vault';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { sanitizeSettings } from '../shared/settings';

/**
 * Quick exit: the current tab goes to the neutral page the person chose, and every other
 * Preserve tab closes. The current tab is replaced rather than closed, so the browser never
 * falls back to showing whatever tab was behind it (often the abusive page itself).
 * It also locks the store, so whoever sits down next needs the passphrase.
 */
export async function quickExit(): Promise<void> {
  const { quickExitUrl } = await readSettings(database());
  const ownOrigin = browser.runtime.getURL('');
  const [current] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const ours = (await browser.tabs.query({})).filter((tab) => tab.url?.startsWith(ownOrigin) && tab.id !== current?.id);
  await lockNow();
  await Promise.allSettled([
    current?.id !== undefined ? browser.tabs.update(current.id, { url: quickExitUrl }) : browser.tabs.create({ url: quickExitUrl }),
    ...ours.map((tab) => browser.tabs.remove(tab.id!)),
  ]);
}

export const privacyHandlers = {
  'privacy.quickExit': async (): Promise<ResponseOf<'privacy.quickExit'>> => {
    await quickExit();
    return { done: true };
  },
  /** Remembered so Preserve can suggest a backup after enough new captures. */
  'export.recorded': async ({ exportedAt, caseId }: RequestOf<'export.recorded'>): Promise<ResponseOf<'export.recorded'>> => {
    if (Number.isNaN(Date.parse(exportedAt))) throw new Error('Not a date.');
    await recordExport(database(), new Date(exportedAt).toISOString());
    if (typeof caseId === 'string') await recordCaseExport(database(), caseId, new Date(exportedAt).toISOString());
    return { done: true };
  },
  'settings.update': async ({ patch }: RequestOf<'settings.update'>): Promise<ResponseOf<'settings.update'>> => {
    const saved = await writeSettings(database(), sanitizeSettings(patch));
    forgetCaptureSettings();
    return saved;
  },
};
