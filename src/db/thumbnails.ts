import { makeThumbnail } from '../capture/thumbnail';
import { readArtifactBlob } from './artifact-store';
import { database, type ThumbnailRow } from './schema';

/** Returns the list thumbnail of a capture, drawing and storing it the first time it is needed. */
export async function thumbnailFor(captureId: string, screenshotArtifactId: string): Promise<ThumbnailRow> {
  const db = database();
  const existing = await db.thumbnails.get(captureId);
  if (existing) return existing;
  const drawn = await makeThumbnail(await readArtifactBlob(screenshotArtifactId));
  const row: ThumbnailRow = { captureId, ...drawn };
  await db.thumbnails.put(row);
  return row;
}
