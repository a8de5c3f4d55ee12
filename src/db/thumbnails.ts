import { makeThumbnail } from '../capture/thumbnail';
import { isSealedRow } from '../crypto/sealed-tables';
import { readArtifactBlob } from './artifact-store';
import { openIfSealed, sealIfEncrypted } from './open-rows';
import { database, type ThumbnailRow } from './schema';
import { KEYRING_ID } from './vault';

/*
 * A thumbnail is a small copy of the screenshot, so with encryption on it is sealed like the
 * screenshot itself (the thumbnails table is a sealed 'bytes' table). The list then opens one
 * small envelope per row instead of decrypting and decoding a whole screenshot.
 */

/**
 * The list thumbnail of a capture. Given the screenshot itself (the worker, right after the
 * capture commits) it is drawn and kept without opening anything, so it works while locked; given
 * the screenshot's artifact id (the list) the stored one is opened, or, for a capture saved
 * before thumbnails were kept, drawn from the screenshot and kept.
 */
export async function thumbnailFor(captureId: string, screenshot: string | Blob): Promise<ThumbnailRow> {
  const db = database();
  if (typeof screenshot === 'string') {
    const stored = await openIfSealed('thumbnails', await db.thumbnails.get(captureId));
    if (stored) return stored;
  }
  const image = typeof screenshot === 'string' ? await readArtifactBlob(screenshot) : screenshot;
  const row: ThumbnailRow = { captureId, ...(await makeThumbnail(image)) };
  // Sealed outside the transaction: WebCrypto cannot be awaited inside one.
  const sealed = await sealIfEncrypted(db, 'thumbnails', row);
  await db.transaction('rw', db.thumbnails, db.keys, async () => {
    // Encryption turned on while this was drawn: a plaintext copy must not land after the
    // migration has sealed everything, so the next view draws it again, sealed.
    if (!isSealedRow(sealed) && (await db.keys.get(KEYRING_ID))) return;
    // Never replace one already there: the migration may be sealing it right now.
    if (!(await db.thumbnails.get(captureId))) await db.thumbnails.add(sealed);
  });
  return row;
}
