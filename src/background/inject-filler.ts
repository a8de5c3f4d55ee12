import browser from 'webextension-polyfill';
import type { FillAnswer } from '../content/fill-form.iife';
import fillScript from '../content/fill-form.iife.ts?iife';
import type { FillRequest } from '../content/form-fill/fill-form';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { FillReport } from '../shared/takedown-types';

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
  if (!answer) throw new UserFacingError(t('errors_fill_failed'), 'fill-failed');
  if ('refused' in answer) throw new UserFacingError(t('errors_not_a_form'), 'not-a-form');
  return answer.report;
}
