import { expect, it } from 'vitest';
import { matchCloseness } from '../../../src/popup/match-closeness';

it('calls re-encoding noise very close and the rest of the match range close', () => {
  expect(matchCloseness(0)).toBe('popup_find_images_very_close');
  expect(matchCloseness(16)).toBe('popup_find_images_very_close');
  expect(matchCloseness(17)).toBe('popup_find_images_close');
  expect(matchCloseness(31)).toBe('popup_find_images_close');
});
