import { openArtifactBytes, sealArtifactRow } from '../crypto/sealed-row';
import { isSealedRow } from '../crypto/sealed-tables';
import type { ArtifactRow, PreserveDatabase } from './schema';
import { database } from './schema';
import { privateKey, recipient } from './vault';

/**
 * Every artifact byte goes in and out through here. With encryption on, bytes are sealed to the
 * public key (no passphrase needed, so capture never waits) and opened with the unlocked private
 * key. Sealing happens before the capture's transaction opens; the row is written inside it.
 */
export async function sealArtifact(
  id: string,
  captureId: string,
  bytes: Uint8Array,
  mediaType: string,
  db: PreserveDatabase = database(),
): Promise<ArtifactRow> {
  const to = await recipient(db);
  if (to) return sealArtifactRow(id, captureId, bytes, mediaType, to);
  return { id, captureId, data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }) };
}

export async function readArtifact(id: string): Promise<Uint8Array> {
  const row = await artifactRow(id);
  if (isSealedRow(row)) return openArtifactBytes(row, await privateKey());
  return new Uint8Array(await row.data.arrayBuffer());
}

export async function readArtifactBlob(id: string): Promise<Blob> {
  const row = await artifactRow(id);
  if (isSealedRow(row)) {
    return new Blob([(await openArtifactBytes(row, await privateKey())) as Uint8Array<ArrayBuffer>], { type: row.mediaType });
  }
  return row.data;
}

async function artifactRow(id: string): Promise<ArtifactRow> {
  const row = await database().artifacts.get(id);
  if (!row) throw new Error(`This capture's file ${id} is missing from the store.`);
  return row;
}
