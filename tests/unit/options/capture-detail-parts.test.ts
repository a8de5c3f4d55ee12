// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { CaptureDetail } from '../../../src/options/CaptureDetail';
import { captureContents } from '../../../src/options/format';
import type { IntegrityReport } from '../../../src/capture/check-integrity';
import { completeFixture, HOSTILE_TEXT } from '../bundle/complete-fixture';
import { buttonIn, click, mount, unmount } from './mount';

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(under18 = false, report?: IntegrityReport) {
  const fixture = completeFixture({ under18 });
  const capture = fixture.captures[1]!;
  const artifact = vi.fn(async (id: string) => {
    const bytes = fixture.artifacts.get(id);
    if (!bytes) throw new Error(`no bytes for ${id}`);
    const mediaType = capture.artifacts.find((candidate) => candidate.id === id)!.mediaType;
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType });
  });
  const api = {
    getCapture: async () => capture,
    artifact,
    notes: async () => [],
    settings: async () => ({ ageOfPersonShown: under18 ? 'under-18' : 'adult' }),
    checkIntegrity: async () => report,
  } as unknown as OptionsApi;
  return { api, artifact, capture };
}

const all = (element: HTMLElement, selector: string) => [...element.querySelectorAll<HTMLElement>(selector)];

describe('a complete capture on the options page', () => {
  it('shows the parts of the full page blurred, the coverage, the archive, the media and the conversation', async () => {
    const { api, artifact, capture } = fakeApi();
    root = await mount(h(CaptureDetail, { api, id: capture.id }));
    expect(all(root, '[data-testid="segment"]')).toHaveLength(2);
    const segmentImages = all(root, '[data-testid="segment"] img');
    expect(segmentImages).toHaveLength(2);
    expect(segmentImages.every((img) => img.classList.contains('veiled'))).toBe(true);
    expect(root.querySelector('[data-testid="coverage"]')!.textContent).toBe(
      'Part of the page was photographed: 1,800 of 2,400 pixels (75%), in 3 tiles. Capturing stopped because: cancelled.',
    );
    expect(root.querySelector('[data-testid="archive"]')!.textContent).toContain('It opens in Chrome or Edge as the page was.');
    const media = all(root, '[data-testid="media-item"]');
    expect(media).toHaveLength(3);
    expect(media[0]!.querySelector('img')!.classList.contains('veiled')).toBe(true);
    expect(media[0]!.textContent).toContain('Downloaded by Preserve, without your cookies');
    expect(media[2]!.textContent).toContain('a still of a video that could not be saved whole');
    expect(root.querySelector('[data-testid="media-notes"]')!.textContent).toContain('blob:https://www.reddit.com/0f1e2d3c');
    const messages = all(root, '[data-testid="message"]');
    expect(messages.map((message) => message.querySelector('.message-text')!.textContent)).toEqual(['Pay or I post them', 'Please stop', HOSTILE_TEXT]);
    expect(messages[1]!.classList.contains('outgoing')).toBe(true);
    expect(root.querySelector('[data-testid="thread"]')!.textContent).toContain('with Blackmailer (@bad.actor, account id 17841400000000)');
    expect(root.querySelector('script')).toBeNull();
    // Neither the tiles, the archive nor the video are read until asked for: the page stays fast.
    const read = artifact.mock.calls.map(([id]) => id).sort();
    expect(read).toEqual(['frame', 'image', 'segment-0', 'segment-1', 'shot', 'thread']);
  });

  it('loads a video only when asked, and never plays it by itself', async () => {
    const { api, artifact, capture } = fakeApi();
    root = await mount(h(CaptureDetail, { api, id: capture.id }));
    expect(root.querySelector('video')).toBeNull();
    await click(buttonIn(root, 'Show video'));
    const video = root.querySelector<HTMLVideoElement>('[data-testid="media-video"]')!;
    expect(video.autoplay).toBe(false);
    expect(video.controls).toBe(true);
    expect(artifact.mock.calls.map(([id]) => id)).toContain('video');
  });

  it('lists every fingerprint, the tiles folded away, and names each file that fails the check', async () => {
    const report: IntegrityReport = {
      recordHashMatches: true,
      linkMatches: true,
      artifacts: [
        { name: 'tile-002.png', expected: 'a', actual: 'b', matches: false },
        { name: 'media-2.mp4', expected: 'a', actual: null, matches: false, readError: 'missing' },
        { name: 'thread.json', expected: 'a', actual: 'a', matches: true },
      ],
    };
    const { api, capture } = fakeApi(false, report);
    root = await mount(h(CaptureDetail, { api, id: capture.id }));
    const hashes = all(root, '[data-testid="artifact-hash"]').map((element) => element.textContent);
    expect(hashes.sort()).toEqual(capture.artifacts.map((artifact) => artifact.sha256).sort());
    expect(all(root, 'details [data-testid="artifact-hash"]')).toHaveLength(3);
    await click(buttonIn(root, 'Check fingerprints now'));
    expect(root.querySelector('[data-testid="integrity-result"]')!.textContent).toContain(
      'does not match its fingerprints: tile-002.png, media-2.mp4 (it could not be read)',
    );
  });

  it('in under-18 mode shows no image, offers no archive or video, and keeps every fingerprint', async () => {
    const { api, artifact, capture } = fakeApi(true);
    root = await mount(h(CaptureDetail, { api, id: capture.id }));
    expect(root.querySelector('img')).toBeNull();
    expect(buttonIn(root, 'Show video')).toBeUndefined();
    expect(root.querySelector('[data-testid="archive"]')!.textContent).toContain('Only its fingerprint was kept');
    expect(root.textContent).toContain('only the fingerprints of the tiles');
    expect(artifact.mock.calls.map(([id]) => id)).toEqual(['thread']);
    expect(all(root, '[data-testid="artifact-hash"]')).toHaveLength(capture.artifacts.length);
  });

  it('says in the list what a capture holds, from the record alone', () => {
    const [plain, complete] = completeFixture().captures;
    expect(captureContents(plain!)).toBe('');
    expect(captureContents(complete!)).toBe('full page (partial), conversation, page archive, 3 media');
  });
});
