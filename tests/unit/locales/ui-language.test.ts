import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/locales';
import { uiLanguage } from '../../../src/shared/i18n';

/*
 * Headless Chromium started with --lang=es served the Spanish catalogue while getUILanguage()
 * said "en-US": the report and letters must default to the language the person actually reads.
 */
const scope = globalThis as unknown as { chrome: { i18n: unknown } };
const fake = scope.chrome.i18n;

afterEach(() => {
  scope.chrome.i18n = fake;
});

function serve(catalogue: Record<string, string>, browserSays: string): void {
  scope.chrome.i18n = { getUILanguage: () => browserSays, getMessage: (key: string) => catalogue[key] ?? '' };
}

describe('uiLanguage', () => {
  it('is the language of the catalogue served, not what getUILanguage says', () => {
    serve(CATALOGUES.es, 'en-US');
    expect(uiLanguage()).toBe('es');
    serve(CATALOGUES.en, 'es-419');
    expect(uiLanguage()).toBe('en');
  });

  it('falls back to the browser language when the catalogue has no tag', () => {
    serve({}, 'es-419');
    expect(uiLanguage()).toBe('es-419');
  });
});
