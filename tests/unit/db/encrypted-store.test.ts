import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyring } from '../../../src/crypto/keyring';
import { sealArtifact } from '../../../src/db/artifact-store';
import { commitCapture } from '../../../src/db/commit-capture';
import { openIfSealed } from '../../../src/db/open-rows';
import { PreserveDatabase } from '../../../src/db/schema';
import { KEYRING_ID, LockedError, lockNow, privateKey, startSession, useSessionStore, type UnlockSession } from '../../../src/db/vault';
import { captureRecordHash } from '../../../src/shared/chain';
import type { CaptureRecord } from '../../../src/shared/types';

let db: PreserveDatabase;
let session: UnlockSession | null = null;

beforeEach(async () => {
  // The vault reads the default database, so tests use that name with a fresh store each time.
  db = new PreserveDatabase();
  useSessionStore({
    get: async () => session,
    set: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
  });
  const { record, unlocked } = await createKeyring('a long test passphrase', { iterations: 1_000, unsafeTestIterations: true });
  await db.keys.put({ ...record, id: KEYRING_ID });
  await startSession(unlocked.kid, unlocked.sessionSecret, 10);
});

afterEach(async () => {
  await lockNow();
  await db.delete();
});

describe('the store with encryption on', () => {
  it('seals a capture and its bytes on commit, and opens them again with the unlocked key', async () => {
    const bytes = new TextEncoder().encode('\x89PNG pretend image bytes');
    const row = await sealArtifact('a1', 'c1', bytes, 'image/png', db);
    const record = await commitCapture(
      db,
      {
        id: 'c1',
        trigger: 'popup',
        claimed: null,
        observed: { tabUrl: 'https://secret.example/post', tabTitle: 'Secret title', capturedAt: '2026-11-24T10:00:00.000Z' } as CaptureRecord['observed'],
        artifacts: [{ id: 'a1', kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: bytes.length, sha256: 'f'.repeat(64) }],
      },
      [row],
    );
    const stored = await db.captures.get('c1');
    expect(JSON.stringify(stored)).not.toContain('secret.example');
    expect(stored).toMatchObject({
      id: 'c1',
      seq: 1,
      prevHash: null,
      recordHash: record.recordHash,
      sealed: 1,
      observed: { capturedAt: '2026-11-24T10:00:00.000Z' },
    });
    const opened = (await openIfSealed('captures', stored))!;
    expect(opened.observed.tabUrl).toBe('https://secret.example/post');
    expect(captureRecordHash(opened)).toBe(record.recordHash);
    expect(await db.artifacts.get('a1')).toMatchObject({ sealed: 1 });
  });

  it('refuses to open anything once locked', async () => {
    await lockNow();
    await expect(privateKey(db)).rejects.toBeInstanceOf(LockedError);
  });

  it('locks by itself after the idle time', async () => {
    session = { ...session!, lastActivityAt: Date.now() - 11 * 60_000 };
    await expect(privateKey(db)).rejects.toBeInstanceOf(LockedError);
    expect(session).toBeNull();
  });
});
