import { uiLanguage } from '../shared/i18n';

/** A date and time as a person reads it, in the language of the page's text (Intl). */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'medium' });
}

/** A count with the separators of the page's language ("12,000" / "12.000"). */
export function formatCount(count: number): string {
  return count.toLocaleString(uiLanguage());
}
