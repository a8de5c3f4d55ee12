import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyring } from '../../../src/crypto/keyring';
import { sealArtifact } from '../../../src/db/artifact-store';
import { PreserveDatabase } from '../../../src/db/schema';
import { thumbnailFor } from '../../../src/db/thumbnails';
import { KEYRING_ID, LockedError, lockNow, startSession, useSessionStore, type UnlockSession } from '../../../src/db/vault';

// Node has no canvas: the drawing is stood in for by bytes that say what they were drawn from.
const draw = vi.hoisted(() => ({ before: null as null | (() => Promise<void>), afterSeal: null as null | (() => Promise<void>) }));
vi.mock('../../../src/capture/thumbnail', () => ({
  makeThumbnail: async (image: Blob) => {
    await draw.before?.();
    const source = new TextDecoder().decode(await image.arrayBuffer());
    return { data: new Blob([`JPEG thumbnail of ${source}`], { type: 'image/jpeg' }), width: 320, height: 180 };
  },
}));
// Lets a test turn encryption on in the gap between sealing (or not) and writing.
vi.mock('../../../src/db/open-rows', async (original) => {
  const actual = await original<typeof import('../../../src/db/open-rows')>();
  return {
    ...actual,
    sealIfEncrypted: async (...args: Parameters<typeof actual.sealIfEncrypted>) => {
      const row = await actual.sealIfEncrypted(...args);
      await draw.afterSeal?.();
      return row;
    },
  };
});

let db: PreserveDatabase;
let session: UnlockSession | null = null;

async function turnEncryptionOn(): Promise<void> {
  const { record, unlocked } = await createKeyring('a long test passphrase', { iterations: 1_000, unsafeTestIterations: true });
  await db.keys.put({ ...record, id: KEYRING_ID });
  await startSession(unlocked.kid, unlocked.sessionSecret, 10);
}

const text = async (blob: Blob) => new TextDecoder().decode(await blob.arrayBuffer());
const screenshot = (words: string) => new Blob([words], { type: 'image/png' });

beforeEach(() => {
  db = new PreserveDatabase();
  draw.before = null;
  draw.afterSeal = null;
  useSessionStore({
    get: async () => session,
    set: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
  });
});

afterEach(async () => {
  await lockNow();
  await db.delete();
});

describe('list thumbnails', () => {
  it('are sealed with encryption on, and open again to the same bytes', async () => {
    await turnEncryptionOn();
    const drawn = await thumbnailFor('c1', screenshot('secret screenshot'));
    const stored = await db.thumbnails.get('c1');
    expect(stored).toMatchObject({ captureId: 'c1', width: 320, height: 180, sealed: 1, mediaType: 'image/jpeg' });
    expect(stored).not.toHaveProperty('data');
    const raw = new TextDecoder('latin1').decode((stored as { envelope: { ciphertext: Uint8Array } }).envelope.ciphertext);
    expect(raw).not.toContain('secret screenshot');

    const opened = await thumbnailFor('c1', 'no-artifact-needed');
    expect(await text(opened.data)).toBe('JPEG thumbnail of secret screenshot');
    expect(await text(opened.data)).toBe(await text(drawn.data));
    expect(opened.data.type).toBe('image/jpeg');
  });

  it('are drawn from the sealed screenshot, and kept sealed, for a capture saved before thumbnails were kept', async () => {
    await turnEncryptionOn();
    await db.artifacts.put(await sealArtifact('a1', 'c1', new TextEncoder().encode('older screenshot'), 'image/png', db));
    expect(await db.thumbnails.get('c1')).toBeUndefined();

    const row = await thumbnailFor('c1', 'a1');
    expect(await text(row.data)).toBe('JPEG thumbnail of older screenshot');
    expect(await db.thumbnails.get('c1')).toMatchObject({ sealed: 1 });
    // The second view opens the stored one: the artifact is not needed again.
    await db.artifacts.delete('a1');
    expect(await text((await thumbnailFor('c1', 'a1')).data)).toBe('JPEG thumbnail of older screenshot');
  });

  it('cannot be opened while Preserve is locked', async () => {
    await turnEncryptionOn();
    await thumbnailFor('c1', screenshot('secret screenshot'));
    await lockNow();
    await expect(thumbnailFor('c1', 'a1')).rejects.toBeInstanceOf(LockedError);
  });

  it('are stored as they are while encryption is off', async () => {
    await thumbnailFor('c1', screenshot('plain screenshot'));
    const stored = await db.thumbnails.get('c1');
    expect(stored).not.toHaveProperty('sealed');
    expect(await text((stored as { data: Blob }).data)).toBe('JPEG thumbnail of plain screenshot');
  });

  it('are sealed when encryption is turned on while one is being drawn', async () => {
    draw.before = turnEncryptionOn;
    await thumbnailFor('c1', screenshot('plain screenshot'));
    expect(await db.thumbnails.get('c1')).toMatchObject({ sealed: 1 });
  });

  it('are not written in the clear when encryption is turned on just before the write', async () => {
    draw.afterSeal = turnEncryptionOn;
    const drawn = await thumbnailFor('c1', screenshot('plain screenshot'));
    expect(await text(drawn.data)).toBe('JPEG thumbnail of plain screenshot');
    // Nothing is kept; the next view draws it again, sealed.
    expect(await db.thumbnails.get('c1')).toBeUndefined();
    draw.afterSeal = null;
    await db.artifacts.put(await sealArtifact('a1', 'c1', new TextEncoder().encode('plain screenshot'), 'image/png', db));
    await thumbnailFor('c1', 'a1');
    expect(await db.thumbnails.get('c1')).toMatchObject({ sealed: 1 });
  });

  it('never replace one already stored', async () => {
    await thumbnailFor('c1', screenshot('first'));
    await thumbnailFor('c1', screenshot('second'));
    expect(await text(((await db.thumbnails.get('c1')) as { data: Blob }).data)).toBe('JPEG thumbnail of first');
  });
});
