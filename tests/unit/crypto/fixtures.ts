import { createKeyring } from '../../../src/crypto/keyring';

/** Few iterations so the suite stays fast; the 600k default has its own test. */
export const FAST = { iterations: 1_000, unsafeTestIterations: true } as const;

export const MARKER = 'PRESERVE-PLAINTEXT-MARKER-7f3a';
export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG signature, then the marker as text, then noise: what a screenshot's bytes might hold. */
export function fakePng(size = 4096): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 131 + 7) & 0xff;
  bytes.set(PNG_SIGNATURE, 0);
  bytes.set(new TextEncoder().encode(MARKER), 16);
  return bytes;
}

export async function fastKeyring(passphrase = 'correct horse battery staple') {
  return createKeyring(passphrase, FAST);
}

export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Every byte and string reachable from a stored value, the way someone reading the files sees it. */
export async function rawBytesOf(value: unknown, out: Uint8Array[] = []): Promise<Uint8Array[]> {
  if (typeof value === 'string') out.push(new TextEncoder().encode(value));
  else if (value instanceof Uint8Array) out.push(value);
  else if (value instanceof ArrayBuffer) out.push(new Uint8Array(value));
  else if (value instanceof Blob) out.push(new Uint8Array(await value.arrayBuffer()));
  else if (Array.isArray(value)) for (const item of value) await rawBytesOf(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(new TextEncoder().encode(key));
      await rawBytesOf(item, out);
    }
  }
  return out;
}
