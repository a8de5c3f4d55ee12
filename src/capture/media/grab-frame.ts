import { sealArtifact } from '../../db/artifact-store';
import type { ArtifactRow } from '../../db/schema';
import { sha256Bytes } from '../../shared/hash';
import type { ArtifactRef } from '../../shared/types';
import type { CaptureContext } from '../capture-extras';
import { dataUrlToBytes } from '../decode';
import { pngSize } from '../observed-facts';
import { callPageMedia } from './page-media';

/** The frame a video was showing, drawn to a canvas in the page, as a PNG artifact (fingerprint only in under-18 mode). */
export async function grabFrame(
  context: CaptureContext,
  handle: number,
  timeoutMs: number,
): Promise<{ artifact: ArtifactRef; row: ArtifactRow | null } | { error: string }> {
  if (handle < 0) return { error: 'the video was not found in the page' };
  try {
    const answer = await callPageMedia(context.tabId, timeoutMs, 'frame', handle);
    if ('error' in answer) return answer;
    const bytes = dataUrlToBytes(answer.dataUrl);
    const artifact: ArtifactRef = {
      id: crypto.randomUUID(),
      kind: 'frame',
      name: 'frame.png',
      mediaType: 'image/png',
      size: bytes.byteLength,
      sha256: await sha256Bytes(bytes),
      ...(pngSize(bytes) ?? {}),
      ...(context.keepImages ? {} : { stored: false as const }),
    };
    return { artifact, row: context.keepImages ? await sealArtifact(artifact.id, context.captureId, bytes, 'image/png') : null };
  } catch (error) {
    return { error: String((error as Error)?.message ?? error) };
  }
}
