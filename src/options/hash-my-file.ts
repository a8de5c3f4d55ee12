/*
 * Everything "Add images" stores is worked out here, in the options page, on this device: the
 * file's MD5 and SHA-256, and PDQ with its quality and its 8 rotated and mirrored views. Photos:
 * the 8 views are hashed from the moved pixels (see matching/rgba-views.ts). Videos: a frame a
 * second (vPDQ), sought with a <video> element within a time bound that grows with the video;
 * each frame is taken as a WebCodecs VideoFrame, whose timestamp proves it is the frame sought
 * (see frameAt). Their views come from the DCT, which is 8 times cheaper and exact enough at a
 * video's size.
 */
import { fileHashes } from '../matching/file-hashes';
import { pdqDihedral } from '../matching/pdq';
import { pdqOfViews } from '../matching/rgba-views';
import { combineFrameHashes, type FrameHash, frameShowsTime, planVideoFrames } from '../matching/video-frames';
import { t } from '../shared/i18n';
import type { MyImageRecord } from '../shared/matching-types';

export type MyImageDraft = Omit<MyImageRecord, 'id' | 'addedAt' | 'keptImage'>;

/** PDQ shrinks to 512 px itself; decoding a 12-megapixel photo whole would only cost time. */
const MAX_DECODE_SIDE = 1024;
/** A seek on a busy computer can be slow; only a file the browser cannot read takes this long. */
const SEEK_TIMEOUT_MS = 10_000;
/** After 'seeked', how long the sought frame may take to reach the element before the one shown is taken as it. */
const FRAME_SETTLE_MS = 2_000;
const FRAME_POLL_MS = 15;

export async function hashMyFile(file: File): Promise<{ draft: MyImageDraft; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { md5, sha256 } = await fileHashes(bytes);
  const base = { label: file.name, md5, sha256 };
  if (file.type.startsWith('video/')) return { draft: { ...base, kind: 'video', ...(await hashVideo(file)) }, bytes };
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  const image = pixelsOf(bitmap, width, height);
  bitmap.close();
  const { hash, quality, dihedral } = pdqOfViews(image);
  return { draft: { ...base, kind: 'image', pdq: [{ hash, quality }], dihedral: [dihedral], width, height }, bytes };
}

function pixelsOf(source: CanvasImageSource, width: number, height: number): ImageData {
  const scale = Math.min(1, MAX_DECODE_SIDE / Math.max(width, height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error(t('images_pixels_unreadable'));
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

async function hashVideo(file: File): Promise<Pick<MyImageDraft, 'pdq' | 'dihedral' | 'width' | 'height'>> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  try {
    video.src = url;
    await waitFor(video, 'loadeddata');
    const plan = planVideoFrames(video.duration * 1000);
    const started = performance.now();
    const frames: Array<FrameHash & { dihedral: string[] }> = [];
    let previousUs: number | undefined;
    for (const timeMs of plan.timesMs) {
      if (performance.now() - started > plan.budgetMs) break;
      const shown = await frameAt(video, timeMs, previousUs);
      previousUs = shown.timestampUs;
      const { hash, quality, dihedral } = pdqDihedral(shown.image);
      frames.push({ frameMs: timeMs, hash, quality, dihedral });
    }
    const kept = combineFrameHashes(frames);
    return {
      pdq: kept.map(({ frameMs, hash, quality }) => ({ hash, quality, frameMs })),
      dihedral: kept.map((frame) => frame.dihedral),
      width: video.videoWidth,
      height: video.videoHeight,
    };
  } finally {
    video.removeAttribute('src');
    URL.revokeObjectURL(url);
  }
}

/**
 * The pixels of the frame at `timeMs`. 'seeked' alone does not promise that the element already
 * paints the new frame (under load Chromium still drew the previous seek's frame), so the frame is
 * taken as a VideoFrame and checked by its own timestamp, waiting a little for the right one. A
 * browser without WebCodecs gets the element as it is after 'seeked'.
 */
async function frameAt(video: HTMLVideoElement, timeMs: number, previousUs: number | undefined): Promise<{ image: ImageData; timestampUs?: number }> {
  video.currentTime = timeMs / 1000;
  await waitFor(video, 'seeked');
  const settleBy = performance.now() + FRAME_SETTLE_MS;
  for (;;) {
    const frame = currentFrame(video);
    if (!frame) return { image: pixelsOf(video, video.videoWidth, video.videoHeight) };
    try {
      const timing = { timestampUs: frame.timestamp, durationUs: frame.duration };
      // Past the wait, the frame shown is the frame there is (a still held longer than its stated duration).
      if (frameShowsTime(timing, timeMs, previousUs) || performance.now() >= settleBy)
        return { image: pixelsOf(frame, frame.displayWidth, frame.displayHeight), timestampUs: frame.timestamp };
    } finally {
      frame.close();
    }
    await new Promise((done) => setTimeout(done, FRAME_POLL_MS));
  }
}

function currentFrame(video: HTMLVideoElement): VideoFrame | null {
  if (typeof VideoFrame !== 'function') return null;
  try {
    return new VideoFrame(video);
  } catch {
    return null; // no frame to wrap yet, or a browser that cannot wrap a <video>
  }
}

function waitFor(video: HTMLVideoElement, event: 'loadeddata' | 'seeked'): Promise<void> {
  return new Promise((done, fail) => {
    const failed = () => {
      clearTimeout(timer);
      fail(new Error(t('images_video_unreadable')));
    };
    const timer = setTimeout(failed, SEEK_TIMEOUT_MS);
    video.addEventListener(
      event,
      () => {
        clearTimeout(timer);
        done();
      },
      { once: true },
    );
    video.addEventListener('error', failed, { once: true });
  });
}
