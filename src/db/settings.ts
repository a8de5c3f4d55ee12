import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { PreserveDatabase } from './schema';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function readSettings(db: PreserveDatabase): Promise<Settings> {
  const rows = await db.settings.bulkGet(KEYS);
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  rows.forEach((row, index) => {
    if (row && typeof row.value === typeof DEFAULT_SETTINGS[KEYS[index]]) settings[KEYS[index]] = row.value;
  });
  return settings as Settings;
}

export async function writeSettings(db: PreserveDatabase, patch: Partial<Settings>): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}
