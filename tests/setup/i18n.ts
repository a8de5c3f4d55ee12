import { CATALOGUES, fillPlaceholders, placeholderNames } from '../../src/locales';

/*
 * Node has no browser.i18n. Unit tests get one that answers from the same catalogue the build
 * writes to _locales (English), with the browser's numbered substitutions, so components render
 * the text a person would see.
 */
const scope = globalThis as { chrome?: Record<string, unknown> };
const english: Record<string, string> = CATALOGUES.en;
scope.chrome ??= {};
scope.chrome.i18n ??= {
  getUILanguage: () => 'en-US',
  getMessage(key: string, substitutions?: string | string[]) {
    const text = english[key];
    if (text === undefined) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    const names = placeholderNames(text);
    return fillPlaceholders(text, Object.fromEntries(names.map((name, index) => [name, values[index] ?? `{${name}}`])));
  },
};
