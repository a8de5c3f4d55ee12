import type { SerializedError } from './errors';
import type { FoundContact } from './found-contacts';
import type { Settings } from './settings';
import type { FillReport, FillValues, LetterRecord, RemovalRequestRecord, RouteRef, TakedownProfile, TrackerEvent, TrackerStatus } from './takedown-types';
import type { ChatView, ConversationRange } from './conversation';
import type { CaptureTrigger, PageCoverage, PlatformDetection, ExtractedPost } from './types';

/**
 * Who may send a message. Today only Preserve's own pages (popup, options) send any: the page
 * reader answers through scripting.executeScript's result, never through a message, and web
 * pages cannot reach runtime.onMessage (Preserve lists no externally_connectable origins).
 */
export type SenderRule = 'extension-page';

/**
 * Every message between Preserve's parts. `from` says who may send it, and the background's router
 * (src/background/router.ts) refuses a message from anyone else, and any type it has no rule for.
 * Namespaces in use: page, capture, note, privacy, settings, export, lock, takedown, tracker,
 * letter. Planned next: case.*, monitor.*.
 */
export interface ProtocolMap {
  'page.describe': {
    from: SenderRule;
    request: { tabId: number };
    response: PageDescription;
  };
  /** 'visible' when no mode is given. With a jobId, the popup can follow the capture and cancel it. */
  'capture.take': {
    from: SenderRule;
    request: {
      tabId: number;
      trigger: Extract<CaptureTrigger, 'popup'>;
      mode?: 'visible' | 'full' | 'conversation';
      jobId?: string;
      conversation?: ConversationRange;
    };
    response: CaptureSummary;
  };
  /** How far a running capture is; null once it is done (or never started). */
  'capture.progress': { from: SenderRule; request: { jobId: string }; response: CaptureJobProgress | null };
  /** Stops a running capture's tiles; what was taken is kept, marked partial. */
  'capture.cancel': { from: SenderRule; request: { jobId: string }; response: { cancelled: boolean } };
  'privacy.quickExit': {
    from: SenderRule;
    request: Record<string, never>;
    response: { done: true };
  };
  'settings.update': {
    from: SenderRule;
    request: { patch: Partial<Settings> };
    response: Settings;
  };
  'export.recorded': {
    from: SenderRule;
    request: { exportedAt: string };
    response: { done: true };
  };
  'lock.status': { from: SenderRule; request: Record<string, never>; response: LockStatus };
  'lock.enable': { from: SenderRule; request: { passphrase: string }; response: LockStatus };
  'lock.unlock': { from: SenderRule; request: { passphrase: string }; response: LockStatus };
  'lock.lock': { from: SenderRule; request: Record<string, never>; response: LockStatus };
  'lock.changePassphrase': { from: SenderRule; request: { current: string; next: string }; response: LockStatus };
  'lock.setIdleMinutes': { from: SenderRule; request: { minutes: number }; response: LockStatus };
  'note.add': {
    from: SenderRule;
    request: { captureId: string; text: string };
    response: { noteId: string; createdAt: string };
  };
  /** Saves (or with null, forgets) the details requests are filled with. */
  'takedown.saveProfile': { from: SenderRule; request: { profile: TakedownProfile | null }; response: { done: true } };
  /**
   * Opens a route's form in a new tab and, when the page has been granted host access to the form's
   * host (asked at the click, in the page), fills it once loaded. The values are kept for that tab
   * in session storage, for "Fill in this form" and "I sent it".
   */
  'takedown.openForm': {
    from: SenderRule;
    request: { caseId: string; captureIds: string[]; route: RouteRef; values: FillValues };
    response: { tabId: number; report: FillReport | null; reason?: string };
  };
  /** Fills the form in a tab (activeTab from the toolbar click), with the tab's kept values or these. */
  'takedown.fill': {
    from: SenderRule;
    request: { tabId: number; values?: FillValues; route?: RouteRef; caseId?: string; captureIds?: string[] };
    response: FillReport;
  };
  /** "I sent it": captures the confirmation page into the case and records the request. */
  'takedown.sent': {
    from: SenderRule;
    request: { tabId: number; reference?: string };
    response: { request: RemovalRequestRecord; capture: CaptureSummary };
  };
  /** A request sent another way (email, in-app, post), recorded by hand. */
  'takedown.record': { from: SenderRule; request: Omit<RemovalRequestRecord, 'id' | 'recordedAt'>; response: RemovalRequestRecord };
  'tracker.setStatus': {
    from: SenderRule;
    request: { caseId: string; url: string; status: TrackerStatus; at: string; note?: string; requestId?: string };
    response: TrackerEvent;
  };
  /** On a host Preserve does not know: the abuse contacts the page shows (links, mailto:, security.txt), read in the tab. */
  'takedown.findContacts': { from: SenderRule; request: { tabId: number }; response: { url: string; contacts: FoundContact[] } };
  'letter.save': { from: SenderRule; request: Omit<LetterRecord, 'id' | 'createdAt' | 'textSha256'>; response: LetterRecord };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  preserve: 1;
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends MessageType = MessageType> = { ok: true; value: ResponseOf<T> } | { ok: false; error: SerializedError };

export interface LockStatus {
  /** 'migrating' while what was stored before is still being encrypted. */
  encryption: 'off' | 'migrating' | 'on';
  unlocked: boolean;
  idleMinutes: number;
}

export interface PageDescription {
  url: string;
  title: string;
  capturable: boolean;
  /** Plain words when the page cannot be captured. */
  reason?: string;
  detection: PlatformDetection | null;
  post?: ExtractedPost | null;
  /** e.g. "Reddit post by u/someone"; null when nothing is recognised. */
  label: string | null;
  /** A conversation Preserve can scroll back and read ("Capture conversation"), from the address alone. */
  chat?: ChatView;
}

export interface CaptureSummary {
  captureId: string;
  caseId: string;
  seq: number;
  recordHash: string;
  capturedAt: string;
  capturedAtLocal: string;
  timeZone: string;
  tabUrl: string;
  screenshotArtifactId: string;
  /** false in under-18 mode: the screenshot's fingerprint was kept, its bytes were not. */
  screenshotStored: boolean;
  label: string | null;
  /** Milliseconds from the request to the committed transaction, measured in the background. */
  elapsedMs: number;
  /** Full-page captures: how much of the page the tiles cover. */
  coverage?: PageCoverage;
}

/** A running capture's step ('tiles', 'stitching', …) and count; total is null while unknown. */
export interface CaptureJobProgress {
  phase: string;
  done: number;
  total: number | null;
}

/** A message as it arrives: shaped like an envelope, but its type is not yet known to exist. */
export interface IncomingEnvelope {
  preserve: 1;
  type: string;
  payload?: unknown;
}

export function isEnvelope(message: unknown): message is IncomingEnvelope {
  return (
    typeof message === 'object' && message !== null && (message as IncomingEnvelope).preserve === 1 && typeof (message as IncomingEnvelope).type === 'string'
  );
}
