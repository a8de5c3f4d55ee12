import type { Page } from 'puppeteer-core';

export interface RawReply {
  ok: boolean;
  value?: unknown;
  error?: { code?: string; message?: string };
}

/**
 * Sends one message of Preserve's protocol from an extension page, exactly as the page's own api
 * does, and returns the worker's raw reply (errors stay replies, so a test can check their codes).
 */
export function sendFromPage(extensionPage: Page, type: string, payload: unknown): Promise<RawReply> {
  return extensionPage.evaluate((message) => chrome.runtime.sendMessage(message), { preserve: 1, type, payload });
}
