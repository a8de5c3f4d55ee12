import { makeThumbnail } from '../capture/thumbnail';
import { readArtifactBlob } from './artifact-store';
import { isSealedRow } from '../crypto/sealed-tables';
import { database, type ThumbnailRow } from './schema';
import { recipient } from './vault';

/** Returns the list thumbnail of a capture, drawing and storing it the first time it is needed. */
export async function thumbnailFor(captureId: string, screenshotArtifactId: string): Promise<ThumbnailRow> {
  const db = database();
  // A thumbnail is a copy of the screenshot: with encryption on it is drawn in memory and never stored.
  const encrypted = (await recipient(db)) !== null;
  const existing = encrypted ? undefined : await db.thumbnails.get(captureId);
  if (existing !== undefined && !isSealedRow(existing)) return existing;
  const drawn = await makeThumbnail(await readArtifactBlob(screenshotArtifactId));
  const row: ThumbnailRow = { captureId, ...drawn };
  if (!encrypted) await db.thumbnails.put(row);
  return row;
}
