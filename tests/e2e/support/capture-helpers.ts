import type { Page, WebWorker } from 'puppeteer-core';
import { createHash } from 'node:crypto';
import { openPopup, waitFor, type ExtensionSession } from './browser';
import { dumpStore, readCaptures } from './store';

let lastCaptureAt = 0;

/** captureVisibleTab allows two calls a second; 600 ms apart never trips it. */
export async function paceCaptures(): Promise<void> {
  const wait = lastCaptureAt + 650 - Date.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  lastCaptureAt = Date.now();
}

export async function tabIdOf(worker: WebWorker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Runs the real context-menu listener, as the browser does when "Save evidence" is chosen. */
export async function dispatchContextMenu(worker: WebWorker, tabId: number, info: Record<string, unknown>): Promise<void> {
  await paceCaptures();
  await worker.evaluate(
    async (id, clickInfo) => {
      const tab = await chrome.tabs.get(id);
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
        { menuItemId: 'preserve-save-evidence', editable: false, ...clickInfo },
        tab,
      );
    },
    tabId,
    info,
  );
}

/** Runs the real keyboard-shortcut listener (synthetic key presses do not reach chrome.commands). */
export async function dispatchShortcut(worker: WebWorker, tabId: number): Promise<void> {
  await paceCaptures();
  await worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    (chrome.commands.onCommand as unknown as { dispatch(c: string, t: unknown): void }).dispatch('save-evidence', tab);
  }, tabId);
}

export async function waitForCaptureCount(_session: ExtensionSession, extensionPage: Page, count: number) {
  await waitFor(async () => (await readCaptures(extensionPage)).length >= count, `${count} captures`, 15_000);
  return dumpStore(extensionPage);
}

/** Node's own SHA-256, independent of the extension's hashing code. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Opens the popup on `target`, waits until it knows the page, and clicks "Save evidence". */
export async function saveThroughPopup(session: ExtensionSession, target: Page): Promise<Page> {
  await paceCaptures();
  const popup = await openPopup(session, target);
  await popup.waitForSelector('::-p-aria(Save evidence)');
  await popup.waitForFunction(() => document.querySelector<HTMLButtonElement>('button.save')?.disabled === false);
  await popup.click('::-p-aria(Save evidence)');
  await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
  return popup;
}
