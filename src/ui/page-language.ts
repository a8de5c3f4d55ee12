import { type MessageKey, t, uiLanguage } from '../shared/i18n';

/** The page's lang and title in the language of its text, so screen readers pronounce it right. */
export function applyPageLanguage(titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
