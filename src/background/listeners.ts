import browser, { type Runtime } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { CAPTURE_COMMAND, QUICK_EXIT_COMMAND } from '../shared/constants';
import { ensureDefaultCase } from '../db/cases';
import { database } from '../db/schema';
import { CONTEXT_MENU_ID, captureFromBrowserEvent, contextTargetOf } from './capture-events';
import { quickExit } from './privacy-handlers';
import { handleMessage } from './router';
import { checkIdleLock, IDLE_ALARM, resumeEncryption } from './lock-handlers';
import { extensionSessionStore } from '../db/session-store';
import { useSessionStore } from '../db/vault';
import { installTestHooks } from './test-hooks';
import { createReverseSearchMenu, openReverseSearch } from './reverse-search-menu';
import { MONITOR_ALARM, runDueChecks } from './monitor-check';

export function registerListeners(): void {
  useSessionStore(extensionSessionStore);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) void checkIdleLock();
    if (alarm.name === MONITOR_ALARM) void runDueChecks().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void resumeEncryption());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await ensureDefaultCase(database());
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#welcome'), active: true });
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: CONTEXT_MENU_ID,
        title: t('common_menu_save_evidence'),
        contexts: ['page', 'image', 'video', 'audio', 'link', 'selection', 'frame'],
      });
      createReverseSearchMenu();
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (openReverseSearch(info, tab)) return;
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    void captureFromBrowserEvent(tab.id, 'context-menu', contextTargetOf(info));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === QUICK_EXIT_COMMAND) return void quickExit();
    if (command !== CAPTURE_COMMAND || tab?.id === undefined) return;
    void captureFromBrowserEvent(tab.id, 'shortcut');
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));
  if (__E2E__) installTestHooks();
  // A migration interrupted by the worker stopping picks up where it left off.
  void resumeEncryption().catch(() => undefined);
}
