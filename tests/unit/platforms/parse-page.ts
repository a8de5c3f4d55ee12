import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

/**
 * Parses saved HTML the way a page would be seen, with scripts switched off: fixtures come from
 * the web and must never run. DOMParser does not execute scripts either; the settings are a
 * second lock.
 */
export function newPageWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
}

export function parsePage(html: string, url: string): Document {
  return new (newPageWindow(url).DOMParser)().parseFromString(html, 'text/html') as unknown as Document;
}

export function loadFixture(platform: string, file: string, url: string): Document {
  return parsePage(readFileSync(join(FIXTURES, platform, file), 'utf8'), url);
}
