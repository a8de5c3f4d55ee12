import browser from 'webextension-polyfill';
import { formHostAllowed } from '../content/form-fill/form-host';
import { UserFacingError } from '../shared/errors';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { FillValues, RouteRef } from '../shared/takedown-types';
import { formUrlsFor } from './form-urls';
import { injectFiller, NOT_A_FORM } from './inject-filler';
import { keepPendingFill, pendingFillFor } from './pending-fills';
import { waitForTabLoaded } from './wait-for-tab';

const LOAD_TIMEOUT_MS = 30_000;
const USE_TOOLBAR = 'When the form has loaded, click Preserve’s toolbar button and choose “Fill in this form”.';

/** Fills `tabId` if its address belongs to the route's forms (checked here and again in the page). */
async function fillTab(tabId: number, route: RouteRef, values: FillValues) {
  const tab = await browser.tabs.get(tabId);
  const formUrls = formUrlsFor(route);
  if (!tab.url) throw new UserFacingError('Preserve cannot see this tab. Click Preserve’s toolbar button on the form’s tab, then try again.', 'no-access');
  if (!formHostAllowed(tab.url, formUrls)) throw new UserFacingError(NOT_A_FORM, 'not-a-form');
  return injectFiller(tabId, { values, formUrls });
}

export const formHandlers = {
  /**
   * The page asked for host access to the form's origin at the click (a permission prompt needs
   * the page's user gesture). With it, the form is filled as soon as it loads; without it, the
   * tab opens anyway and the person fills it from the toolbar (activeTab).
   */
  'takedown.openForm': async ({ caseId, captureIds, route, values }: RequestOf<'takedown.openForm'>): Promise<ResponseOf<'takedown.openForm'>> => {
    if (!route.url || !/^https?:\/\//.test(route.url)) throw new UserFacingError('This route has no form to open.', 'no-form');
    const granted = await browser.permissions.contains({ origins: [`${new URL(route.url).origin}/*`] });
    const tab = await browser.tabs.create({ url: route.url, active: true });
    const tabId = tab.id!;
    await keepPendingFill({ tabId, caseId, captureIds, route, values });
    if (!granted) return { tabId, report: null, reason: `Preserve opened the form but was not allowed to fill it in. ${USE_TOOLBAR}` };
    const loaded = await waitForTabLoaded(tabId, LOAD_TIMEOUT_MS);
    if (!loaded) return { tabId, report: null, reason: `The form is taking a while to load. ${USE_TOOLBAR}` };
    try {
      const report = await fillTab(tabId, route, values);
      await keepPendingFill({ tabId, caseId, captureIds, route, values, report });
      return { tabId, report };
    } catch (error) {
      // The form moved to a page Preserve may not fill (a sign-in page, another site): say so plainly.
      const reason = error instanceof UserFacingError ? error.message : 'Preserve could not fill in the form.';
      return { tabId, report: null, reason: `${reason} ${USE_TOOLBAR}` };
    }
  },

  /** "Fill in this form" from the toolbar: the click granted activeTab on this tab. */
  'takedown.fill': async (request: RequestOf<'takedown.fill'>): Promise<ResponseOf<'takedown.fill'>> => {
    const pending = await pendingFillFor(request.tabId);
    const values = request.values ?? pending?.values;
    const route = request.route ?? pending?.route;
    if (!values || !route) {
      throw new UserFacingError('Preserve has nothing to fill in here yet. Start from “Request removal” beside a saved capture.', 'nothing-to-fill');
    }
    const report = await fillTab(request.tabId, route, values);
    const caseId = request.caseId ?? pending?.caseId;
    if (caseId) await keepPendingFill({ tabId: request.tabId, caseId, captureIds: request.captureIds ?? pending?.captureIds ?? [], route, values, report });
    return report;
  },
};
