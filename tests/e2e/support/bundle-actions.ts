/** Exporting and importing evidence bundles the way a person does: through the options page. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { openOptions, waitFor, type ExtensionSession } from './browser';

export type BundleCopy = 'legal' | 'platform';

/**
 * Clicks "Export evidence bundle" on an options page that is already open and returns the path of
 * the new .zip in the downloads folder. The page stays open: with "erase exports from the download
 * list" on, it is the options page that erases the download once it is saved.
 */
export async function exportThroughButtonOn(options: Page, downloads: string, copy: BundleCopy): Promise<string> {
  const before = new Set(readdirSync(downloads));
  await options.waitForSelector('.capture-row');
  if (copy === 'platform') await options.click('::-p-text(Platform copy)');
  await options.click('::-p-aria(Export evidence bundle)');
  await options.waitForSelector('[data-testid="export-done"]', { timeout: 30_000 });
  let file = '';
  await waitFor(() => {
    file = readdirSync(downloads).find((name) => !before.has(name) && name.endsWith('.zip')) ?? '';
    return Boolean(file);
  }, `the ${copy} bundle to be downloaded`);
  return join(downloads, file);
}

/** Opens the options page, exports the chosen copy through the button, and closes the page. */
export async function exportThroughButton(session: ExtensionSession, downloads: string, copy: BundleCopy): Promise<string> {
  const options = await openOptions(session);
  const zip = await exportThroughButtonOn(options, downloads, copy);
  await options.close();
  return zip;
}

/** Imports a bundle through the options page's file input and waits until it is stored. */
export async function importThroughOptions(session: ExtensionSession, zip: string): Promise<void> {
  const options = await openOptions(session);
  const input = (await options.waitForSelector('input[type="file"][data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(zip);
  await options.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
  await options.close();
}
