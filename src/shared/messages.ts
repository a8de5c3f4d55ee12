import type { SerializedError } from './errors';
import type { Settings } from './settings';
import type { CaptureTrigger, PlatformDetection, ExtractedPost } from './types';

/**
 * Every message between Preserve's parts. `from` says who may send it: the background refuses a
 * message from anyone else (web pages cannot reach runtime.onMessage, and content scripts may only
 * report what they saw). Namespaces planned next: case.*, note.*, takedown.*, letter.*,
 * export.*, lock.*, monitor.*.
 */
export interface ProtocolMap {
  'page.describe': {
    from: 'extension-page';
    request: { tabId: number };
    response: PageDescription;
  };
  'capture.take': {
    from: 'extension-page';
    request: { tabId: number; trigger: Extract<CaptureTrigger, 'popup'> };
    response: CaptureSummary;
  };
  'privacy.quickExit': {
    from: 'extension-page';
    request: Record<string, never>;
    response: { done: true };
  };
  'settings.update': {
    from: 'extension-page';
    request: { patch: Partial<Settings> };
    response: Settings;
  };
  'export.recorded': {
    from: 'extension-page';
    request: { exportedAt: string };
    response: { done: true };
  };
  'lock.status': { from: 'extension-page'; request: Record<string, never>; response: LockStatus };
  'lock.enable': { from: 'extension-page'; request: { passphrase: string }; response: LockStatus };
  'lock.unlock': { from: 'extension-page'; request: { passphrase: string }; response: LockStatus };
  'lock.lock': { from: 'extension-page'; request: Record<string, never>; response: LockStatus };
  'lock.changePassphrase': { from: 'extension-page'; request: { current: string; next: string }; response: LockStatus };
  'lock.setIdleMinutes': { from: 'extension-page'; request: { minutes: number }; response: LockStatus };
  'note.add': {
    from: 'extension-page';
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

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: SerializedError };

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

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).preserve === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}
