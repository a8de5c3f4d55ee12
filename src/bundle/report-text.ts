import { type Language, type MessageKey, type MessageParams, translate } from '../locales';

/**
 * The bundle's sentences in the language the person chose for it, bound once so every part of the
 * report (and sections other parts add) reads `text('report_…', {…})` without passing the language.
 * Values passed in params are put in as given: in HTML, escape them first.
 */
export interface ReportText {
  (key: MessageKey, params?: MessageParams): string;
  readonly language: Language;
}

export function reportText(language: Language = 'en'): ReportText {
  return Object.assign((key: MessageKey, params?: MessageParams) => translate(language, key, params), { language });
}

/** A whole number as the language writes it ("16,384" in English, "16.384" in Spanish). */
export function wholeNumber(text: ReportText, value: number): string {
  return Math.round(value).toLocaleString(text.language);
}
