import { fromBase64 } from '../shared/base64';

/** Bytes of a base64 data: URL, as captureVisibleTab returns it. */
export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The browser returned a screenshot in an unexpected form.');
  }
  return fromBase64(dataUrl.slice(comma + 1));
}
