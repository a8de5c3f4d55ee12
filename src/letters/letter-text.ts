import { type Language, LANGUAGES, type MessageKey, type MessageParams, translate } from '../locales';

/** A letter's sentences in the language it is written in, bound once and passed to every part. */
export interface LetterText {
  (key: MessageKey, params?: MessageParams): string;
  readonly language: Language;
}

export function letterText(language: Language = 'en'): LetterText {
  return Object.assign((key: MessageKey, params?: MessageParams) => translate(language, key, params), { language });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "[to fill in: …]" in any language the letters are written in, so the HTML can highlight it. */
export const FILL_IN = new RegExp(
  `\\[(?:${LANGUAGES.map((language) => escapeRegExp(translate(language, 'letters_fill_in', { label: '' }))).join('|')})[^\\]]*\\]`,
  'g',
);
