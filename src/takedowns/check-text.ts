import { UserFacingError } from '../shared/errors';

/*
 * Shared checks for what the pages send: a message is typed, but what arrives is whatever the
 * page put in it, so every value is checked for its type and length before it is stored.
 */

/** A required line of text, trimmed. */
export function requiredText(value: unknown, what: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new UserFacingError(`Please fill in ${what}.`, 'missing-field');
  if (text.length > max) throw new UserFacingError(`${capitalise(what)} is too long (at most ${max} characters).`, 'too-long');
  return text;
}

/** An optional line of text, trimmed; undefined when empty. */
export function optionalText(value: unknown, what: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new UserFacingError(`${capitalise(what)} should be text.`, 'bad-field');
  const text = value.trim();
  if (text.length > max) throw new UserFacingError(`${capitalise(what)} is too long (at most ${max} characters).`, 'too-long');
  return text || undefined;
}

// What a person means by an email address, not RFC 5322: one @, a dot in the domain, no spaces.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

export function optionalEmail(value: unknown, what: string): string | undefined {
  const email = optionalText(value, what, 254);
  if (email !== undefined && !EMAIL.test(email))
    throw new UserFacingError(`${capitalise(what)} does not look like an email address (name@example.org).`, 'bad-email');
  return email;
}

const PHONE = /^\+?[0-9 ()./-]{5,30}$/;

export function optionalPhone(value: unknown, what: string): string | undefined {
  const phone = optionalText(value, what, 30);
  if (phone !== undefined && !(PHONE.test(phone) && /\d{3}/.test(phone.replace(/\D/g, '')))) {
    throw new UserFacingError(`${capitalise(what)} should hold only digits, spaces, brackets, dashes and a leading +.`, 'bad-phone');
  }
  return phone;
}

/** A web address of the content: http or https only. */
export function webAddress(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || text.length > 2_048) {
    throw new UserFacingError(`"${text.slice(0, 80)}" is not a web address. Please give the address that starts with https://.`, 'bad-url');
  }
  return url.href;
}

/**
 * A moment the person gives: a full ISO time, or a day (YYYY-MM-DD, read as that day's start in
 * UTC). Not in the future, allowing a day for time zones, and not before the web had images.
 */
export function pastMoment(value: unknown, what: string, now: Date): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const valid = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text) && realDay(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(valid)) throw new UserFacingError(`${capitalise(what)} is not a date Preserve can read. Please use a date like 2026-11-30.`, 'bad-date');
  if (valid > now.getTime() + 86_400_000) throw new UserFacingError(`${capitalise(what)} is in the future.`, 'future-date');
  if (valid < Date.UTC(1990, 0, 1)) throw new UserFacingError(`${capitalise(what)} is too long ago to be right.`, 'bad-date');
  return new Date(valid).toISOString();
}

/** Date.parse rolls 2026-02-30 over to March; a person who typed it meant something else. */
function realDay(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
