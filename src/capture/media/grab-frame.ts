import type { ViewportRect } from '../../content/media/page-media-api';
import { sealArtifact } from '../../db/artifact-store';
import type { ArtifactRow } from '../../db/schema';
import { sha256Bytes } from '../../shared/hash';
import type { ArtifactRef } from '../../shared/types';
import type { CaptureContext } from '../capture-extras';
import { dataUrlToBytes } from '../decode';
import { pngSize } from '../observed-facts';
import { callPageMedia } from './page-media';
import { screenshotCrop } from './screenshot-crop';

type Frame = { artifact: ArtifactRef; row: ArtifactRow | null } | { error: string };

const CUT_NOTE = 'A still cut from the screenshot, because the page does not let its video frames be read.';

/**
 * The frame a video was showing, drawn to a canvas in the page, as a PNG artifact (fingerprint only
 * in under-18 mode). When the page may not read it (a video from another site without CORS taints
 * the canvas), the video's box is cut out of the visible screenshot instead: the browser took that
 * image itself, so nothing in it is off limits.
 */
export async function grabFrame(context: CaptureContext, handle: number, timeoutMs: number): Promise<Frame> {
  if (handle < 0) return { error: 'the video was not found in the page' };
  try {
    const answer = await callPageMedia(context.tabId, timeoutMs, 'frame', handle);
    if ('dataUrl' in answer) return await frameArtifact(context, dataUrlToBytes(answer.dataUrl), {});
    // Only a capture that does not scroll: another step scrolling alongside would move the video away from where the screenshot shows it.
    if (!answer.rect || !context.visibleScreenshot || context.mode !== 'visible') return { error: answer.error };
    return await cutFromScreenshot(context, context.visibleScreenshot, answer.rect, answer.error);
  } catch (error) {
    return { error: String((error as Error)?.message ?? error) };
  }
}

async function cutFromScreenshot(
  context: CaptureContext,
  screenshot: NonNullable<CaptureContext['visibleScreenshot']>,
  rect: ViewportRect,
  why: string,
): Promise<Frame> {
  const size = pngSize(screenshot.png);
  const box = size && screenshotCrop(rect, screenshot.devicePixelRatio, size);
  if (!box) return { error: `${why}, and the video was not on screen to cut from the screenshot` };
  const bitmap = await createImageBitmap(new Blob([screenshot.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), box.x, box.y, box.width, box.height);
  try {
    const canvas = new OffscreenCanvas(box.width, box.height);
    const drawing = canvas.getContext('2d');
    if (!drawing) return { error: `${why}, and no canvas was available to cut it from the screenshot` };
    drawing.drawImage(bitmap, 0, 0);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    return await frameArtifact(context, bytes, { fetchedVia: 'rendered', note: CUT_NOTE });
  } finally {
    bitmap.close();
  }
}

async function frameArtifact(context: CaptureContext, bytes: Uint8Array, extra: Pick<ArtifactRef, 'fetchedVia' | 'note'>): Promise<Frame> {
  const artifact: ArtifactRef = {
    id: crypto.randomUUID(),
    kind: 'frame',
    name: 'frame.png',
    mediaType: 'image/png',
    size: bytes.byteLength,
    sha256: await sha256Bytes(bytes),
    ...(pngSize(bytes) ?? {}),
    ...extra,
    ...(context.keepImages ? {} : { stored: false as const }),
  };
  return { artifact, row: context.keepImages ? await sealArtifact(artifact.id, context.captureId, bytes, 'image/png') : null };
}
