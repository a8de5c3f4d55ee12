import browser from 'webextension-polyfill';
import { formHostAllowed } from '../content/form-fill/form-host';
import { database } from '../db/schema';
import { assertNotImported } from '../db/writable-case';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { FillValues, RouteRef } from '../shared/takedown-types';
import { formUrlsFor } from './form-urls';
import { injectFiller } from './inject-filler';
import { keepPendingFill, pendingFillFor } from './pending-fills';
import { waitForTabLoaded } from './wait-for-tab';

const LOAD_TIMEOUT_MS = 30_000;
/** Fills `tabId` if its address belongs to the route's forms (checked here and again in the page). */
async function fillTab(tabId: number, route: RouteRef, values: FillValues) {
  const tab = await browser.tabs.get(tabId);
  const formUrls = formUrlsFor(route);
  if (!tab.url) throw new UserFacingError(t('errors_fill_no_access'), 'no-access');
  if (!formHostAllowed(tab.url, formUrls)) throw new UserFacingError(t('errors_not_a_form'), 'not-a-form');
  return injectFiller(tabId, { values, formUrls });
}

export const formHandlers = {
  /**
   * The page asked for host access to the form's origin at the click (a permission prompt needs
   * the page's user gesture). With it, the form is filled as soon as it loads; without it, the
   * tab opens anyway and the person fills it from the toolbar (activeTab).
   */
  'takedown.openForm': async ({ caseId, captureIds, route, values }: RequestOf<'takedown.openForm'>): Promise<ResponseOf<'takedown.openForm'>> => {
    if (!route.url || !/^https?:\/\//.test(route.url)) throw new UserFacingError(t('errors_no_form'), 'no-form');
    await assertNotImported(database(), caseId);
    const granted = await browser.permissions.contains({ origins: [`${new URL(route.url).origin}/*`] });
    const tab = await browser.tabs.create({ url: route.url, active: true });
    const tabId = tab.id!;
    await keepPendingFill({ tabId, caseId, captureIds, route, values });
    if (!granted) return { tabId, report: null, reason: `${t('errors_form_not_allowed')} ${t('errors_form_use_toolbar')}` };
    const loaded = await waitForTabLoaded(tabId, LOAD_TIMEOUT_MS);
    if (!loaded) return { tabId, report: null, reason: `${t('errors_form_slow')} ${t('errors_form_use_toolbar')}` };
    try {
      const report = await fillTab(tabId, route, values);
      await keepPendingFill({ tabId, caseId, captureIds, route, values, report });
      return { tabId, report };
    } catch (error) {
      // The form moved to a page Preserve may not fill (a sign-in page, another site): say so plainly.
      const reason = error instanceof UserFacingError ? error.message : t('errors_form_fill_failed');
      return { tabId, report: null, reason: `${reason} ${t('errors_form_use_toolbar')}` };
    }
  },

  /** "Fill in this form" from the toolbar: the click granted activeTab on this tab. */
  'takedown.fill': async (request: RequestOf<'takedown.fill'>): Promise<ResponseOf<'takedown.fill'>> => {
    const pending = await pendingFillFor(request.tabId);
    const values = request.values ?? pending?.values;
    const route = request.route ?? pending?.route;
    if (!values || !route) {
      throw new UserFacingError(t('errors_nothing_to_fill'), 'nothing-to-fill');
    }
    const report = await fillTab(request.tabId, route, values);
    const caseId = request.caseId ?? pending?.caseId;
    if (caseId) await keepPendingFill({ tabId: request.tabId, caseId, captureIds: request.captureIds ?? pending?.captureIds ?? [], route, values, report });
    return report;
  },
};
