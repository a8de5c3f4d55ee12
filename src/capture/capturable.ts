import { UserFacingError } from '../shared/errors';

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
    throw new UserFacingError("This page can't be captured: it is one of the browser's own pages, which extensions are not allowed to read.", 'browser-page');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError("This page's address can't be read, so it can't be saved.", 'bad-url');
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) {
    throw new UserFacingError("This page can't be captured: it is one of the browser's own pages, which extensions are not allowed to read.", 'browser-page');
  }
  if (EXTENSION_STORES.some(({ host, path }) => parsed.hostname === host && parsed.pathname.startsWith(path))) {
    throw new UserFacingError("This page can't be captured: the browser does not let extensions read its extension store.", 'extension-store');
  }
  if (parsed.protocol === 'file:' && !context.fileAccess) {
    throw new UserFacingError(
      "This file on your computer can't be captured yet. To allow it, open the browser's Extensions page, choose Preserve's Details and turn on \"Allow access to file URLs\".",
      'file-access',
    );
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'javascript:') {
    throw new UserFacingError("This page has no web address that could be recorded, so it can't be captured.", 'no-address');
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) {
    throw new UserFacingError(`Pages with ${parsed.protocol.slice(0, -1)} addresses can't be captured.`, 'unsupported-scheme');
  }
}

/** Turns the browser's errors from reading or photographing a page into plain words. */
export function explainCaptureFailure(error: unknown): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(text)) {
    return new UserFacingError('Preserve is still saving the last capture. Please wait a second and try again.', 'too-fast');
  }
  if (/pdf|mimeHandler|chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai/i.test(text)) {
    return new UserFacingError(
      "This PDF can't be captured in the browser's PDF viewer. Download the file instead and keep it with your evidence.",
      'pdf-viewer',
    );
  }
  if (/Cannot access|cannot be scripted|Missing host permission|permission|activeTab/i.test(text)) {
    return new UserFacingError("Preserve can't read this page. Click the Preserve button while the page is open, then save again.", 'no-access');
  }
  if (/No tab with id|Tabs cannot be edited|tab was closed|No window/i.test(text)) {
    return new UserFacingError('The page was closed or changed before it could be saved. Nothing was stored.', 'tab-gone');
  }
  if (/QuotaExceeded|quota/i.test(text)) {
    return new UserFacingError('There is no room left to save this capture. Everything saved before is safe. Free some disk space, then try again.', 'quota');
  }
  return new UserFacingError(`This page could not be saved. Nothing was stored. (${text})`, 'capture-failed');
}
