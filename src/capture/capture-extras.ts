// Conversations: tile a chat's scroll container with tileScrollContainer (src/capture/full-page/tile-scroll-container.ts).
import type { ArtifactRow } from '../db/schema';
import type { ConversationRange } from '../shared/conversation';
import type { ArtifactRef, ClaimedFacts, ContextTarget, ObservedFacts } from '../shared/types';
import { conversationExtra } from './conversation/conversation-extra';
import { fullPageExtra } from './full-page/full-page-extra';
import { htmlSnapshotExtra } from './html-snapshot';
import { captureMedia } from './media/capture-media';
import { pageArchive } from './page-archive';

/** What a capture takes: the visible part only, the whole page, or a conversation scrolled back. */
export type CaptureMode = 'visible' | 'full' | 'conversation';

export interface CaptureProgress {
  /** e.g. 'tiles', 'archive', 'media', 'saving'. */
  phase: string;
  done: number;
  /** Unknown while a page is still growing. */
  total: number | null;
}

/** Everything an extra step of a capture may use. It must not change the page beyond scrolling. */
export interface CaptureContext {
  tabId: number;
  windowId: number;
  tabUrl: string;
  captureId: string;
  mode: CaptureMode;
  /** false in under-18 mode: fingerprints only, no image bytes kept. */
  keepImages: boolean;
  contextTarget?: ContextTarget;
  claimed: ClaimedFacts | null;
  /** Mode 'conversation': how far back to scroll. */
  conversation?: ConversationRange;
  /**
   * The visible screenshot the capture already took (the browser drew it, so any part of it can be
   * read) and its pixels per CSS pixel. Absent when the viewport's size was unknown.
   */
  visibleScreenshot?: { png: Uint8Array; devicePixelRatio: number };
  /** Cancel ("keep what was taken, marked partial"): steps stop early and return what they have. */
  signal: AbortSignal;
  progress(update: CaptureProgress): void;
}

/** What an extra step adds to the capture: artifacts (hashed, rows sealed when encryption is on) and observed facts. */
export interface ExtraArtifacts {
  artifacts: ArtifactRef[];
  rows: ArtifactRow[];
  observed?: Pick<ObservedFacts, 'coverage' | 'mediaNotes'>;
}

/**
 * One extra step of the capture (full page, page archive, media, conversation). Steps run after the
 * visible screenshot and the page's claims are taken, and everything is committed together, in
 * one transaction, all or nothing. A step that fails says why in its result rather than throwing,
 * unless the capture cannot be kept without it.
 */
export interface CaptureExtra {
  name: string;
  /** Whether this step runs for this capture. */
  applies(context: CaptureContext): boolean;
  run(context: CaptureContext): Promise<ExtraArtifacts>;
  /** Steps that scroll the page run one after another; the others run alongside them. */
  scrolls?: boolean;
}

/** The extra steps, in the order their artifacts appear in the record. */
export const CAPTURE_EXTRAS: readonly CaptureExtra[] = [fullPageExtra, conversationExtra, pageArchive, htmlSnapshotExtra, captureMedia];
