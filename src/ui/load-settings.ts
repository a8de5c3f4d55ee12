import { database } from '../db/schema';
import { readSettings } from '../db/settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';

/** Settings for a page's first paint; a read failure must never block capture or reveal images. */
export async function loadSettings(): Promise<Settings> {
  return readSettings(database()).catch(() => ({ ...DEFAULT_SETTINGS }));
}
