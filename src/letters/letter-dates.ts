import type { Language } from '../locales';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]00:?00)?)?$/;

/** Days since the epoch for a UTC ISO date, or null when it is not one (no time zone guessing). */
function epochDay(iso: string): number | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms / 86_400_000 : null;
}

// English keeps the form its letters always had; another language writes the date its own way
// ("19 de mayo de 2026"), in UTC so the day never shifts with the reader's time zone.
function dayName(days: number, language: Language): string {
  const date = new Date(days * 86_400_000);
  if (language !== 'en') return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "19 May 2026" for `2026-05-19` or `2026-05-19T…Z`; '' when the value is not a UTC ISO date. */
export function letterDate(iso: string, language: Language = 'en'): string {
  const days = epochDay(iso);
  return days === null ? '' : dayName(days, language);
}

/** The date `count` days after a UTC ISO date, written like `letterDate`. */
export function daysAfter(iso: string, count: number, language: Language): string {
  const days = epochDay(iso);
  return days === null ? '' : dayName(days + count, language);
}

/** "2026-05-19 10:04:05 UTC" for a UTC ISO time; anything else is shown exactly as recorded. */
export function observedTime(iso: string): string {
  const match = ISO.exec(iso);
  if (!match?.[4] || epochDay(iso) === null) return iso;
  return `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}:${match[6] ?? '00'} UTC`;
}
