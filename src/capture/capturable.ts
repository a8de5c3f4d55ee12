import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';

const BROWSER_SCHEMES = [
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'moz-extension:',
  'resource:',
];

/** Browsers forbid extensions to read their own extension stores. */
const EXTENSION_STORES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

export interface CapturableContext {
  /** Whether the user allowed Preserve to read file:// pages. */
  fileAccess: boolean;
}

/** Throws, in plain words, when the browser will not let Preserve capture this address. */
export function assertCapturableUrl(url: string | undefined, context: CapturableContext): asserts url is string {
  if (!url) {
    // The browser hides the address only of pages extensions may not read (its own pages), or of
    // tabs Preserve was not invoked on, which the popup, menu and shortcut always are.
    throw new UserFacingError(t('errors_browser_page'), 'browser-page');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError(t('errors_bad_url'), 'bad-url');
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) {
    throw new UserFacingError(t('errors_browser_page'), 'browser-page');
  }
  if (EXTENSION_STORES.some(({ host, path }) => parsed.hostname === host && parsed.pathname.startsWith(path))) {
    throw new UserFacingError(t('errors_extension_store'), 'extension-store');
  }
  if (parsed.protocol === 'file:' && !context.fileAccess) {
    throw new UserFacingError(t('errors_file_access'), 'file-access');
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'javascript:') {
    throw new UserFacingError(t('errors_no_address'), 'no-address');
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) {
    throw new UserFacingError(t('errors_unsupported_scheme', { scheme: parsed.protocol.slice(0, -1) }), 'unsupported-scheme');
  }
}

/** Turns the browser's errors from reading or photographing a page into plain words. */
export function explainCaptureFailure(error: unknown): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(text)) {
    return new UserFacingError(t('errors_too_fast'), 'too-fast');
  }
  if (/pdf|mimeHandler|chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai/i.test(text)) {
    return new UserFacingError(t('errors_pdf_viewer'), 'pdf-viewer');
  }
  if (/Cannot access|cannot be scripted|Missing host permission|permission|activeTab/i.test(text)) {
    return new UserFacingError(t('errors_no_access'), 'no-access');
  }
  if (/No tab with id|Tabs cannot be edited|tab was closed|No window/i.test(text)) {
    return new UserFacingError(t('errors_tab_gone'), 'tab-gone');
  }
  if (/QuotaExceeded|quota/i.test(text)) {
    return new UserFacingError(t('errors_quota'), 'quota');
  }
  return new UserFacingError(t('errors_capture_failed', { detail: text }), 'capture-failed');
}
