import { describe, expect, it, vi } from 'vitest';
import type { CaptureContext } from '../../../src/capture/capture-extras';
import type { ScrolledConversation } from '../../../src/capture/conversation/scroll-back-conversation';
import { sha256Bytes } from '../../../src/shared/hash';

// The scrolling itself runs in the browser (tests/e2e/conversation.test.ts); here it is replaced by
// its result, two screens and a message with a photo, to check what the capture keeps of them.
const PNG = [new Uint8Array([137, 80, 78, 71, 1]), new Uint8Array([137, 80, 78, 71, 2])];
const PHOTO = 'https://cdn.discordapp.com/attachments/1/2/photo.png';
vi.mock('../../../src/capture/conversation/scroll-back-conversation', () => ({
  scrollBackConversation: async (): Promise<ScrolledConversation> => ({
    first: {
      view: { platform: 'discord', name: 'Discord', conversationId: '1100000000000000001' },
      otherAccount: { name: 'Mara V', id: '800000000000000002' },
      messages: [],
      scroll: null,
    },
    messages: [
      { key: 'a', sender: 'Mara V', text: 'look', media: [PHOTO] },
      { key: 'b', sender: 'you_here', outgoing: true, text: 'please take it down', media: [] },
    ],
    tiles: PNG.map((bytes, index) => ({ bytes, index, rect: { x: 0, y: 400 - index * 400, width: 600, height: 400 }, pixelWidth: 600, pixelHeight: 400 })),
    coverage: { mode: 'conversation', scroller: 'element', coveredHeight: 800, totalHeight: 800, tiles: 2, complete: true },
    gaps: 0,
  }),
}));
vi.mock('../../../src/db/artifact-store', () => ({
  sealArtifact: async (id: string, captureId: string, bytes: Uint8Array, mediaType: string) => ({
    id,
    captureId,
    data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
  }),
}));
const { conversationExtra } = await import('../../../src/capture/conversation/conversation-extra');

function context(keepImages: boolean): CaptureContext {
  return {
    tabId: 7,
    windowId: 1,
    tabUrl: 'https://discord.com/channels/@me/1100000000000000001',
    captureId: 'c1',
    mode: 'conversation',
    keepImages,
    claimed: null,
    conversation: { kind: 'loaded', limit: 100 },
    signal: new AbortController().signal,
    progress: () => undefined,
  };
}

describe('conversationExtra', () => {
  it('keeps each screen and thread.json, every one hashed', async () => {
    const result = await conversationExtra.run(context(true));
    expect(result.artifacts.map((artifact) => [artifact.kind, artifact.name])).toEqual([
      ['tile', 'conversation-001.png'],
      ['tile', 'conversation-002.png'],
      ['thread', 'thread.json'],
    ]);
    expect(result.rows.map((row) => row.id)).toEqual(result.artifacts.map((artifact) => artifact.id));
    expect(result.artifacts[0]!.sha256).toBe(await sha256Bytes(PNG[0]!));
  });

  it("in under-18 mode keeps only the screens' fingerprints, and the thread as text with no media bytes", async () => {
    const result = await conversationExtra.run(context(false));
    const tiles = result.artifacts.filter((artifact) => artifact.kind === 'tile');
    expect(tiles).toHaveLength(2);
    for (const [i, tile] of tiles.entries()) {
      expect(tile.stored).toBe(false);
      expect(tile.sha256).toBe(await sha256Bytes(PNG[i]!));
      expect(tile.size).toBe(PNG[i]!.byteLength);
    }
    // The one row kept is the thread: words, not an image.
    const thread = result.artifacts.find((artifact) => artifact.kind === 'thread')!;
    expect(result.rows.map((row) => row.id)).toEqual([thread.id]);
    expect(result.artifacts.every((artifact) => artifact.kind === 'tile' || artifact.kind === 'thread')).toBe(true);
    const row = result.rows[0] as { data: Blob };
    expect(row.data.type).toBe('application/json');
    const json = JSON.parse(await row.data.text()) as { messages: Array<{ media: string[] }> };
    // A photo in a message is kept as its address only; its bytes are never fetched or stored.
    expect(json.messages[0]!.media).toEqual([PHOTO]);
    expect(result.rows.some((kept) => 'data' in kept && (kept as { data: Blob }).data.type.startsWith('image/'))).toBe(false);
  });
});
