// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { MyImagesView } from '../../../src/options/MyImagesView';
import type { MyImageRecord } from '../../../src/shared/matching-types';
import type { Settings } from '../../../src/shared/settings';
import { buttonIn, click, mount, settle, unmount } from './mount';

const HASH = 'cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940';
const image = (id: string, quality: number, label = `${id}.jpg`): MyImageRecord => ({
  id,
  addedAt: '2026-11-30T10:00:00.000Z',
  label,
  kind: 'image',
  md5: 'a'.repeat(32),
  sha256: 'b'.repeat(64),
  pdq: [{ hash: HASH, quality }],
  dihedral: [Array(8).fill(HASH)],
});

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

/** A fake store behind the api: what is added shows on the next read, as the worker's store would. */
function fakeApi(initial: MyImageRecord[] = [], age: Settings['ageOfPersonShown'] = 'adult') {
  let images = [...initial];
  const api = {
    myImages: vi.fn(async () => images),
    settings: vi.fn(async () => ({ ageOfPersonShown: age }) as Settings),
    addMyImage: vi.fn(async (file: File, _keepImage: boolean) => {
      const record = image(`new-${images.length}`, 90, file.name);
      images = [...images, record];
      return record;
    }),
    deleteMyImage: vi.fn(async () => undefined),
    exportMyImageHashes: vi.fn(async () => 'preserve-hashes-2026-11-30.json'),
  };
  return api as unknown as OptionsApi & typeof api;
}

async function choose(view: HTMLElement, files: File[]) {
  const input = view.querySelector<HTMLInputElement>('input[type="file"][name="add-images"]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const keepBox = (view: HTMLElement) =>
  [...view.querySelectorAll('label')].find((label) => label.textContent?.includes('Keep the image as well'))?.querySelector('input');

describe('MyImagesView', () => {
  it('adds the chosen files as hashes only unless "Keep the image as well" is ticked', async () => {
    const api = fakeApi();
    root = await mount(h(MyImagesView, { api }));
    expect(keepBox(root)?.checked).toBe(false);
    const photo = new File([new Uint8Array([1, 2, 3])], 'beach.jpg', { type: 'image/jpeg' });
    await choose(root, [photo]);
    expect(api.addMyImage).toHaveBeenCalledWith(photo, false);
    expect(root.querySelector('[data-testid="images-status"]')!.textContent).toBe('Added: 1. Only the fingerprints were kept.');
    expect([...root.querySelectorAll('[data-testid="my-image"] strong')].map((name) => name.textContent)).toEqual(['beach.jpg']);

    await click(keepBox(root)!);
    const second = new File([new Uint8Array([4])], 'second.jpg', { type: 'image/jpeg' });
    await choose(root, [second]);
    expect(api.addMyImage).toHaveBeenLastCalledWith(second, true);
  });

  it('in under-18 mode offers no way to keep the image, and adds hashes only', async () => {
    const api = fakeApi([], 'under-18');
    root = await mount(h(MyImagesView, { api }));
    expect(keepBox(root)).toBeUndefined();
    expect(root.querySelector('[data-testid="hashes-only-note"]')!.textContent).toContain('keeps only the fingerprints');
    const photo = new File([new Uint8Array([1])], 'a.jpg', { type: 'image/jpeg' });
    await choose(root, [photo]);
    expect(api.addMyImage).toHaveBeenCalledWith(photo, false);
  });

  it('warns about an image with too little detail to match, and only that one', async () => {
    root = await mount(h(MyImagesView, { api: fakeApi([image('sharp', 87), image('flat', 12)]) }));
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="my-image"]')];
    expect(rows.map((row) => row.querySelector('[data-testid="low-quality"]') !== null)).toEqual([false, true]);
    expect(rows[1]!.textContent).toContain('Detail: 12 of 100');
    expect(rows[1]!.querySelector('[data-testid="low-quality"]')!.textContent).toBe('This image has too little detail to be matched reliably.');
  });

  it('exports the hashes of every image listed and says where the file went', async () => {
    const images = [image('one', 80), image('two', 70)];
    const api = fakeApi(images);
    root = await mount(h(MyImagesView, { api }));
    await click(buttonIn(root, 'Export hashes'));
    expect(api.exportMyImageHashes).toHaveBeenCalledWith(images);
    expect(root.querySelector('[data-testid="images-status"]')!.textContent).toBe('Saved preserve-hashes-2026-11-30.json in your downloads.');
  });

  it('read-only (an imported case) lists the images with no add, remove or keep controls', async () => {
    root = await mount(h(MyImagesView, { api: fakeApi([image('one', 80)]), readOnly: true }));
    expect(root.querySelectorAll('[data-testid="my-image"]')).toHaveLength(1);
    expect(root.querySelector('input')).toBeNull();
    expect(buttonIn(root, 'Remove')).toBeUndefined();
  });
});
