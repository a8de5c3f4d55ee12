import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../shared/settings';
import type { PreserveDatabase } from './schema';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function readSettings(db: PreserveDatabase): Promise<Settings> {
  const rows = await db.settings.bulkGet(KEYS);
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const row of rows) {
    // The same check as on write, so a value stored by an older version cannot slip through.
    const clean = row ? safely(() => sanitizeSettings({ [row.key]: row.value })) : {};
    Object.assign(settings, clean);
  }
  return settings as Settings;
}

export async function writeSettings(db: PreserveDatabase, patch: Partial<Settings>): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}

function safely(read: () => Partial<Settings>): Partial<Settings> {
  try {
    return read();
  } catch {
    return {};
  }
}
