import { database } from '../db/schema';
import { readSettings } from '../db/settings';
import type { Settings } from '../shared/settings';

let cached: Promise<Settings> | undefined;

/**
 * Settings as the capture path sees them, read once per worker life: every settings write goes
 * through this worker, which calls forgetCaptureSettings, so the copy cannot go stale.
 */
export function captureSettings(): Promise<Settings> {
  cached ??= readSettings(database());
  return cached;
}

export function forgetCaptureSettings(): void {
  cached = undefined;
}
