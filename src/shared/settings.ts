/** The person's choices. Kept in the settings table; read anywhere, written through the background. */
export interface Settings {
  /** Images stay blurred until revealed one by one unless this is on. */
  revealImagesByDefault: boolean;
  /** Where Quick exit sends the current tab. */
  quickExitUrl: string;
  /** Remove exported bundles from the browser's download list once saved (the file stays on disk). */
  eraseExportsFromDownloadList: boolean;
  /** The first-run answer: is the person in the images under 18? 'under-18' keeps no images. */
  ageOfPersonShown: AgeAnswer;
}

export type AgeAnswer = 'unanswered' | 'under-18' | 'adult';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  revealImagesByDefault: false,
  quickExitUrl: 'https://www.google.com/search?q=weather+today',
  eraseExportsFromDownloadList: false,
  ageOfPersonShown: 'unanswered',
};

/** Under-18 mode stores no images at all: only their fingerprints, the addresses and the facts. */
export function keepsImages(settings: Pick<Settings, 'ageOfPersonShown'>): boolean {
  return settings.ageOfPersonShown !== 'under-18';
}

/** Keeps only known keys with values of the right type; a quick-exit address must be http(s). */
export function sanitizeSettings(patch: Partial<Record<keyof Settings, unknown>>): Partial<Settings> {
  const clean: Partial<Settings> = {};
  if (typeof patch.revealImagesByDefault === 'boolean') clean.revealImagesByDefault = patch.revealImagesByDefault;
  if (typeof patch.eraseExportsFromDownloadList === 'boolean') clean.eraseExportsFromDownloadList = patch.eraseExportsFromDownloadList;
  if (patch.ageOfPersonShown === 'unanswered' || patch.ageOfPersonShown === 'under-18' || patch.ageOfPersonShown === 'adult') {
    clean.ageOfPersonShown = patch.ageOfPersonShown;
  }
  if (typeof patch.quickExitUrl === 'string') {
    const url = safeHttpUrl(patch.quickExitUrl.trim());
    if (!url) throw new Error('The quick-exit page must be a web address starting with https:// or http://.');
    clean.quickExitUrl = url;
  }
  return clean;
}

function safeHttpUrl(text: string): string | null {
  try {
    const url = new URL(/^[a-z][\w+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
