import browser from 'webextension-polyfill';
import { assertCapturableUrl, explainCaptureFailure } from '../capture/capturable';
import { collectClaimedFacts } from '../capture/collect-claimed-facts';
import { describeCapture } from '../capture/describe-capture';
import type { PageDescription, RequestOf, ResponseOf } from '../shared/messages';
import { captureAndThumbnail } from './capture-events';

export const captureHandlers = {
  'capture.take': async ({ tabId, trigger }: RequestOf<'capture.take'>): Promise<ResponseOf<'capture.take'>> => {
    const { summary } = await captureAndThumbnail(tabId, trigger);
    return summary;
  },

  /** What the popup shows before the click: which page, whether it can be saved, what it is. */
  'page.describe': async ({ tabId }: RequestOf<'page.describe'>): Promise<PageDescription> => {
    const tab = await browser.tabs.get(tabId);
    const description: PageDescription = { url: tab.url ?? '', title: tab.title ?? '', capturable: true, detection: null, label: null };
    try {
      assertCapturableUrl(tab.url, { fileAccess: await browser.extension.isAllowedFileSchemeAccess() });
      const claimed = await collectClaimedFacts(tabId, tab.url!, {});
      description.detection = claimed.platform ?? null;
      description.post = claimed.post ?? null;
      description.label = describeCapture(description.detection, description.post);
    } catch (error) {
      description.capturable = false;
      description.reason = explainCaptureFailure(error).message;
    }
    return description;
  },
};
