import type { ArtifactRow } from './schema';
import { database } from './schema';

/**
 * Every artifact byte goes in and out through here, so that encryption at rest can wrap these
 * two functions without touching capture, viewing or export. Sealing happens before the
 * capture's transaction opens (it may be slow and async); the row is then written inside it.
 */
export async function sealArtifact(id: string, captureId: string, bytes: Uint8Array, mediaType: string): Promise<ArtifactRow> {
  return { id, captureId, data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }) };
}

export async function readArtifact(id: string): Promise<Uint8Array> {
  const row = await database().artifacts.get(id);
  if (!row) throw new Error(`This capture's file ${id} is missing from the store.`);
  return new Uint8Array(await row.data.arrayBuffer());
}

export async function readArtifactBlob(id: string): Promise<Blob> {
  const row = await database().artifacts.get(id);
  if (!row) throw new Error(`This capture's file ${id} is missing from the store.`);
  return row.data;
}
