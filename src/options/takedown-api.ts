import browser from 'webextension-polyfill';
import { capturesOfCase } from '../db/queries';
import { lettersOfCase, requestsOfCase, takedownProfile, trackerEventsOfCase } from '../db/takedown-queries';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { sendMessage } from '../shared/send-message';
import type { LetterRecord, RemovalRequestRecord, TakedownProfile, TrackerEvent } from '../shared/takedown-types';
import type { CaptureRecord } from '../shared/types';

export interface CaseRequests {
  captures: CaptureRecord[];
  requests: RemovalRequestRecord[];
  events: TrackerEvent[];
  letters: LetterRecord[];
}

/** The removal-request half of the options page's api: read here, written through the worker. */
export interface TakedownApi {
  takedownProfile(): Promise<TakedownProfile | null>;
  saveTakedownProfile(profile: TakedownProfile | null): Promise<void>;
  caseRequests(caseId: string): Promise<CaseRequests>;
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
