import browser, { type Tabs } from 'webextension-polyfill';

/**
 * Resolves with the tab once it has finished loading a web page, or null after `timeoutMs` or if
 * the tab closes. The listener is added before the tab is read, so a load that completes in
 * between is not missed.
 */
export function waitForTabLoaded(tabId: number, timeoutMs: number): Promise<Tabs.Tab | null> {
  return new Promise((resolve) => {
    const loaded = (tab: Tabs.Tab) => tab.status === 'complete' && /^https?:/.test(tab.url ?? '');
    const finish = (tab: Tabs.Tab | null) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve(tab);
    };
    const onUpdated = (id: number, _change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
      if (id === tabId && loaded(tab)) finish(tab);
    };
    const onRemoved = (id: number) => {
      if (id === tabId) finish(null);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.tabs.get(tabId).then(
      (tab) => {
        if (loaded(tab)) finish(tab);
      },
      () => finish(null),
    );
  });
}
