const THUMBNAIL_WIDTH = 320;

/** A small JPEG of a screenshot for lists; derived, never part of the evidence. */
export async function makeThumbnail(image: Blob): Promise<{ data: Blob; width: number; height: number }> {
  const bitmap = await createImageBitmap(image);
  const scale = Math.min(1, THUMBNAIL_WIDTH / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas is available to draw a thumbnail.');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return { data: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 }), width, height };
}
