/** A letter before it is written out, so the text and the HTML say exactly the same thing. */
export type Block =
  | { type: 'meta'; rows: Array<[label: string, value: string]> }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'lines'; lines: string[] }
  | { type: 'list'; items: string[][] };

export interface LetterDocument {
  title: string;
  blocks: Block[];
}

/** Marks a required value that was not given; the renderers highlight it in the HTML. */
export function placeholder(label: string): string {
  return `[to fill in: ${label}]`;
}

export const PLACEHOLDER = /\[to fill in: [^\]]*\]/g;

/** Returns the value, or a placeholder after noting the label as missing (once). */
export function createNeeds(): { missing: string[]; value(value: string, label: string): string } {
  const missing: string[] = [];
  return {
    missing,
    value(value, label) {
      if (value) return value;
      if (!missing.includes(label)) missing.push(label);
      return placeholder(label);
    },
  };
}
