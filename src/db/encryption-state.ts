import { NO_FAILURES, type AttemptHistory } from '../crypto/attempt-throttle';
import { DEFAULT_IDLE_MINUTES, normalizeIdleMinutes } from '../crypto/idle-lock';
import type { PreserveDatabase } from './schema';

/** 'migrating' while what was stored before encryption was turned on is still being sealed. */
export type EncryptionState = 'off' | 'migrating' | 'on';

export async function encryptionState(db: PreserveDatabase): Promise<EncryptionState> {
  const row = await db.settings.get('encryptionState');
  return row?.value === 'migrating' || row?.value === 'on' ? row.value : 'off';
}

export async function setEncryptionState(db: PreserveDatabase, state: EncryptionState): Promise<void> {
  await db.settings.put({ key: 'encryptionState', value: state });
}

export async function idleMinutes(db: PreserveDatabase): Promise<number> {
  const row = await db.settings.get('idleMinutes');
  return row ? normalizeIdleMinutes(row.value) : DEFAULT_IDLE_MINUTES;
}

export async function setIdleMinutes(db: PreserveDatabase, minutes: number): Promise<number> {
  const normalized = normalizeIdleMinutes(minutes);
  await db.settings.put({ key: 'idleMinutes', value: normalized });
  return normalized;
}

/** Persisted, so stopping the worker in the middle of an attempt does not skip the penalty. */
export async function unlockAttempts(db: PreserveDatabase): Promise<AttemptHistory> {
  const row = await db.settings.get('unlockAttempts');
  const value = row?.value as AttemptHistory | undefined;
  return Array.isArray(value?.failures) ? value! : NO_FAILURES;
}

export async function setUnlockAttempts(db: PreserveDatabase, history: AttemptHistory): Promise<void> {
  await db.settings.put({ key: 'unlockAttempts', value: history });
}
