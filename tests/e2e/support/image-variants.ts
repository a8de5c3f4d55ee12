// The "Find my images" fixture: copies of a reference photo changed the ways reposts change them
// (re-encoded, resized, blurred, sharpened, contrast, mirrored), and unrelated photos, made with
// jpeg-js at test setup so no generated file is committed.
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decode(path: string): Rgba {
  const { width, height, data } = jpeg.decode(readFileSync(path), { useTArray: true, formatAsRGBA: true });
  return { width, height, data: new Uint8Array(data) };
}

export function encode(image: Rgba, quality = 90): Buffer {
  return jpeg.encode({ width: image.width, height: image.height, data: Buffer.from(image.data) }, quality).data;
}

function map(image: Rgba, pixel: (x: number, y: number, c: number) => number): Rgba {
  const data = new Uint8Array(image.data.length);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      for (let c = 0; c < 3; c++) data[(y * image.width + x) * 4 + c] = Math.max(0, Math.min(255, Math.round(pixel(x, y, c))));
      data[(y * image.width + x) * 4 + 3] = 255;
    }
  }
  return { ...image, data };
}

function at(image: Rgba, x: number, y: number, c: number): number {
  const cx = Math.max(0, Math.min(image.width - 1, x));
  const cy = Math.max(0, Math.min(image.height - 1, y));
  return image.data[(cy * image.width + cx) * 4 + c]!;
}

function boxBlur(image: Rgba, radius: number): Rgba {
  return map(image, (x, y, c) => {
    let sum = 0;
    for (let dy = -radius; dy <= radius; dy++) for (let dx = -radius; dx <= radius; dx++) sum += at(image, x + dx, y + dy, c);
    return sum / (2 * radius + 1) ** 2;
  });
}

export function crop(image: Rgba, left: number, top: number, width: number, height: number): Rgba {
  return map({ width, height, data: new Uint8Array(width * height * 4) }, (x, y, c) => at(image, left + x, top + y, c));
}

export function resize(image: Rgba, width: number, height: number): Rgba {
  const sx = image.width / width;
  const sy = image.height / height;
  return map({ width, height, data: new Uint8Array(width * height * 4) }, (x, y, c) => {
    let sum = 0;
    let n = 0;
    for (let yy = Math.floor(y * sy); yy < Math.floor((y + 1) * sy); yy++) {
      for (let xx = Math.floor(x * sx); xx < Math.floor((x + 1) * sx); xx++) {
        sum += at(image, xx, yy, c);
        n++;
      }
    }
    return n ? sum / n : at(image, Math.floor(x * sx), Math.floor(y * sy), c);
  });
}

/** The six copies of `reference`, as JPEG files by name. */
export function variantsOf(reference: Rgba): Record<string, Buffer> {
  const blurred = boxBlur(reference, 1);
  return {
    'reencoded.jpg': encode(reference, 35),
    'resized.jpg': encode(resize(reference, Math.round(reference.width * 0.6), Math.round(reference.height * 0.6))),
    'blurred.jpg': encode(boxBlur(blurred, 1)),
    'sharpened.jpg': encode(map(reference, (x, y, c) => 2 * at(reference, x, y, c) - at(blurred, x, y, c))),
    'contrast.jpg': encode(map(reference, (x, y, c) => 128 + (at(reference, x, y, c) - 128) * 1.35 + 10)),
    'mirrored.jpg': encode(map(reference, (x, y, c) => at(reference, reference.width - 1 - x, y, c))),
  };
}
