/**
 * WebCrypto takes `BufferSource` backed by a plain ArrayBuffer; TypeScript's generic typed arrays
 * cannot prove that for a `Uint8Array` that arrived from elsewhere, so we narrow in one place.
 */
export function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** Compares without an early exit, so how long it takes says nothing about where bytes differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!; // i < length of both
  return difference === 0;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}
