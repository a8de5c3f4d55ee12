import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Bytes } from '../../../src/shared/hash';
import type { CaptureContext } from '../../../src/capture/capture-extras';

// The permission is optional: `offered` is what the manifest lists, `granted` what the person allowed.
const fake = vi.hoisted(() => {
  const state = { offered: ['pageCapture'], granted: true };
  const browser = {
    runtime: { getManifest: () => ({ optional_permissions: state.offered }) },
    permissions: { contains: async ({ permissions }: { permissions: string[] }) => state.granted && permissions.every((p) => state.offered.includes(p)) },
  } as {
    runtime: unknown;
    permissions: unknown;
    pageCapture?: { saveAsMHTML: (details: { tabId: number }) => Promise<Blob | undefined> };
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/db/artifact-store', () => ({
  sealArtifact: async (id: string, captureId: string, bytes: Uint8Array, mediaType: string) => ({
    id,
    captureId,
    data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
  }),
}));
const { pageArchive } = await import('../../../src/capture/page-archive');

function context(over: Partial<CaptureContext> = {}): CaptureContext {
  return {
    tabId: 7,
    windowId: 1,
    tabUrl: 'https://site.example/p',
    captureId: 'c1',
    mode: 'visible',
    keepImages: true,
    claimed: null,
    signal: new AbortController().signal,
    progress: () => undefined,
    ...over,
  };
}

const MHTML = new TextEncoder().encode('From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\r\nhello');

describe('pageArchive', () => {
  beforeEach(() => {
    delete fake.browser.pageCapture;
    fake.state.offered = ['pageCapture'];
    fake.state.granted = true;
  });

  it('saves no archive until the person turns page archives on, and says where to do it', async () => {
    let saves = 0;
    fake.browser.pageCapture = {
      saveAsMHTML: async () => {
        saves++;
        return new Blob([MHTML]);
      },
    };
    fake.state.granted = false;
    const result = await pageArchive.run(context());
    expect(saves).toBe(0);
    expect(result.artifacts).toEqual([]);
    expect(result.observed?.mediaNotes).toEqual([
      { sourceUrl: 'https://site.example/p', note: 'No page archive (MHTML) was saved: page archives are off (Settings → Page archives).' },
    ]);
  });

  it('keeps the MHTML with its hash and size, named page.mhtml', async () => {
    fake.browser.pageCapture = { saveAsMHTML: async ({ tabId }) => (tabId === 7 ? new Blob([MHTML]) : undefined) };
    const result = await pageArchive.run(context());
    expect(result.artifacts).toEqual([
      { id: expect.any(String), kind: 'mhtml', name: 'page.mhtml', mediaType: 'multipart/related', size: MHTML.length, sha256: await sha256Bytes(MHTML) },
    ]);
    expect(new Uint8Array(await (result.rows[0] as { data: Blob }).data.arrayBuffer())).toEqual(MHTML);
    expect(result.observed).toBeUndefined();
  });

  it('saves again once when the browser’s file-backed Blob is already gone (NotFoundError, seen in Chromium)', async () => {
    let calls = 0;
    const gone = { arrayBuffer: () => Promise.reject(Object.assign(new Error('gone'), { name: 'NotFoundError' })) };
    fake.browser.pageCapture = { saveAsMHTML: async () => (++calls === 1 ? (Object.setPrototypeOf(gone, Blob.prototype) as Blob) : new Blob([MHTML])) };
    const result = await pageArchive.run(context());
    expect(calls).toBe(2);
    expect(result.artifacts[0]).toMatchObject({ kind: 'mhtml', size: MHTML.length, sha256: await sha256Bytes(MHTML) });
  });

  it('keeps only the fingerprint in under-18 mode: the archive holds the page’s images', async () => {
    fake.browser.pageCapture = { saveAsMHTML: async () => new Blob([MHTML]) };
    const result = await pageArchive.run(context({ keepImages: false }));
    expect(result.artifacts[0]).toMatchObject({ kind: 'mhtml', stored: false, sha256: await sha256Bytes(MHTML) });
    expect(result.rows).toEqual([]);
  });

  it('notes that there is no archive where the browser has no pageCapture (Firefox)', async () => {
    fake.state.offered = [];
    expect(await pageArchive.run(context())).toEqual({
      artifacts: [],
      rows: [],
      observed: {
        mediaNotes: [{ sourceUrl: 'https://site.example/p', note: 'No page archive (MHTML) was saved: this browser cannot save page archives (MHTML).' }],
      },
    });
  });

  it('gives up after its time limit rather than holding the capture', async () => {
    vi.useFakeTimers();
    try {
      fake.browser.pageCapture = { saveAsMHTML: () => new Promise(() => undefined) };
      const running = pageArchive.run(context());
      await vi.advanceTimersByTimeAsync(15_000);
      expect((await running).observed?.mediaNotes?.[0]?.note).toBe('No page archive (MHTML) was saved: it took longer than 5 seconds.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when the capture is cancelled, and says so', async () => {
    fake.browser.pageCapture = { saveAsMHTML: () => new Promise(() => undefined) };
    const cancel = new AbortController();
    const running = pageArchive.run(context({ signal: cancel.signal }));
    cancel.abort();
    expect((await running).observed?.mediaNotes?.[0]?.note).toBe('No page archive (MHTML) was saved: the capture was cancelled first.');
  });
});
