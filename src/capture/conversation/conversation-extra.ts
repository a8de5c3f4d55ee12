import { chatViewAt } from '../../content/conversation/chat-view-at';
import { sealArtifact } from '../../db/artifact-store';
import type { ArtifactRow } from '../../db/schema';
import { sha256Bytes } from '../../shared/hash';
import type { ArtifactRef } from '../../shared/types';
import type { CaptureContext, CaptureExtra, ExtraArtifacts } from '../capture-extras';
import { boundedRange } from './conversation-range';
import { scrollBackConversation } from './scroll-back-conversation';
import { threadJson } from './thread-json';

/**
 * "Capture conversation": the screens of the chat as raw tiles (each PNG byte for byte, hashed;
 * in under-18 mode only their fingerprints) and the messages as thread.json. The only thing it
 * does to the page is scroll the message list, and it puts it back.
 */
export const conversationExtra: CaptureExtra = {
  name: 'conversation',
  scrolls: true,
  applies: (context) => context.mode === 'conversation' && chatViewAt(context.tabUrl) !== null,
  run: captureConversation,
};

async function captureConversation(context: CaptureContext): Promise<ExtraArtifacts> {
  const range = boundedRange(context.conversation ?? { kind: 'last', count: 50 });
  const scrolled = await scrollBackConversation({
    tabId: context.tabId,
    windowId: context.windowId,
    range,
    signal: context.signal,
    onStep: (_tiles, messages) => context.progress({ phase: 'conversation', done: messages, total: range.kind === 'since' ? null : totalOf(range) }),
  });
  context.progress({ phase: 'saving', done: 0, total: null });
  const artifacts: ArtifactRef[] = [];
  const rows: ArtifactRow[] = [];
  const add = async (ref: Omit<ArtifactRef, 'id' | 'size' | 'sha256'>, bytes: Uint8Array, keep: boolean) => {
    const artifact: ArtifactRef = { id: crypto.randomUUID(), size: bytes.byteLength, sha256: await sha256Bytes(bytes), ...ref };
    if (!keep) artifact.stored = false;
    else rows.push(await sealArtifact(artifact.id, context.captureId, bytes, ref.mediaType));
    artifacts.push(artifact);
  };
  for (const tile of scrolled.tiles) {
    const name = `conversation-${String(tile.index + 1).padStart(3, '0')}.png`;
    const ref = { kind: 'tile' as const, name, mediaType: 'image/png', width: tile.pixelWidth, height: tile.pixelHeight, index: tile.index, rect: tile.rect };
    await add(ref, tile.bytes, context.keepImages);
  }
  const thread = threadJson({
    view: scrolled.first.view,
    url: context.tabUrl,
    otherAccount: scrolled.first.otherAccount,
    range,
    messages: scrolled.messages,
    complete: scrolled.coverage.complete,
    ...(scrolled.coverage.stoppedBecause && { stoppedBecause: scrolled.coverage.stoppedBecause }),
  });
  // The text is kept even in under-18 mode: it is words, not an image.
  await add({ kind: 'thread', name: 'thread.json', mediaType: 'application/json' }, thread, true);
  return { artifacts, rows, observed: { coverage: scrolled.coverage } };
}

function totalOf(range: { kind: 'last'; count: number } | { kind: 'loaded'; limit: number }): number {
  return range.kind === 'last' ? range.count : range.limit;
}
