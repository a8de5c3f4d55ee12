import { sealArtifact } from '../../db/artifact-store';
import type { ArtifactRow } from '../../db/schema';
import { recipient } from '../../db/vault';

/**
 * The stored row for a media file already held as a Blob. Without encryption the Blob is stored as
 * it is (no second copy in memory); with it, sealing needs the bytes, as for every artifact.
 */
export async function mediaRow(id: string, captureId: string, blob: Blob): Promise<ArtifactRow> {
  if (!(await recipient())) return { id, captureId, data: blob };
  return sealArtifact(id, captureId, new Uint8Array(await blob.arrayBuffer()), blob.type);
}
