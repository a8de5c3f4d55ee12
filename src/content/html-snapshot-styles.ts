/**
 * Style sheets as the page holds them (the CSSOM), so rules a script inserted with insertRule,
 * which a <style> element's text does not show, are kept too. Only sheets the page itself can
 * read are inlined; a sheet from another site that refuses to be read is left out and named.
 */

/** `url(…)` in rule text, quoted or not, as the CSSOM writes it. */
const CSS_URL = /url\(\s*(["']?)((?:\\.|(?!\1)[^\\)])*?)\1\s*\)/g;

/**
 * Rewrites every relative `url(…)` in `cssText` against `base`, the address of the sheet it came
 * from: once inlined, the rule sits in the page, whose address would otherwise resolve it.
 * `url(#id)` (a reference inside the page, e.g. an SVG gradient) and data: stay as they are.
 */
export function absoluteCssUrls(cssText: string, base: string): string {
  return cssText.replace(CSS_URL, (whole, _quote: string, raw: string) => {
    const value = raw.replace(/\\(["'\\])/g, '$1').trim();
    if (!value || value.startsWith('#') || /^data:/i.test(value)) return whole;
    try {
      return `url(${JSON.stringify(new URL(value, base).href)})`;
    } catch {
      return whole;
    }
  });
}

export interface SheetText {
  text: string;
  /** Imported sheets that could not be read, by address. */
  leftOut: string[];
}

/** The sheet's rules as text, @imports inlined where readable; throws when the sheet itself cannot be read. */
export function sheetText(sheet: CSSStyleSheet, base: string, depth = 0): SheetText {
  const leftOut: string[] = [];
  const parts: string[] = [];
  // cssRules throws a SecurityError for another site's sheet loaded without CORS.
  for (const rule of Array.from(sheet.cssRules)) {
    const imported = (rule as CSSImportRule).styleSheet;
    if (rule.type === 3 /* CSSRule.IMPORT_RULE */) {
      const href = (rule as CSSImportRule).href;
      try {
        if (!imported || depth >= 8) throw new Error('not loaded');
        const inner = sheetText(imported, imported.href ?? base, depth + 1);
        const media = (rule as CSSImportRule).media?.mediaText ?? '';
        parts.push(media && media !== 'all' ? `@media ${media} {\n${inner.text}\n}` : inner.text);
        leftOut.push(...inner.leftOut);
      } catch {
        leftOut.push(new URL(href, base).href);
      }
      continue;
    }
    parts.push(absoluteCssUrls(rule.cssText, base));
  }
  return { text: parts.join('\n'), leftOut };
}
