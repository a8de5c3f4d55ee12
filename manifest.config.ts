import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from './package.json' with { type: 'json' };
import { CAPTURE_COMMAND, QUICK_EXIT_COMMAND } from './src/shared/constants';

/** The id Firefox needs to keep storage across restarts; it is never sent anywhere. */
export const FIREFOX_ADDON_ID = 'preserve@preserve.invalid';

/**
 * The one manifest. Permissions are the least that one-click capture needs:
 * - activeTab + scripting: read the page the user is on, only when they click, press the
 *   shortcut or use the context menu; no always-on content scripts and no host permissions.
 * - contextMenus: the right-click "Save evidence" item.
 * - storage + unlimitedStorage: captures live in IndexedDB on this device and can be large.
 * - downloads: saving exported bundles as files (used from the options page).
 * - alarms: the idle lock, which must fire even when no Preserve page is open.
 * Optional, never asked at install:
 * - pageCapture: the page archive (MHTML) beside every capture. Chrome has no activeTab form of it
 *   (measured: it can save any open tab), so it warns of access to all websites; a frightened person
 *   installing Preserve should not meet that warning. It is asked for when they turn page archives
 *   on (Settings, or the welcome page), and until then each capture notes that no archive was saved.
 * - host access to one form's origin, requested when the person
 * clicks "Open the form", so the form can be filled as it loads. Refused, the toolbar's "Fill in
 * this form" (activeTab) still works.
 */
/*
 * Only in the e2e build (dist/e2e, never shipped): the host access a person grants at "Open the
 * form" for two fixture form hosts. Puppeteer cannot answer Chrome's permission prompt
 * (chrome.permissions.request stays pending in headless Chromium), so tests/e2e/form-fill.test.ts
 * starts with these already granted; tests/meta/manifest.test.ts checks the shipped build has none.
 * The third host is the one a person grants when turning on link watching for a case
 * (tests/e2e/monitor.test.ts): the same prompt, at the same moment.
 */
const E2E_GRANTED_FORM_HOSTS =
  process.env.PRESERVE_E2E === '1'
    ? { host_permissions: ['https://help.x.com/*', 'https://support.google.com/*', 'https://media.imagehost-example.com/*'] }
    : {};
/* Likewise the page archive: the person turns it on in Settings and answers the browser's prompt. */
const OPTIONAL_PERMISSIONS = process.env.PRESERVE_E2E === '1' ? {} : { optional_permissions: ['pageCapture'] as chrome.runtime.ManifestPermission[] };
const E2E_GRANTED_PERMISSIONS: chrome.runtime.ManifestPermission[] = process.env.PRESERVE_E2E === '1' ? ['pageCapture'] : [];

export default defineManifest({
  manifest_version: 3,
  name: 'Preserve',
  short_name: 'Preserve',
  // The catalogue in src/locales, written out as _locales by vite.config.ts.
  default_locale: 'en',
  version: packageJson.version,
  description: '__MSG_common_extension_description__',
  minimum_chrome_version: '120',
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: {
    default_title: '__MSG_common_action_title__',
    default_popup: 'src/popup/index.html',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage', 'downloads', 'alarms', ...E2E_GRANTED_PERMISSIONS],
  ...OPTIONAL_PERMISSIONS,
  optional_host_permissions: ['https://*/*'],
  ...E2E_GRANTED_FORM_HOSTS,
  commands: {
    [CAPTURE_COMMAND]: {
      suggested_key: { default: 'Alt+Shift+S' },
      description: '__MSG_common_command_capture__',
    },
    [QUICK_EXIT_COMMAND]: {
      suggested_key: { default: 'Alt+Shift+X' },
      description: '__MSG_common_command_quick_exit__',
    },
  },
});

type Manifest = Record<string, unknown> & { background?: Record<string, unknown>; permissions?: string[]; optional_permissions?: string[] };

const CHROME_ONLY_PERMISSIONS = new Set(['offscreen', 'pageCapture']);

/** Firefox takes the same extension with these differences (checked by `web-ext lint`). */
export function toFirefoxManifest(chromeManifest: Manifest): Manifest {
  const { background, minimum_chrome_version: _chromeOnly, optional_permissions: optional, ...rest } = chromeManifest;
  const optionalHere = (optional ?? []).filter((permission) => !CHROME_ONLY_PERMISSIONS.has(permission));
  const worker = background?.service_worker as string;
  return {
    ...rest,
    background: { scripts: [worker], type: 'module' },
    // Firefox has neither; there the capture says no page archive was saved.
    permissions: (chromeManifest.permissions ?? []).filter((permission) => !CHROME_ONLY_PERMISSIONS.has(permission)),
    ...(optionalHere.length > 0 && { optional_permissions: optionalHere }),
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ADDON_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
