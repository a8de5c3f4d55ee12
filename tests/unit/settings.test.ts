import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PreserveDatabase } from '../../src/db/schema';
import { readSettings, writeSettings } from '../../src/db/settings';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../src/shared/settings';

describe('settings', () => {
  it('blur images by default and send quick exit to an ordinary web page', () => {
    expect(DEFAULT_SETTINGS.revealImagesByDefault).toBe(false);
    expect(new URL(DEFAULT_SETTINGS.quickExitUrl).protocol).toBe('https:');
  });

  it('keep only known keys of the right type and refuse non-web quick-exit pages', () => {
    expect(sanitizeSettings({ revealImagesByDefault: 'yes', eraseExportsFromDownloadList: true } as never)).toEqual({ eraseExportsFromDownloadList: true });
    expect(sanitizeSettings({ quickExitUrl: 'bbc.co.uk/weather' })).toEqual({ quickExitUrl: 'https://bbc.co.uk/weather' });
    expect(() => sanitizeSettings({ quickExitUrl: 'javascript:alert(1)' })).toThrow(/web address/);
    expect(() => sanitizeSettings({ quickExitUrl: 'chrome://settings' })).toThrow(/web address/);
  });

  it('read back what was written, and defaults for the rest', async () => {
    const db = new PreserveDatabase('settings-test');
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    const saved = await writeSettings(db, { revealImagesByDefault: true });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, revealImagesByDefault: true });
    await db.settings.put({ key: 'quickExitUrl', value: 42 });
    expect((await readSettings(db)).quickExitUrl).toBe(DEFAULT_SETTINGS.quickExitUrl);
    await db.delete();
  });
});
