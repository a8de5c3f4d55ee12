/*
 * Right-click an image → "Find copies of this image (sends its address)" → an engine. The engine's
 * search-by-address page opens in a new tab next to this one; only the address goes to the engine,
 * and only because the person chose it. An image with no web address (data:, blob:) opens My
 * images, which explains how to upload it to an engine by hand.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { engineOfMenuId, REVERSE_SEARCH_ENGINES, type ReverseSearchEngine, reverseSearchMenuId, reverseSearchUrl } from '../matching/reverse-search';
import { t } from '../shared/i18n';

const PARENT_ID = 'preserve-find-copies';

const ENGINE_NAMES = {
  'google-lens': 'images_engine_google_lens',
  bing: 'images_engine_bing',
  tineye: 'images_engine_tineye',
  yandex: 'images_engine_yandex',
} as const satisfies Record<ReverseSearchEngine, string>;

export function createReverseSearchMenu(): void {
  browser.contextMenus.create({ id: PARENT_ID, title: t('images_menu_find_copies'), contexts: ['image'] });
  for (const engine of REVERSE_SEARCH_ENGINES) {
    browser.contextMenus.create({ id: reverseSearchMenuId(engine), parentId: PARENT_ID, title: t(ENGINE_NAMES[engine]), contexts: ['image'] });
  }
}

/** True when the click was one of these items (handled here). */
export function openReverseSearch(info: Menus.OnClickData, tab: Tabs.Tab | undefined): boolean {
  const engine = engineOfMenuId(info.menuItemId);
  if (!engine) return false;
  const url = (info.srcUrl && reverseSearchUrl(engine, info.srcUrl)) || browser.runtime.getURL('src/options/index.html#images');
  void browser.tabs.create({
    url,
    active: true,
    ...(tab?.index !== undefined && { index: tab.index + 1 }),
    ...(tab?.id !== undefined && { openerTabId: tab.id }),
  });
  return true;
}
