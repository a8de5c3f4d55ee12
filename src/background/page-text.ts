import browser from 'webextension-polyfill';

/** Enough for any confirmation page; the reference is near the top. */
const MAX_CHARACTERS = 50_000;

/**
 * The visible text of the tab's top frame, read under activeTab by a one-line injected function,
 * to find the reference a confirmation page shows. The page-facts reader keeps only what a page
 * claims about itself (title, meta, post), not its body text, so this is read apart. '' when the
 * page cannot be read: the reference is then simply unknown.
 */
export async function readPageText(tabId: number): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, with its line breaks and without hidden elements or scripts, is what a reference is read from
      func: (max: number) => (document.body?.innerText ?? '').slice(0, max),
      args: [MAX_CHARACTERS],
    });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}
