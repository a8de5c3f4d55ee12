import type { Sha256Hex } from './hash';
import type { IncidentEntry } from './workspace-types';

/** Format id of a capture record; bump it (and teach the verifier) when the shape changes. */
export const CAPTURE_FORMAT = 'preserve.capture/1';

/**
 * 'request-confirmation': the confirmation page captured by "I sent it" (issue #9).
 * 'attachment': a file the person added to the case (a police report, a letter); see `attachment`.
 */
export type CaptureTrigger = 'popup' | 'context-menu' | 'shortcut' | 'import' | 'request-confirmation' | 'attachment';

/**
 * What the browser itself observed: tabs API, window API and the extension's own clock.
 * Nothing here comes from the page, because a page can lie.
 */
export interface ObservedFacts {
  tabUrl: string;
  /**
   * The title the tab showed. The browser reports it, but the page sets it, so it is shown with
   * what the page claimed; it stays here so records written before that still hash the same.
   */
  tabTitle: string;
  /** UTC, ISO-8601 with milliseconds and a Z. */
  capturedAt: string;
  /** The local wall-clock time with its offset, e.g. 2026-11-24T23:10:00.000+01:00. */
  capturedAtLocal: string;
  /** Minutes east of UTC, e.g. +60 for Berlin in winter. */
  utcOffsetMinutes: number;
  /** IANA zone, e.g. Europe/Berlin. */
  timeZone: string;
  window: { width: number; height: number } | null;
  viewport: { width: number; height: number } | null;
  /** Screenshot width in pixels divided by the viewport's CSS width. */
  devicePixelRatio: number | null;
  browser: { name: string; version: string };
  extensionVersion: string;
  incognito: boolean;
  /** What was right-clicked, as the context-menu API reported it (not as the page described it). */
  contextTarget?: ContextTarget;
  /** Fields shortened before saving (their values are still set by the page: title, addresses). */
  clipped?: ClippedField[];
  /** Full-page and conversation captures: how much of the page the tiles cover, and why they stop. */
  coverage?: PageCoverage;
  /** Media that was found but not saved whole, with the reason (a size cap, a stream, refused by the host). */
  mediaNotes?: Array<{ sourceUrl: string; note: string }>;
  /** "Find my images on this page": the page's images that matched My images, as the browser read them (issue #12). */
  matchedImages?: MatchedImage[];
}

export interface MatchedImage {
  src: string;
  myImageId: string;
  /** PDQ bits that differ (≤ 31 is a match). */
  distance: number;
}

/** How much of a page a full-page (or conversation) capture covers. Never truncated silently. */
export interface PageCoverage {
  mode: 'full' | 'conversation';
  /** 'document' when the page itself scrolls; 'element' when it scrolls inside an element. */
  scroller: 'document' | 'element';
  /** CSS pixels of the scrolled content that the tiles cover, and how tall it was when capturing stopped. */
  coveredHeight: number;
  totalHeight: number;
  tiles: number;
  complete: boolean;
  /** Why capturing stopped before the end, in plain words: cancelled, a height limit, a page that keeps growing, a time limit. */
  stoppedBecause?: string;
}

/** A value Preserve shortened before saving, so a page cannot make a capture huge. */
export interface ClippedField {
  /** Where it was, e.g. "lang", "clickedElement.alt", "meta[4].content"; a list's own path when items were left out. */
  field: string;
  /** How long it was: characters for text, items for a list. */
  length: number;
}

export interface ContextTarget {
  mediaType?: 'image' | 'video' | 'audio';
  srcUrl?: string;
  linkUrl?: string;
  selectionText?: string;
  frameUrl?: string;
  pageUrl?: string;
}

/** A meta or link tag exactly as the page declared it. */
export interface PageTag {
  name: string;
  content: string;
}

export interface ClickedElement {
  tag: string;
  src?: string;
  currentSrc?: string;
  href?: string;
  alt?: string;
  title?: string;
  width?: number;
  height?: number;
  naturalWidth?: number;
  naturalHeight?: number;
  /** Visible text near the element (its figure caption, article, or link text), trimmed. */
  nearbyText?: string;
}

/** Post facts a page claims, as read by a platform extractor (src/platforms) or the generic one. */
/** Extractors may leave a field undefined; canonical JSON drops such fields before hashing. */
export interface ExtractedPost {
  postId?: string | undefined;
  author?: { name?: string | undefined; handle?: string | undefined; id?: string | undefined; url?: string | undefined } | undefined;
  publishedAt?: string | undefined;
  text?: string | undefined;
  media?: string[] | undefined;
  title?: string | undefined;
  url?: string | undefined;
}

export interface PlatformDetection {
  platform: { id: string; name: string };
  kind: 'post' | 'media' | 'profile' | 'shortlink' | 'other';
  postId?: string;
  author?: string;
  /**
   * Present only when the host or URL rule is weakly sourced ('low' or 'unconfirmed'):
   * show the detection with a caveat, never as fact.
   */
  confidence?: 'low' | 'unconfirmed';
}

/** What the page said about itself, read by a script injected on demand. Never trusted as fact. */
export interface ClaimedFacts {
  documentTitle: string;
  locationHref: string;
  canonicalUrl?: string;
  lang?: string;
  /** <meta name|property|itemprop=… content=…> in document order, OpenGraph and Twitter cards included. */
  meta: PageTag[];
  selectedText?: string;
  clickedElement?: ClickedElement;
  contentType?: string;
  lastModified?: string;
  platform?: PlatformDetection | null;
  post?: ExtractedPost | null;
  /** What was shortened to keep the claims small (src/content/limit-claims.ts), with original lengths. */
  clipped?: ClippedField[];
}

