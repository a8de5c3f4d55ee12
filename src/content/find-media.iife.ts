import { toBase64 } from '../shared/base64';
import { findMedia } from './media/find-media';
import { PAGE_MEDIA_GLOBAL, type PageMediaApi, type SlotAnswer } from './media/page-media-api';

/*
 * Injected on demand into the tab being captured (activeTab), in the extension's isolated world,
 * so the page can neither see nor call it. It finds the media to save and, when the extension
 * cannot fetch a file itself, fetches it as the page would (with the page's cookies) and hands
 * the bytes over in slices.
 */
const elements: Array<HTMLImageElement | HTMLVideoElement | HTMLAudioElement> = [];
const slots = new Map<number, Blob>();
let nextSlot = 1;

async function fetchToSlot(url: string, limit: number, timeoutMs: number): Promise<SlotAnswer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'include', signal: abort.signal });
    if (!response.ok) return { error: `the site answered ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limit) {
      await response.body?.cancel();
      return { over: true, size: declared, exact: true };
    }
    const reader = response.body!.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { over: true, size, exact: false };
      }
      chunks.push(value);
    }
    const slot = nextSlot++;
    const type = response.headers.get('content-type') ?? '';
    slots.set(slot, new Blob(chunks, { type }));
    return { slot, size, type };
  } catch (error) {
    return { error: abort.signal.aborted ? `it took longer than ${timeoutMs / 1000} seconds` : String((error as Error)?.message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}

async function readSlot(slot: number, offset: number, length: number): Promise<string> {
  const buffer = await slots
    .get(slot)!
    .slice(offset, offset + length)
    .arrayBuffer();
  // Copied into an array of this script's own: in Firefox the buffer belongs to the page's side of
  // the content-script wall, and slicing a view of it there is refused ("Permission denied").
  return toBase64(new Uint8Array(new Uint8Array(buffer)));
}

function frame(handle: number): ReturnType<PageMediaApi['frame']> {
  const video = elements[handle];
  if (!(video instanceof HTMLVideoElement)) return { error: 'it is not a video' };
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return { error: 'the video had not shown a frame yet' };
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')!.drawImage(video, 0, 0);
  try {
    return { dataUrl: canvas.toDataURL('image/png') };
  } catch {
    // A video from another site without CORS taints the canvas: its pixels cannot be read.
    const { x, y, width, height } = video.getBoundingClientRect();
    return { error: 'the site does not let its video frames be read', rect: { x, y, width, height } };
  }
}

const api: PageMediaApi = {
  find: (request) => {
    elements.length = 0;
    return findMedia(document, request, elements);
  },
  frame,
  fetchToSlot,
  readSlot,
  dropSlot: (slot) => void slots.delete(slot),
};
(globalThis as Record<string, unknown>)[PAGE_MEDIA_GLOBAL] = api;
