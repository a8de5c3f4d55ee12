import { type MessageKey, t } from '../shared/i18n';

/**
 * The language of the text browser.i18n actually serves ("en", "es"). Headless Chromium started
 * with --lang=es served the Spanish catalogue while getUILanguage() still said "en-US", so the
 * page's lang and its dates follow the catalogue, not getUILanguage().
 */
export function textLanguage(): string {
  return t('common_language_tag');
}

/** The page's lang and title in the language of its text, so screen readers pronounce it right. */
export function applyPageLanguage(titleKey: MessageKey): void {
  document.documentElement.lang = textLanguage();
  document.title = t(titleKey);
}
