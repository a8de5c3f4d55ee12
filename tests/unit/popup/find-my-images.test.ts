// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../../src/popup/api';
import { FindMyImages } from '../../../src/popup/FindMyImages';
import type { CaptureSummary, PageImageScan } from '../../../src/shared/messages';
import { buttonIn, click, mount, unmount } from '../options/mount';

const PREVIEW = 'data:image/jpeg;base64,/9j/AA==';
const SCAN: PageImageScan = {
  url: 'https://pics.example/gallery',
  scanned: 50,
  skipped: 2,
  lookedFor: 3,
  elapsedMs: 640,
  matches: [
    { src: 'https://cdn.example/a.jpg', kind: 'image', myImageId: 'mine-1', distance: 6, quality: 90, readVia: 'screenshot', previewDataUrl: PREVIEW },
    { src: 'https://pics.example/clip.webm', kind: 'video-frame', myImageId: 'mine-2', distance: 24, quality: 70, readVia: 'page', previewDataUrl: PREVIEW },
  ],
};

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(scan: PageImageScan = SCAN) {
  const api = {
    findMyImages: vi.fn(async () => scan),
    captureWithMatches: vi.fn(async () => ({ captureId: 'cap-1' }) as unknown as CaptureSummary),
    openMyImages: vi.fn(),
  };
  return api as unknown as PopupApi & typeof api;
}

describe('FindMyImages', () => {
  it('lists each match with its address and closeness, previews blurred until the person asks', async () => {
    const api = fakeApi();
    root = await mount(h(FindMyImages, { api, tabId: 7 }));
    await click(buttonIn(root, 'Find my images on this page'));
    expect(api.findMyImages).toHaveBeenCalledWith(7);
    expect(root.querySelector('[data-testid="find-images-summary"]')!.textContent).toBe('Found 2 of your images among 50 on this page.');
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="image-match"]')];
    expect(rows.map((row) => row.querySelector('.url')!.textContent)).toEqual(['https://cdn.example/a.jpg', 'https://pics.example/clip.webm']);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Very close match (6 of 256 points differ)'),
      expect.stringContaining('Close match (24 of 256 points differ)'),
    ]);
    const previews = [...root.querySelectorAll('[data-testid="image-match"] img')];
    expect(previews.map((image) => [image.getAttribute('src'), image.classList.contains('veiled'), image.getAttribute('alt')])).toEqual([
      [PREVIEW, true, 'Matched image'],
      [PREVIEW, true, 'Matched image'],
    ]);
    await click(buttonIn(rows[0]!, 'Show image'));
    expect(rows[0]!.querySelector('img')!.classList.contains('veiled')).toBe(false);
    expect(rows[1]!.querySelector('img')!.classList.contains('veiled')).toBe(true);
  });

  it('"Save evidence" captures the page with the matched images recorded, and says so', async () => {
    const api = fakeApi();
    root = await mount(h(FindMyImages, { api, tabId: 7 }));
    await click(buttonIn(root, 'Find my images on this page'));
    await click(buttonIn(root, 'Save evidence'));
    expect(api.captureWithMatches).toHaveBeenCalledWith(7, [
      { src: 'https://cdn.example/a.jpg', myImageId: 'mine-1', distance: 6 },
      { src: 'https://pics.example/clip.webm', myImageId: 'mine-2', distance: 24 },
    ]);
    expect(root.querySelector('[data-testid="find-images-saved"]')!.textContent).toBe('Saved. The capture records the 2 matched images.');
    expect(buttonIn(root, 'Save evidence')).toBeUndefined();
  });

  it('offers no saving when nothing matched, and points to My images when none were added', async () => {
    const api = fakeApi({ ...SCAN, matches: [] });
    root = await mount(h(FindMyImages, { api, tabId: 7 }));
    await click(buttonIn(root, 'Find my images on this page'));
    expect(root.querySelector('[data-testid="find-images-none"]')!.textContent).toBe('None of your images were found here (50 images looked at).');
    expect(buttonIn(root, 'Save evidence')).toBeUndefined();
    unmount(root);

    const empty = fakeApi({ ...SCAN, lookedFor: 0, matches: [] });
    root = await mount(h(FindMyImages, { api: empty, tabId: 7 }));
    await click(buttonIn(root, 'Find my images on this page'));
    await click(buttonIn(root, 'Open My images'));
    expect(empty.openMyImages).toHaveBeenCalled();
  });
});
