import { type Language, type MessageKey, type MessageParams, translate } from '../locales';

/**
 * The sentences this part writes, in one language. Pure code cannot call browser.i18n, so the pages
 * and the worker pass `t` (the language the browser serves); without one, English, which is what
 * the tests and any caller written before Spanish existed expect.
 */
export type TakedownText = (key: MessageKey, params?: MessageParams) => string;

export function takedownText(language: Language): TakedownText {
  return (key, params) => translate(language, key, params);
}

export const ENGLISH: TakedownText = takedownText('en');
