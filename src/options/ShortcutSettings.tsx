import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/**
 * The shortcuts as the browser has them now (a person, or someone else on this computer, may have
 * changed them), and where each browser lets them be changed: extensions cannot change them.
 */
export function ShortcutSettings() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  // Only Firefox has runtime.getBrowserInfo; its shortcut settings live somewhere else than Chrome's.
  const inFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(commands.map((command) => ({ name: command.name ?? '', description: command.description ?? '', keys: command.shortcut ?? '' }))),
      )
      .catch(() => setShortcuts([]));
  }, []);
  return (
    <section class="setting" aria-labelledby="shortcuts-heading">
      <h3 id="shortcuts-heading">{t('settings_shortcuts_heading')}</h3>
      <ul data-testid="shortcuts">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.name}>
            {shortcut.description}: <kbd>{shortcut.keys || t('settings_shortcut_none')}</kbd>
          </li>
        ))}
      </ul>
      <p class="muted">{inFirefox ? t('settings_shortcuts_change_firefox') : t('settings_shortcuts_change_chrome')}</p>
    </section>
  );
}
