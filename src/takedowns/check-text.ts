import type { MessageKey } from '../locales';
import { UserFacingError } from '../shared/errors';
import { ENGLISH, type TakedownText } from './takedown-text';

/*
 * Shared checks for what the pages send: a message is typed, but what arrives is whatever the
 * page put in it, so every value is checked for its type and length before it is stored.
 */

/** The words naming what was checked ("your legal name"), put into the sentence that says what is wrong. */
export type FieldKey = Extract<MessageKey, `takedowns_field_${string}`>;

/** A required line of text, trimmed. */
export function requiredText(value: unknown, field: FieldKey, max: number, text: TakedownText = ENGLISH): string {
  const line = typeof value === 'string' ? value.trim() : '';
  if (!line) throw new UserFacingError(say(text, 'takedowns_check_fill_in', field), 'missing-field');
  if (line.length > max) throw new UserFacingError(say(text, 'takedowns_check_too_long', field, { max }), 'too-long');
  return line;
}

/** An optional line of text, trimmed; undefined when empty. */
export function optionalText(value: unknown, field: FieldKey, max: number, text: TakedownText = ENGLISH): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new UserFacingError(say(text, 'takedowns_check_not_text', field), 'bad-field');
  const line = value.trim();
  if (line.length > max) throw new UserFacingError(say(text, 'takedowns_check_too_long', field, { max }), 'too-long');
  return line || undefined;
}

// What a person means by an email address, not RFC 5322: one @, a dot in the domain, no spaces.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

export function optionalEmail(value: unknown, field: FieldKey, text: TakedownText = ENGLISH): string | undefined {
  const email = optionalText(value, field, 254, text);
  if (email !== undefined && !EMAIL.test(email)) throw new UserFacingError(say(text, 'takedowns_check_not_email', field), 'bad-email');
  return email;
}

const PHONE = /^\+?[0-9 ()./-]{5,30}$/;

export function optionalPhone(value: unknown, field: FieldKey, text: TakedownText = ENGLISH): string | undefined {
  const phone = optionalText(value, field, 30, text);
  if (phone !== undefined && !(PHONE.test(phone) && /\d{3}/.test(phone.replace(/\D/g, '')))) {
    throw new UserFacingError(say(text, 'takedowns_check_not_phone', field), 'bad-phone');
  }
  return phone;
}

/** A web address of the content: http or https only. */
export function webAddress(value: unknown, text: TakedownText = ENGLISH): string {
  const given = typeof value === 'string' ? value.trim() : '';
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || given.length > 2_048) {
    throw new UserFacingError(text('takedowns_check_not_address', { text: given.slice(0, 80) }), 'bad-url');
  }
  return url.href;
}

/**
 * A moment the person gives: a full ISO time, or a day (YYYY-MM-DD, read as that day's start in
 * UTC). Not in the future, allowing a day for time zones, and not before the web had images.
 */
export function pastMoment(value: unknown, field: FieldKey, now: Date, text: TakedownText = ENGLISH): string {
  const given = typeof value === 'string' ? value.trim() : '';
  const valid = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(given) && realDay(given) ? Date.parse(given) : Number.NaN;
  if (Number.isNaN(valid)) throw new UserFacingError(say(text, 'takedowns_check_not_date', field), 'bad-date');
  if (valid > now.getTime() + 86_400_000) throw new UserFacingError(say(text, 'takedowns_check_future', field), 'future-date');
  if (valid < Date.UTC(1990, 0, 1)) throw new UserFacingError(say(text, 'takedowns_check_too_old', field), 'bad-date');
  return new Date(valid).toISOString();
}

/** Date.parse rolls 2026-02-30 over to March; a person who typed it meant something else. */
function realDay(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// The field's words start most sentences ("Your legal name is too long"), so the first letter is raised.
function say(text: TakedownText, key: MessageKey, field: FieldKey, params: Readonly<Record<string, number>> = {}): string {
  const sentence = text(key, { ...params, field: text(field) });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
