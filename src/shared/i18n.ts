import type { MessageKey, MessageParams } from '../locales';

export type { MessageKey, MessageParams };

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** Firefox's `browser.i18n` or Chrome's `chrome.i18n`: the same synchronous call in pages and the worker. */
function i18nApi(): I18nApi | undefined {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/**
 * The sentence for `key` in the browser's language, from _locales. `params` fills the message's
 * {placeholders}: pass exactly those names (the build numbers them in sorted-name order, and every
 * language uses the same names; tests/unit/locales checks both). A key the browser does not know
 * shows as itself, so a gap is visible rather than blank.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const api = i18nApi();
  if (!api) throw new Error('browser.i18n is not available here');
  const substitutions = params
    ? Object.keys(params)
        .sort()
        .map((name) => String(params[name]))
    : undefined;
  return api.getMessage(key, substitutions) || key;
}

/**
 * The language of the catalogue browser.i18n actually serves ("en", "es"), so the report and the
 * letters default to the language the person reads. Not getUILanguage(): headless Chromium started
 * with --lang=es served Spanish while getUILanguage() said "en-US".
 */
export function uiLanguage(): string {
  const api = i18nApi();
  return api?.getMessage('common_language_tag') || api?.getUILanguage() || 'en';
}
