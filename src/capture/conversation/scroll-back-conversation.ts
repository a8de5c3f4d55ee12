import type { ChatScroll, ChatSnapshot } from '../../content/conversation/conversation-page';
import type { ConversationRange } from '../../shared/conversation';
import { UserFacingError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { ArtifactRef, PageCoverage } from '../../shared/types';
import { captureVisibleTabPng } from '../capture-screenshot';
import { dataUrlToBytes } from '../decode';
import { pngSize } from '../observed-facts';
import { callConversationPage } from './conversation-page-calls';
import { keepInRange, rangeReached } from './conversation-range';
import { type KeyedMessage, mergeOlder } from './merge-messages';

export interface ConversationLimits {
  tiles: number;
  ms: number;
  /** How long to wait at the top of the list for the app to load older messages. */
  olderWaitMs: number;
}

// 300 screens is ~2.5 minutes at two photographs a second, and thousands of messages.
const LIMITS: ConversationLimits = { tiles: 300, ms: 4 * 60_000, olderWaitMs: 2_000 };
/** CSS pixels each screen repeats of the one before, so no line of text falls between two tiles. */
const OVERLAP = 24;

export interface ScrolledConversation {
  first: ChatSnapshot;
  messages: KeyedMessage[];
  tiles: Array<{ bytes: Uint8Array; index: number; rect: NonNullable<ArtifactRef['rect']>; pixelWidth: number; pixelHeight: number }>;
  coverage: PageCoverage;
  /** Reads that shared nothing with what was read before: messages may be missing between them. */
  gaps: number;
}

interface Request {
  tabId: number;
  windowId: number;
  range: ConversationRange;
  signal: AbortSignal;
  limits?: Partial<ConversationLimits>;
  onStep?(tiles: number, messages: number): void;
}

/**
 * Scrolls a conversation back from where the person has it, one screen at a time: a photograph of
 * each screen (through the worker's one paced captureVisibleTab queue), then the messages shown.
 * It stops when the range is read, at the conversation's beginning, at a limit, or on Cancel, and
 * puts the list back where it was however it ends.
 */
export async function scrollBackConversation(request: Request): Promise<ScrolledConversation> {
  const { tabId } = request;
  const limits = { ...LIMITS, ...request.limits };
  const first = await callConversationPage(tabId, 'read');
  if (!first) throw new UserFacingError(t('errors_not_a_conversation'), 'not-a-conversation');
  let messages = first.messages;
  let gaps = 0;
  const taken: Tile[] = [];
  const photograph = async (fromBottom: number) => {
    const bytes = dataUrlToBytes(await captureVisibleTabPng(request.windowId));
    const size = pngSize(bytes) ?? { width: 0, height: 0 };
    taken.push({ bytes, fromBottom, pixelWidth: size.width, pixelHeight: size.height });
    request.onStep?.(taken.length, messages.length);
  };
  if (!first.scroll) {
    // The screen as it is still goes with the messages read from it: thread.json never stands alone.
    await photograph(0);
    return finish(first, messages, taken, null, { complete: false, reason: 'Preserve could not find the list of messages that scrolls' }, gaps);
  }
  const fromBottom = (scroll: ChatScroll) => Math.max(0, scroll.height - scroll.client - scroll.top);
  const home = fromBottom(first.scroll);
  const started = performance.now();
  let state = first.scroll;
  let topReached = false;
  let stop: { complete: boolean; reason?: string } | null = null;
  try {
    while (!stop) {
      await photograph(fromBottom(state));
      stop = stopAfterTile(request, limits, {
        tiles: taken.length,
        elapsedMs: performance.now() - started,
        done: rangeReached(messages, request.range) || topReached,
      });
      if (stop) break;
      const before = state;
      let after = (await callConversationPage(tabId, 'back', OVERLAP)) ?? before;
      // Where the app shows the conversation's start, nothing older will load: no need to wait.
      if (after.top <= 0.5 && !after.beginning) after = await waitForOlder(tabId, after, limits.olderWaitMs, request.signal);
      // At the top with the start shown, or nothing more loaded: the beginning of the conversation
      // (or all the app will give).
      topReached = after.top <= 0.5 && (after.beginning || after.height <= before.height);
      // Cancel during the wait ends the wait: that is no sign the conversation starts here.
      if (request.signal.aborted) stop = { complete: false, reason: 'cancelled' };
      else if (topReached && before.top <= 0.5) stop = { complete: true };
      else {
        const read = await callConversationPage(tabId, 'read');
        if (read) {
          const merged = mergeOlder(messages, read.messages);
          messages = merged.messages;
          if (merged.gap) gaps++;
        }
        state = read?.scroll ?? after;
      }
    }
  } finally {
    await callConversationPage(tabId, 'restore', home).catch(() => undefined);
  }
  return finish(first, messages, taken, state, stop, gaps, request.range);
}

function stopAfterTile(request: Request, limits: ConversationLimits, at: { tiles: number; elapsedMs: number; done: boolean }) {
  if (request.signal.aborted) return { complete: false, reason: 'cancelled' };
  if (at.done) return { complete: true };
  if (at.tiles >= limits.tiles) return { complete: false, reason: `screen limit: stopped after ${at.tiles} screens` };
  if (at.elapsedMs >= limits.ms) return { complete: false, reason: `time limit: stopped after ${Math.round(limits.ms / 1000)} s` };
  return null;
}

/** At the top, the app fetches older messages and grows the list above; wait for it, within a bound. */
async function waitForOlder(tabId: number, at: ChatScroll, waitMs: number, signal: AbortSignal): Promise<ChatScroll> {
  const deadline = performance.now() + waitMs;
  while (performance.now() < deadline && !signal.aborted) {
    await new Promise((done) => setTimeout(done, 150));
    const now = await callConversationPage(tabId, 'where');
    if (now && (now.height > at.height || now.top > 0.5)) {
      // Give the app a moment to finish drawing what it added before the next photograph.
      await new Promise((done) => setTimeout(done, 150));
      return (await callConversationPage(tabId, 'where')) ?? now;
    }
  }
  return at;
}

interface Tile {
  bytes: Uint8Array;
  /** CSS pixels between the bottom of this screen and the end of the list. */
  fromBottom: number;
  pixelWidth: number;
  pixelHeight: number;
}

function finish(
  first: ChatSnapshot,
  messages: KeyedMessage[],
  taken: Tile[],
  last: ChatScroll | null,
  stop: { complete: boolean; reason?: string } | null,
  gaps: number,
  range?: ConversationRange,
): ScrolledConversation {
  const height = last?.height ?? 0;
  const client = last?.client ?? 0;
  const covered = taken.length ? Math.min(height, Math.max(...taken.map((tile) => tile.fromBottom)) + client) : 0;
  const reasons = [stop?.reason, gaps ? `${gaps} ${gaps === 1 ? 'jump' : 'jumps'} while scrolling: some messages may be missing between screens` : undefined];
  const reason = reasons.filter(Boolean).join('; ');
  return {
    first,
    messages: range ? keepInRange(messages, range) : messages,
    tiles: taken.map((tile, index) => ({
      bytes: tile.bytes,
      index,
      // Tiles are placed from the end of the list, which stays put while older messages load above.
      rect: { x: last?.rect.x ?? 0, y: Math.max(0, height - client - tile.fromBottom), width: last?.rect.width ?? 0, height: client },
      pixelWidth: tile.pixelWidth,
      pixelHeight: tile.pixelHeight,
    })),
    coverage: {
      mode: 'conversation',
      scroller: last?.scroller ?? 'element',
      coveredHeight: Math.round(covered),
      totalHeight: Math.round(height),
      tiles: taken.length,
      complete: (stop?.complete ?? false) && !gaps,
      ...(reason && { stoppedBecause: reason }),
    },
    gaps,
  };
}
