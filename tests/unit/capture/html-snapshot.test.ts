import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureContext } from '../../../src/capture/capture-extras';
import type { SnapshotRequest, SnapshotResult } from '../../../src/content/html-snapshot';
import { sha256Bytes } from '../../../src/shared/hash';

// What the page's snapshot script answers (src/content/html-snapshot.ts runs in the page, tested on its own).
const fake = vi.hoisted(() => {
  const state = {
    offered: [] as string[],
    answer: null as unknown,
    delayMs: 0,
    requests: [] as unknown[],
  };
  const browser = {
    runtime: { getManifest: () => ({ optional_permissions: state.offered }) },
    scripting: {
      executeScript: async (details: { files?: string[]; args?: unknown[] }) => {
        if (details.files) return [{ result: undefined }];
        state.requests.push(details.args?.[0]);
        if (state.delayMs) await new Promise((done) => setTimeout(done, state.delayMs));
        return [{ result: state.answer }];
      },
    },
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../../src/content/html-snapshot.iife.ts?iife', () => ({ default: 'assets/html-snapshot.js' }));
vi.mock('../../../src/db/artifact-store', () => ({
  sealArtifact: async (id: string, captureId: string, bytes: Uint8Array, mediaType: string) => ({
    id,
    captureId,
    data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
  }),
}));
const { htmlSnapshotExtra } = await import('../../../src/capture/html-snapshot');
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

const HTML = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>é</body></html>\n';
const ANSWER: SnapshotResult = { html: HTML, imagesInlined: 1, imagesLeftOut: [], stylesheetsLeftOut: [], outOfTime: false };

describe('htmlSnapshotExtra', () => {
  beforeEach(() => {
    fake.state.offered = [];
    fake.state.answer = ANSWER;
    fake.state.delayMs = 0;
    fake.state.requests = [];
  });
  afterEach(() => vi.useRealTimers());

  it('runs only where the browser cannot save MHTML, and the MHTML step only where it can', () => {
    expect([htmlSnapshotExtra.applies(context()), pageArchive.applies(context())]).toEqual([true, false]);
    fake.state.offered = ['pageCapture'];
    expect([htmlSnapshotExtra.applies(context()), pageArchive.applies(context())]).toEqual([false, true]);
  });

  it('keeps page.html as UTF-8 bytes with their hash, and asks the page with the observed address and a banner', async () => {
    const result = await htmlSnapshotExtra.run(context());
    const bytes = new TextEncoder().encode(HTML);
    expect(result.artifacts).toEqual([
      { id: expect.any(String), kind: 'html', name: 'page.html', mediaType: 'text/html', size: bytes.length, sha256: await sha256Bytes(bytes) },
    ]);
    expect(new Uint8Array(await (result.rows[0] as { data: Blob }).data.arrayBuffer())).toEqual(bytes);
    expect(result.observed).toBeUndefined();
    const [request] = fake.state.requests as SnapshotRequest[];
    expect(request!.tabUrl).toBe('https://site.example/p');
    expect(request!.banner).toContain('https://site.example/p');
    expect(request!.banner).toContain(request!.capturedAt);
  });

  it('keeps only the fingerprint in under-18 mode, and names what the snapshot left out', async () => {
    fake.state.answer = {
      ...ANSWER,
      imagesLeftOut: ['https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
      stylesheetsLeftOut: ['https://cdn.example/s.css'],
    };
    const result = await htmlSnapshotExtra.run(context({ keepImages: false }));
    expect(result.rows).toEqual([]);
    expect(result.artifacts[0]).toMatchObject({ kind: 'html', stored: false });
    expect(result.observed?.mediaNotes?.map((note) => note.note)).toEqual([
      expect.stringContaining('style sheets the page could not read (another site’s): https://cdn.example/s.css.'),
      expect.stringMatching(/address of images it could not copy .*: https:\/\/cdn\.example\/a\.jpg\.$/),
    ]);
  });

  it('does not hold the capture longer than the archive limit', async () => {
    vi.useFakeTimers();
    fake.state.delayMs = 60_000;
    const running = htmlSnapshotExtra.run(context());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await running).toEqual({
      artifacts: [],
      rows: [],
      observed: { mediaNotes: [{ sourceUrl: 'https://site.example/p', note: 'No HTML snapshot was saved: it took longer than 5 seconds.' }] },
    });
  });
});
