import { waitFor } from '../../e2e/support/browser';
import type { FirefoxSession } from './firefox';

/*
 * Firefox opens the popup in a panel of the browser window, which WebDriver BiDi does not list as
 * a page. It is still an extension page in Preserve's own process, so another Preserve page
 * reaches its document through extension.getViews({type: 'popup'}) and clicks its buttons there:
 * the same DOM, the same handlers, the same messages to the background as a person's clicks.
 */

/** True once the open popup has an element matching `selector` (and, with `enabled`, not disabled). */
async function popupHas(session: FirefoxSession, selector: string, enabled = false): Promise<boolean> {
  return session.extensionPage.evaluate(
    (query, mustBeEnabled) => {
      const [popup] = chrome.extension.getViews({ type: 'popup' });
      const element = popup?.document.querySelector<HTMLButtonElement>(query);
      return Boolean(element && (!mustBeEnabled || !element.disabled));
    },
    selector,
    enabled,
  );
}

export async function waitInPopup(session: FirefoxSession, selector: string, what: string, options: { enabled?: boolean; timeoutMs?: number } = {}) {
  await waitFor(() => popupHas(session, selector, options.enabled), what, options.timeoutMs ?? 10_000);
}

/** Clicks the popup's first element matching `selector`, or the button whose text is `text`. */
export async function clickInPopup(session: FirefoxSession, target: { selector: string } | { text: string }): Promise<void> {
  const clicked = await session.extensionPage.evaluate((wanted) => {
    const [popup] = chrome.extension.getViews({ type: 'popup' });
    if (!popup) return false;
    const element =
      'selector' in wanted
        ? popup.document.querySelector<HTMLElement>(wanted.selector)
        : [...popup.document.querySelectorAll<HTMLElement>('button')].find((button) => button.textContent?.trim() === wanted.text);
    element?.click();
    return Boolean(element);
  }, target);
  if (!clicked) throw new Error(`Nothing to click in the popup for ${JSON.stringify(target)}`);
}

export async function popupText(session: FirefoxSession, selector: string): Promise<string> {
  return session.extensionPage.evaluate((query) => {
    const [popup] = chrome.extension.getViews({ type: 'popup' });
    return popup?.document.querySelector(query)?.textContent ?? '';
  }, selector);
}
