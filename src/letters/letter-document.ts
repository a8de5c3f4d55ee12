import type { Language } from '../locales';
import type { LetterText } from './letter-text';

/** A letter before it is written out, so the text and the HTML say exactly the same thing. */
export type Block =
  | { type: 'meta'; rows: Array<[label: string, value: string]> }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'lines'; lines: string[] }
  | { type: 'list'; items: string[][] };

export interface LetterDocument {
  language: Language;
  title: string;
  blocks: Block[];
}

/** Returns the value, or a placeholder ("[to fill in: …]", highlighted in the HTML) after noting the label as missing (once). */
export function createNeeds(text: LetterText): { missing: string[]; value(value: string, label: string): string } {
  const missing: string[] = [];
  const placeholder = (label: string) => `[${text('letters_fill_in', { label })}]`;
  return {
    missing,
    value(value, label) {
      if (value) return value;
      if (!missing.includes(label)) missing.push(label);
      return placeholder(label);
    },
  };
}
