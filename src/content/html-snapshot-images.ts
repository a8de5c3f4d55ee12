/**
 * Images in the snapshot: each drawn once more from what the page already shows, as a data: URL,
 * so the copy opens without the site. No new request is made. An image the page may not read
 * (another site's, without CORS) taints the canvas; it keeps its address and is named as left out.
 */

export interface ImageLimits {
  /** Bytes of one inlined image, as base64 in the file. */
  perImage: number;
  /** Bytes of all inlined images together. */
  total: number;
}

export const IMAGE_LIMITS: ImageLimits = { perImage: 2 * 1024 * 1024, total: 20 * 1024 * 1024 };

/** A drawable thing and its size in pixels: a loaded <img>, or a <canvas>. */
export type Drawable = HTMLImageElement | HTMLCanvasElement;

/** Reads a drawable as a data: URL, or null when the page may not read it. */
export type ReadImage = (source: Drawable) => string | null;

/** Above this many pixels, drawing alone would stall the page (a 5,000 × 5,000 photo). */
const MAX_PIXELS = 25_000_000;

/** By name, not instanceof: in Firefox a content script sees the page's elements through wrappers. */
function isCanvas(source: Drawable): source is HTMLCanvasElement {
  return source.localName === 'canvas';
}

function pixelSize(source: Drawable): { width: number; height: number } {
  return isCanvas(source) ? { width: source.width, height: source.height } : { width: source.naturalWidth, height: source.naturalHeight };
}

/** Photographs stay JPEG (a PNG of a photo is many times larger); anything that may be transparent stays PNG. */
function typeFor(source: Drawable): 'image/jpeg' | 'image/png' {
  if (isCanvas(source)) return 'image/png';
  try {
    return /\.(jpe?g|jfif)$/i.test(new URL(source.currentSrc || source.src).pathname) ? 'image/jpeg' : 'image/png';
  } catch {
    return 'image/png';
  }
}

/** The browser's own drawing of the image; throws nothing (a tainted canvas is a null). */
export const readWithCanvas: ReadImage = (source) => {
  const { width, height } = pixelSize(source);
  if (!width || !height || width * height > MAX_PIXELS) return null;
  try {
    if (isCanvas(source)) return source.toDataURL('image/png');
    const canvas = source.ownerDocument.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(source, 0, 0);
    return canvas.toDataURL(typeFor(source), 0.92);
  } catch {
    return null;
  }
};

/** Keeps count of what was inlined, within the limits and the time left. */
export class ImageBudget {
  inlined = 0;
  bytes = 0;
  outOfTime = false;
  constructor(
    private readonly read: ReadImage,
    private readonly limits: ImageLimits,
    private readonly deadline: number,
    private readonly now: () => number,
  ) {}

  /** The data: URL for `source`, or why it was not inlined. */
  take(source: Drawable): { dataUrl: string } | { reason: 'not loaded' | 'not readable' | 'too large' | 'out of time' } {
    if (this.now() >= this.deadline) {
      this.outOfTime = true;
      return { reason: 'out of time' };
    }
    if (!isCanvas(source) && (!source.complete || !source.naturalWidth)) return { reason: 'not loaded' };
    const dataUrl = this.read(source);
    if (!dataUrl?.startsWith('data:image/')) return { reason: 'not readable' };
    const size = dataUrl.length;
    if (size > this.limits.perImage || this.bytes + size > this.limits.total) return { reason: 'too large' };
    this.inlined++;
    this.bytes += size;
    return { dataUrl };
  }
}
