import { beforeEach, describe, expect, it, vi } from 'vitest';

// The page's api works out the hashes itself and sends the worker those alone, unless the person chose to keep the image.
const sent: Array<[string, unknown]> = [];
vi.mock('webextension-polyfill', () => ({ default: { downloads: { download: vi.fn() } } }));
vi.mock('../../../src/shared/send-message', () => ({
  sendMessage: vi.fn(async (type: string, payload: unknown) => {
    sent.push([type, payload]);
    return { id: 'new' };
  }),
}));
vi.mock('../../../src/options/hash-my-file', () => ({
  hashMyFile: vi.fn(async (file: File) => ({
    draft: { label: file.name, kind: 'image', md5: 'a'.repeat(32), sha256: 'b'.repeat(64), pdq: [{ hash: 'c'.repeat(64), quality: 90 }], dihedral: [[]] },
    bytes: new Uint8Array(await file.arrayBuffer()),
  })),
}));

const { imagesApi } = await import('../../../src/options/images-api');

beforeEach(() => {
  sent.length = 0;
});

describe('imagesApi.addMyImage', () => {
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0x01])], 'beach.jpg', { type: 'image/jpeg' });

  it('sends the hashes only: no bytes and no "keep" by default', async () => {
    await imagesApi.addMyImage(file, false);
    expect(sent).toHaveLength(1);
    const [type, payload] = sent[0]!;
    expect(type).toBe('images.add');
    expect(Object.keys(payload as object)).toEqual(['image']);
    expect(JSON.stringify(payload)).not.toContain('/9j/'); // the file's bytes in base64
  });

  it('sends the file too only when the person chose to keep it', async () => {
    await imagesApi.addMyImage(file, true);
    expect(sent[0]![1]).toMatchObject({ keep: { base64: '/9j/AQ==', mediaType: 'image/jpeg' } });
  });
});
