/**
 * Characters that let text from a bundle rewrite what a terminal or page shows around it: C0
 * controls (newline, ESC for escape sequences), DEL, C1 controls (CSI), and the invisible Unicode
 * controls that reorder or hide text (bidi marks, embeddings, overrides like U+202E, isolates,
 * line and paragraph separators, zero-width characters, the BOM).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\\]/g;

/**
 * Everything taken from a bundle goes through this before it is printed or shown: each unsafe
 * character becomes a visible \u{…} escape (and a backslash becomes \\, so an escape can't be faked).
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (char) => (char === '\\' ? '\\\\' : `\\u{${char.codePointAt(0)!.toString(16).padStart(4, '0')}}`));
}
