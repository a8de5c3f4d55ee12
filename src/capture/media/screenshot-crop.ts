import type { ViewportRect } from '../../content/media/page-media-api';

/** A box of whole pixels in the screenshot image. */
interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where an element's viewport box lies in the visible screenshot: CSS pixels times the ratio of
 * screenshot pixels to CSS pixels, rounded to whole pixels and clamped to the image. null when
 * nothing of it was on screen (scrolled away, hidden, or no size), so no empty still is kept.
 */
export function screenshotCrop(rect: ViewportRect, devicePixelRatio: number, image: { width: number; height: number }): PixelBox | null {
  const values = [rect.x, rect.y, rect.width, rect.height, devicePixelRatio];
  if (!values.every(Number.isFinite) || devicePixelRatio <= 0 || rect.width <= 0 || rect.height <= 0) return null;
  const left = clamp(Math.round(rect.x * devicePixelRatio), image.width);
  const top = clamp(Math.round(rect.y * devicePixelRatio), image.height);
  const right = clamp(Math.round((rect.x + rect.width) * devicePixelRatio), image.width);
  const bottom = clamp(Math.round((rect.y + rect.height) * devicePixelRatio), image.height);
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
