/**
 * Controls that could hide or reorder what the reader sees (C0/C1 controls, bidi overrides and
 * isolates, zero-width characters, the BOM). Line breaks are handled separately.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Collects which fields were shortened, so the person can be told rather than surprised. */
export interface Cleaner {
  line(value: string | undefined, max: number, field: string): string;
  block(value: string | undefined, max: number, field: string): string;
  clipped: string[];
}

export function createCleaner(): Cleaner {
  const clipped: string[] = [];
  const clip = (value: string, max: number, field: string): string => {
    const chars = Array.from(value);
    if (chars.length <= max) return value;
    if (!clipped.includes(field)) clipped.push(field);
    return `${chars.slice(0, max - 1).join('')}…`;
  };
  return {
    clipped,
    line: (value, max, field) =>
      clip(
        (value ?? '')
          .replace(/[\t\r\n]+/g, ' ')
          .replace(INVISIBLE, '')
          .replace(/ {2,}/g, ' ')
          .trim(),
        max,
        field,
      ),
    block: (value, max, field) =>
      clip(
        (value ?? '')
          .replace(/\r\n?/g, '\n')
          .replace(/\t/g, ' ')
          .replace(INVISIBLE, '')
          .split('\n')
          .map((row) => row.trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim(),
        max,
        field,
      ),
  };
}
