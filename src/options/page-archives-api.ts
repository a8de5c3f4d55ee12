import browser, { type Permissions } from 'webextension-polyfill';
import { offersPageCapture } from '../capture/page-archive';

export type PageArchivesState = 'on' | 'off' | 'unavailable';

export interface PageArchivesApi {
  state(): Promise<PageArchivesState>;
  /** Must run inside the click: the browser asks the person. */
  turnOn(): Promise<PageArchivesState>;
  turnOff(): Promise<PageArchivesState>;
}

// Chrome-only, so missing from the polyfill's (Firefox-shaped) list of optional permissions.
const PAGE_CAPTURE = { permissions: ['pageCapture'] } as unknown as Permissions.Permissions;

async function state(): Promise<PageArchivesState> {
  if (!offersPageCapture()) return 'unavailable';
  return (await browser.permissions.contains(PAGE_CAPTURE)) ? 'on' : 'off';
}

export const pageArchivesApi: PageArchivesApi = {
  state,
  async turnOn() {
    await browser.permissions.request(PAGE_CAPTURE).catch(() => false);
    return state();
  },
  async turnOff() {
    await browser.permissions.remove(PAGE_CAPTURE).catch(() => false);
    return state();
  },
};
