import browser from 'webextension-polyfill';
import { assertCapturableUrl, explainCaptureFailure } from '../capture/capturable';
import { collectClaimedFacts } from '../capture/collect-claimed-facts';
import { describeCapture } from '../capture/describe-capture';
import type { PageDescription, RequestOf, ResponseOf } from '../shared/messages';
import { chatViewAt } from '../content/conversation/chat-view-at';
import { cleanMatchedImages } from '../matching/clean-my-image';
import { captureAndThumbnail } from './capture-events';
import { cancelJob, jobProgress, startJob } from './capture-jobs';

export const captureHandlers = {
  'capture.take': async ({ tabId, trigger, mode, jobId, conversation, matchedImages }: RequestOf<'capture.take'>): Promise<ResponseOf<'capture.take'>> => {
    const job = jobId ? startJob(jobId) : null;
    try {
      const { record, summary } = await captureAndThumbnail(tabId, trigger, undefined, undefined, {
        mode: mode ?? 'visible',
        ...(conversation && { conversation }),
        ...(matchedImages?.length && { matchedImages: cleanMatchedImages(matchedImages) }),
        ...(job && { signal: job.signal, progress: job.progress }),
      });
      return { ...summary, ...(record.observed.coverage && { coverage: record.observed.coverage }) };
    } finally {
      job?.end();
    }
  },

  'capture.progress': async ({ jobId }: RequestOf<'capture.progress'>): Promise<ResponseOf<'capture.progress'>> => jobProgress(jobId),

  'capture.cancel': async ({ jobId }: RequestOf<'capture.cancel'>): Promise<ResponseOf<'capture.cancel'>> => ({ cancelled: cancelJob(jobId) }),

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
      const chat = chatViewAt(tab.url!);
      if (chat) description.chat = chat;
    } catch (error) {
      description.capturable = false;
      description.reason = explainCaptureFailure(error).message;
    }
    return description;
  },
};
