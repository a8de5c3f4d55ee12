import type { SerializedError } from './errors';
import type { Settings } from './settings';
import type { CaptureTrigger, PlatformDetection, ExtractedPost } from './types';

/**
 * Who may send a message. Today only Preserve's own pages (popup, options) send any: the page
 * reader answers through scripting.executeScript's result, never through a message, and web
 * pages cannot reach runtime.onMessage (Preserve lists no externally_connectable origins).
 */
export type SenderRule = 'extension-page';

/**
 * Every message between Preserve's parts. `from` says who may send it, and the background's router
 * (src/background/router.ts) refuses a message from anyone else, and any type it has no rule for.
 * Namespaces in use: page, capture, note, privacy, settings, export, lock. Planned next: case.*,
 * takedown.*, letter.*, monitor.*.
 */
export interface ProtocolMap {
  'page.describe': {
    from: SenderRule;
    request: { tabId: number };
    response: PageDescription;
  };
  'capture.take': {
    from: SenderRule;
    request: { tabId: number; trigger: Extract<CaptureTrigger, 'popup'> };
    response: CaptureSummary;
  };
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
