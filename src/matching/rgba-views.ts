/*
 * The eight rotations and mirror images of a picture, made by moving its pixels, and their PDQ
 * hashes. The reference derives the views from the DCT block (pdqDihedral), but mirroring moves
 * PDQ's sampling grid: on a 256 px image a mirrored copy lands 48–100 bits from its derived view.
 * Hashing the moved pixels costs about 6 ms a view and lands within the usual re-encoding noise.
 */
import { pdq, type RgbaImage } from './pdq';
import { DIHEDRAL_VIEWS, type DihedralView } from './pdq-dct';

/** For each view: whether width and height swap, and where output (x, y) reads from, on a w × h source. */
const SOURCE_OF: Record<DihedralView, { swap: boolean; at: (x: number, y: number, w: number, h: number) => [number, number] }> = {
  original: { swap: false, at: (x, y) => [x, y] },
  rotate90: { swap: true, at: (x, y, w) => [w - 1 - y, x] },
  rotate180: { swap: false, at: (x, y, w, h) => [w - 1 - x, h - 1 - y] },
  rotate270: { swap: true, at: (x, y, _w, h) => [y, h - 1 - x] },
  flipX: { swap: false, at: (x, y, _w, h) => [x, h - 1 - y] },
  flipY: { swap: false, at: (x, y, w) => [w - 1 - x, y] },
  flipPlus1: { swap: true, at: (x, y) => [y, x] },
  flipMinus1: { swap: true, at: (x, y, w, h) => [w - 1 - y, h - 1 - x] },
};

export function rgbaView(image: RgbaImage, view: DihedralView): RgbaImage {
  const { width: w, height: h, data } = image;
  const { swap, at } = SOURCE_OF[view];
  const width = swap ? h : w;
  const height = swap ? w : h;
  const out = new Uint8ClampedArray(width * height * 4);
  const source = new Uint32Array(data.buffer, data.byteOffset, w * h);
  const target = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = at(x, y, w, h);
      target[y * width + x] = source[sy * w + sx]!;
    }
  }
  return { width, height, data: out };
}

/** PDQ of the picture and of each of its seven moved views, in DIHEDRAL_VIEWS order ([0] is the hash). */
export function pdqOfViews(image: RgbaImage): { hash: string; quality: number; dihedral: string[] } {
  const first = pdq(image);
  const dihedral = DIHEDRAL_VIEWS.map((view) => (view === 'original' ? first.hash : pdq(rgbaView(image, view)).hash));
  return { ...first, dihedral };
}