export type ArtifactKind =
  | 'screenshot' // the visible viewport, PNG, byte for byte as the browser returned it
  | 'tile' // one viewport of a full-page or conversation capture, byte for byte as the browser returned it
  | 'fullpage' // a segment of the stitched full page (derived from the tiles), at most 16,384 device px tall
  | 'mhtml' // page archive (chrome.pageCapture)
  | 'html' // self-contained HTML snapshot, where MHTML is not available (Firefox)
  | 'media' // the image or video itself, its original bytes
  | 'frame' // a still of a video that could not be saved whole (blob: or streaming source)
  | 'thread' // the messages of a conversation as structured text (JSON), as the page showed them
  | 'attachment'; // a file the user added to the case

export interface ArtifactRef {
  id: string;
  kind: ArtifactKind;
  /** File name inside the capture's folder in a bundle, e.g. screenshot.png. */
  name: string;
  mediaType: string;
  size: number;
  sha256: Sha256Hex;
  /** Pixel size for images. */
  width?: number;
  height?: number;
  /**
   * false when only the fingerprint was kept and the bytes never stored: in under-18 mode no
   * image is kept, because holding it can itself be a crime.
   */
  stored?: false;
  /** Tiles and segments: their order, from 0. */
  index?: number;
  /** Tiles and segments: where they sit on the page (or in the scrolled element), in CSS pixels. */
  rect?: { x: number; y: number; width: number; height: number };
  /** Media and frames: the address the bytes (or the player) came from. */
  sourceUrl?: string;
  /** Media: how the bytes were read. 'extension': fetched by Preserve without the person's cookies; 'page': fetched in the page; 'rendered': read from what the page had drawn. */
  fetchedVia?: 'extension' | 'page' | 'rendered';
  /** Why this artifact is partial or a stand-in, in plain words (a size cap hit, a stream saved as a frame). */
  note?: string;
}

export interface ImportProvenance {
  bundleName: string;
  bundleSha256: Sha256Hex;
  exportedAt: string;
  importedAt: string;
  originalCaptureId: string;
  originalCaseId: string;
  /** The capture's recordHash in the exporting install's chain, as the bundle states it. */
  originalRecordHash: Sha256Hex;
}

/**
 * One capture, immutable once written. `recordHash` is the SHA-256 of the canonical JSON
 * (src/shared/canonical-json.ts) of every other field; `prevHash` is the recordHash of the
 * capture before it in the same case (null for the first), so a case's captures form a chain.
 */
export interface CaptureRecord {
  format: typeof CAPTURE_FORMAT;
  id: string;
  caseId: string;
  /** 1-based position in the case's chain. */
  seq: number;
  trigger: CaptureTrigger;
  observed: ObservedFacts;
  claimed: ClaimedFacts | null;
  /** Why the page could not describe itself, when the screenshot was taken without claimed facts. */
  claimedError?: string;
  artifacts: ArtifactRef[];
  prevHash: Sha256Hex | null;
  recordHash: Sha256Hex;
  imported?: ImportProvenance;
  /** Only on added files: what the file said about itself, kept apart from what Preserve observed. */
  attachment?: AttachmentClaims;
}

/**
 * A file the person added. The name, type and last-modified date come from the file system (or
 * whoever made the file): claims, not observations. `observed` holds when Preserve received it.
 */
export interface AttachmentClaims {
  fileName: string;
  /** The type the browser guessed from the name; '' when it had no guess. */
  mediaType: string;
  size: number;
  /** The file's last-modified time as claimed, UTC ISO-8601; absent when the browser gave none. */
  lastModified?: string;
}

export type UnsealedCapture = Omit<CaptureRecord, 'recordHash'>;

/**
 * What makes two zips the same bundle, whatever their bytes (a zip comment, another compressor):
 * the signed manifest's SHA-256, and the case and chain of captures it holds.
 */
export interface BundleIdentity {
  manifestSha256: Sha256Hex;
  caseId: string;
  /** recordHash of the last capture in the bundle's chain. */
  headHash: Sha256Hex | null;
  /** SHA-256 of the canonical JSON list of every recordHash in the bundle's chain, in order. */
  chainSha256: Sha256Hex;
}

export interface CaseRecord {
  id: string;
  title: string;
  createdAt: string;
  /** recordHash of the newest capture, or null while the case is empty. */
  headHash: Sha256Hex | null;
  captureCount: number;
  isDefault: boolean;
  /** When the person archived it; archived cases are listed apart and get no new captures. */
  archivedAt?: string;
  imported?: {
    bundleName: string;
    bundleSha256: Sha256Hex;
    exportedAt: string;
    importedAt: string;
    /** Absent on cases imported before bundles had one; those are matched by bundleSha256 alone. */
    identity?: BundleIdentity;
    /** How many files of the bundle matched their SHA-256 when it was imported (every one, or it was refused); absent on older imports. */
    verifiedFiles?: number;
  };
}

/** Notes are written beside a capture, never into it. */
export interface NoteRecord {
  id: string;
  caseId: string;
  captureId?: string;
  createdAt: string;
  text: string;
}

/** The stored incident-log row: one type since issue #11 (bundles made before it lack status and source; import fills them in). */
export type IncidentRecord = IncidentEntry;
