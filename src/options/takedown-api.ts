import browser from 'webextension-polyfill';
import { capturesOfCase } from '../db/queries';
import { lettersOfCase, requestsOfCase, takedownProfile, trackerEventsOfCase } from '../db/takedown-queries';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { CaptureDigest } from '../shared/capture-digest';
import { sendMessage } from '../shared/send-message';
import type { LetterRecord, RemovalRequestRecord, TakedownProfile, TrackerEvent } from '../shared/takedown-types';
import type { CaptureRecord } from '../shared/types';
import { captureDigests } from './capture-digests';

export interface CaseRequests {
  captures: CaptureRecord[];
  requests: RemovalRequestRecord[];
  events: TrackerEvent[];
  letters: LetterRecord[];
}

/** What the tracker reads: each capture's address and time, not whole records. */
export interface CaseTracker {
  captures: CaptureDigest[];
  requests: RemovalRequestRecord[];
  events: TrackerEvent[];
}

/** The removal-request half of the options page's api: read here, written through the worker. */
export interface TakedownApi {
  takedownProfile(): Promise<TakedownProfile | null>;
  saveTakedownProfile(profile: TakedownProfile | null): Promise<void>;
  caseRequests(caseId: string): Promise<CaseRequests>;
  /** The tracker's rows: requests and events at once, the captures after the evidence list (see capture-digests.ts). */
  caseTracker(caseId: string): Promise<CaseTracker>;
  /**
   * Asks for host access to a form's origin so it can be filled as it opens. Must be called first
   * in the click handler: the browser asks only during the person's gesture. A refusal is an answer.
   */
  askToFill(formUrl: string): Promise<boolean>;
  openForm(request: RequestOf<'takedown.openForm'>): Promise<ResponseOf<'takedown.openForm'>>;
  recordRequest(request: RequestOf<'takedown.record'>): Promise<RemovalRequestRecord>;
  setStatus(request: RequestOf<'tracker.setStatus'>): Promise<TrackerEvent>;
  saveLetter(request: RequestOf<'letter.save'>): Promise<LetterRecord>;
}

export const takedownApi: TakedownApi = {
  takedownProfile: () => takedownProfile(),
  async saveTakedownProfile(profile) {
    await sendMessage('takedown.saveProfile', { profile });
  },
  async caseRequests(caseId) {
    const [captures, requests, events, letters] = await Promise.all([
      capturesOfCase(caseId),
      requestsOfCase(caseId),
      trackerEventsOfCase(caseId),
      lettersOfCase(caseId),
    ]);
    return { captures, requests, events, letters };
  },
  async caseTracker(caseId) {
    const [captures, requests, events] = await Promise.all([captureDigests(caseId), requestsOfCase(caseId), trackerEventsOfCase(caseId)]);
    return { captures, requests, events };
  },
  askToFill(formUrl) {
    let origin: string;
    try {
      origin = `${new URL(formUrl).origin}/*`;
    } catch {
      return Promise.resolve(false);
    }
    return browser.permissions.request({ origins: [origin] }).catch(() => false);
  },
  openForm: (request) => sendMessage('takedown.openForm', request),
  recordRequest: (request) => sendMessage('takedown.record', request),
  setStatus: (request) => sendMessage('tracker.setStatus', request),
  saveLetter: (request) => sendMessage('letter.save', request),
};
