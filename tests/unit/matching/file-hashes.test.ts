import { describe, expect, it } from 'vitest';
import { fileHashes } from '../../../src/matching/file-hashes';

describe('fileHashes', () => {
  it('gives the MD5 and SHA-256 test vectors', async () => {
    expect(await fileHashes(new TextEncoder().encode('abc'))).toEqual({
      md5: '900150983cd24fb0d6963f7d28e17f72',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    expect((await fileHashes(new Uint8Array(0))).md5).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});
