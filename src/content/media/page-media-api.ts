import type { FoundMedia, MediaRequest } from './find-media';

/** What the injected media script answers; errors are answers too, so the worker can fall back. */
export interface PageMediaApi {
  find(request: MediaRequest): FoundMedia[];
  /**
   * The video's current frame as a PNG data URL, or why not (a protected or not yet loaded video).
   * When the frame was there but the page may not read it, `rect` is where the video was in the
   * viewport, so the worker can cut the still out of the screenshot instead.
   */
  frame(handle: number): { dataUrl: string } | { error: string; rect?: ViewportRect };
  /** Fetches in the page (with the page's cookies) into a slot, stopping past `limit` bytes. */
  fetchToSlot(url: string, limit: number, timeoutMs: number): Promise<SlotAnswer>;
  /** base64 of `length` bytes of a slot from `offset`: replies must be JSON, so bytes cross as text. */
  readSlot(slot: number, offset: number, length: number): Promise<string>;
  dropSlot(slot: number): void;
}

/** A box in the viewport, in CSS pixels, as getBoundingClientRect reports it. */
export interface ViewportRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type SlotAnswer = { slot: number; size: number; type: string } | { over: true; size: number; exact: boolean } | { error: string };

export const PAGE_MEDIA_GLOBAL = '__preserveMedia';
