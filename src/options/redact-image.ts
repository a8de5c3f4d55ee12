import { t } from '../shared/i18n';
import { pixelateRgba, pixelBlockSize } from './pixelate-rgba';

/**
 * The platform copy's images: pixelated so coarsely that nothing intimate can be made out and a
 * perceptual hash (PDQ) no longer matches the original, while the layout of the page stays
 * recognisable. Decoding and encoding run on an OffscreenCanvas in the extension page; the
 * pixelation itself is the pure pixelateRgba, tested on real photos in Node.
 */
export async function pixelateImage(bytes: Uint8Array, mediaType: string): Promise<{ bytes: Uint8Array; mediaType: string }> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('evidence_pixelate_no_canvas'));
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const original = context.getImageData(0, 0, width, height);
  context.putImageData(new ImageData(pixelateRgba(original.data, width, height, pixelBlockSize(width, height)), width, height), 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mediaType: 'image/png' };
}
