import type { SerializedError } from './errors';
import type { FoundContact } from './found-contacts';
import type { Settings } from './settings';
import type { FillReport, FillValues, LetterRecord, RemovalRequestRecord, RouteRef, TakedownProfile, TrackerEvent, TrackerStatus } from './takedown-types';
import type { ChatView, ConversationRange } from './conversation';
import type { CaptureTrigger, CaseRecord, MatchedImage, PageCoverage, PlatformDetection, ExtractedPost } from './types';
import type { LinkCheckRecord, MonitorRecord, MyImageRecord } from './matching-types';
import type { AssessmentAnswer, CaseEvent, IncidentEntry, PersonRecord, PlanStepState, ThreatAssessmentRecord } from './workspace-types';

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
 * letter, case, plan, assessment, incident, person, images, monitor.
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
      /** From "Find my images on this page": recorded in the capture's observed facts. */
      matchedImages?: MatchedImage[];
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
    /** caseId: the action plan's binder step ticks itself from a case's first export. */
    request: { exportedAt: string; caseId: string };
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

  // The case workspace (issue #11).
  'case.create': { from: SenderRule; request: { title: string }; response: CaseRecord };
  'case.rename': { from: SenderRule; request: { caseId: string; title: string }; response: CaseRecord };
  'case.archive': { from: SenderRule; request: { caseId: string; archived: boolean }; response: CaseRecord };
  /** Deletes a case and everything in it. `confirmTitle` must equal the case's name. */
  'case.delete': { from: SenderRule; request: { caseId: string; confirmTitle: string }; response: { deleted: true } };
  /** The case new captures go into. */
  'case.setActive': { from: SenderRule; request: { caseId: string }; response: { caseId: string } };
  /** Moves a capture to another case: recorded as events in both cases; the capture and its chain are not rewritten. */
  'case.moveCapture': { from: SenderRule; request: { captureId: string; toCaseId: string }; response: CaseEvent };
  /** A plan step marked done or "not for me"; null clears it. */
  'plan.setStep': { from: SenderRule; request: { caseId: string; stepId: string; state: PlanStepState['state'] | null }; response: PlanStepState | null };
  'assessment.save': { from: SenderRule; request: { caseId: string; answers: Record<string, AssessmentAnswer> }; response: ThreatAssessmentRecord };
  /** Adds an entry (no id) or edits one (with its id); Preserve keeps its times and where it came from. */
  'incident.save': {
    from: SenderRule;
    request: { entry: Omit<IncidentEntry, 'id' | 'recordedAt' | 'updatedAt' | 'source' | 'sourceId'> & { id?: string } };
    response: IncidentEntry;
  };
  'incident.delete': { from: SenderRule; request: { id: string }; response: { deleted: true } };
  'person.save': { from: SenderRule; request: { person: Omit<PersonRecord, 'id' | 'createdAt' | 'updatedAt'> & { id?: string } }; response: PersonRecord };
  'person.delete': { from: SenderRule; request: { id: string }; response: { deleted: true } };

  // Finding copies (issue #12).
  /** Hashes computed in the page; only they cross the message channel, never the image. */
  'images.add': {
    from: SenderRule;
    /** `keep`: the file itself, only when the person ticked "Keep the image too" (refused in under-18 mode). */
    request: { image: Omit<MyImageRecord, 'id' | 'addedAt' | 'keptImage'>; keep?: { base64: string; mediaType: string } };
    response: MyImageRecord;
  };
  'images.delete': { from: SenderRule; request: { id: string }; response: { deleted: true } };
  /** Hashes every image on the tab (activeTab) and matches them against My images. */
  'images.findOnPage': { from: SenderRule; request: { tabId: number }; response: PageImageScan };
  /** Turns watching a case's captured links on or off, with how often (hours). */
  'monitor.configure': { from: SenderRule; request: { caseId: string; enabled: boolean; everyHours: number }; response: { monitors: MonitorRecord[] } };
  'monitor.checkNow': { from: SenderRule; request: { caseId: string }; response: { checks: LinkCheckRecord[] } };
}

/** "Find my images on this page": what was looked at and what matched. No image leaves the device. */
export interface PageImageScan {
  url: string;
  scanned: number;
  /** Images that could not be read: too small to hash, not loaded, or out of sight in a frame. */
  skipped: number;
  /** How many of My images were looked for (0: none added yet). */
  lookedFor: number;
  matches: PageImageMatch[];
  elapsedMs: number;
}

export interface PageImageMatch {
  /** The image's address on the page (or the video's, with the frame time). */
  src: string;
  kind: 'image' | 'video-frame';
  /** Which of My images it matched, and how closely (PDQ bits that differ; ≤ 31 is a match). */
  myImageId: string;
  distance: number;
  quality: number;
  /** A small preview drawn from the pixels the page rendered, shown blurred. */
  previewDataUrl?: string;
  /**
   * How the pixels were read: by the page itself (same origin or CORS), or cut from a screenshot of
   * what the browser rendered (another host without CORS). Nothing is fetched again.
   */
  readVia: 'page' | 'screenshot';
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
