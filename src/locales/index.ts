import { en } from './en';
import { es } from './es';

/**
 * The catalogue of every sentence Preserve shows, in each language it speaks. The pages read it
 * through browser.i18n (the build writes it out as _locales/<lang>/messages.json); pure code that
 * writes documents (the report, letters) reads it here, in the language the person chose.
 */
export const CATALOGUES = { en, es } as const;

export type Language = keyof typeof CATALOGUES;
export const LANGUAGES: readonly Language[] = ['en', 'es'];
export type MessageKey = keyof typeof en;
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

/** The names of a message's {placeholders}, sorted: browser.i18n numbers them in this order. */
export function placeholderNames(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** Fills {name} placeholders; one with no value is left as written, so a gap shows rather than vanishing. */
export function fillPlaceholders(message: string, params: MessageParams = {}): string {
  return message.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A message in `language`, for documents built outside the browser's own language (the report, letters). */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const catalogue: Record<string, string> = CATALOGUES[language];
  return fillPlaceholders(catalogue[key] ?? en[key], params);
}

/** 'es' for any Spanish locale (es, es-419, es-MX …), otherwise English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
