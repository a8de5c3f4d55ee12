import browser from 'webextension-polyfill';
import type { FillAnswer } from '../content/fill-form.iife';
import fillScript from '../content/fill-form.iife.ts?iife';
import type { FillRequest } from '../content/form-fill/fill-form';
import { UserFacingError } from '../shared/errors';
import type { FillReport } from '../shared/takedown-types';

export const NOT_A_FORM = 'This page is not one of the removal forms Preserve knows, so nothing was filled in.';

/**
 * Injects the filler into the tab's top frame and starts it. Same-origin iframes are filled from
 * there (the filler walks into them), so there is one panel and one report; frames of other
 * origins are never touched.
 */
export async function injectFiller(tabId: number, request: FillRequest): Promise<FillReport> {
  await browser.scripting.executeScript({ target: { tabId }, files: [fillScript] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (fill: FillRequest) =>
      (globalThis as unknown as { __preserveFillForm?: (r: FillRequest) => Promise<unknown> }).__preserveFillForm?.(fill) ?? Promise.resolve(null),
    args: [request],
  });
  const answer = result?.result as FillAnswer | null | undefined;
  if (!answer) throw new UserFacingError('Preserve could not fill in this page. Please try again once it has loaded.', 'fill-failed');
  if ('refused' in answer) throw new UserFacingError(NOT_A_FORM, 'not-a-form');
  return answer.report;
}
