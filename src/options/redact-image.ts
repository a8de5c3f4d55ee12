const BLOCKS_ACROSS = 24;

/**
 * The platform copy's images: pixelated so coarsely that nothing intimate can be made out, while
 * the layout of the page stays recognisable. Runs in the extension page (OffscreenCanvas).
 */
export async function pixelateImage(bytes: Uint8Array, mediaType: string): Promise<{ bytes: Uint8Array; mediaType: string }> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
  const small = new OffscreenCanvas(BLOCKS_ACROSS, Math.max(1, Math.round((BLOCKS_ACROSS * bitmap.height) / bitmap.width)));
  small.getContext('2d')!.drawImage(bitmap, 0, 0, small.width, small.height);
  const full = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = full.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.drawImage(small, 0, 0, full.width, full.height);
  bitmap.close();
  const blob = await full.convertToBlob({ type: 'image/png' });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mediaType: 'image/png' };
}
