import { database } from '../db/schema';
import { addLetter, addRequest, addTrackerEvent, saveTakedownProfile } from '../db/takedown-writes';
import { assertNotImported, assertWritableCase } from '../db/writable-case';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import { sha256Bytes } from '../shared/hash';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { RemovalRequestRecord, TrackerEvent } from '../shared/takedown-types';
import { checkProfile } from '../takedowns/check-profile';
import { checkLetter, checkRequest, checkStatus, checkUrls } from '../takedowns/check-records';
import { optionalText } from '../takedowns/check-text';
import { findReferenceNumber } from '../takedowns/reference-number';
import { captureAndThumbnail } from './capture-events';
import { requestIncident } from './incident-auto';
import { readPageText } from './page-text';
import { forgetPendingFill, pendingFillFor } from './pending-fills';

export const takedownHandlers = {
  'takedown.saveProfile': async ({ profile }: RequestOf<'takedown.saveProfile'>): Promise<ResponseOf<'takedown.saveProfile'>> => {
    await saveTakedownProfile(profile === null ? null : checkProfile(profile, t));
    return { done: true };
  },

  /**
   * "I sent it", clicked in the popup on the page a platform shows after a request: that page is
   * captured like any evidence (chained into the request's case), then the request and a
   * `requested` status for each of its addresses are recorded together.
   */
  'takedown.sent': async ({ tabId, reference }: RequestOf<'takedown.sent'>): Promise<ResponseOf<'takedown.sent'>> => {
    const typed = optionalText(reference, 'takedowns_field_reference', 200, t);
    const pending = await pendingFillFor(tabId);
    if (!pending) {
      throw new UserFacingError(t('errors_no_pending_fill'), 'no-pending-fill');
    }
    const urls = checkUrls(pending.values.contentUrls, t);
    // Before the capture: a confirmation page must not be chained into an imported case.
    await assertNotImported(database(), pending.caseId);
    const [{ record, summary }, pageText] = await Promise.all([
      captureAndThumbnail(tabId, 'request-confirmation', undefined, pending.caseId),
      readPageText(tabId),
    ]);
    const found = typed ?? findReferenceNumber(pageText) ?? undefined;
    const now = new Date().toISOString();
    const request: RemovalRequestRecord = {
      id: crypto.randomUUID(),
      caseId: record.caseId,
      urls,
      captureIds: pending.captureIds,
      route: pending.route,
      method: 'form',
      sentAt: now,
      recordedAt: now,
      ...(found && { reference: found }),
      ...(pending.report && { filled: pending.report.filled }),
      confirmationCaptureId: record.id,
    };
    try {
      await addRequest(request, requestedEvents(request), undefined, requestIncident(request));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new UserFacingError(t('errors_request_not_recorded', { reason: why }), 'request-not-recorded');
    }
    // Recorded: the name and email kept for this tab are now sealed in the request, and a second
    // click must not record the same request twice.
    await forgetPendingFill(tabId);
    return { request, capture: summary };
  },

  'takedown.record': async (input: RequestOf<'takedown.record'>): Promise<ResponseOf<'takedown.record'>> => {
    const request: RemovalRequestRecord = { id: crypto.randomUUID(), ...checkRequest(input, new Date(), t), recordedAt: new Date().toISOString() };
    await assertWritableCase(database(), request.caseId);
    await addRequest(request, requestedEvents(request), undefined, requestIncident(request));
    return request;
  },

  /** A status change is a new event; no earlier one is ever changed. */
  'tracker.setStatus': async (input: RequestOf<'tracker.setStatus'>): Promise<ResponseOf<'tracker.setStatus'>> => {
    const event: TrackerEvent = { id: crypto.randomUUID(), ...checkStatus(input, new Date(), t), recordedAt: new Date().toISOString() };
    await assertWritableCase(database(), event.caseId);
    await addTrackerEvent(event);
    return event;
  },

  /** Every save is a new record with its own fingerprint, so an edited letter never replaces the one that was sent. */
  'letter.save': async (input: RequestOf<'letter.save'>): Promise<ResponseOf<'letter.save'>> => {
    const checked = checkLetter(input, t);
    await assertWritableCase(database(), checked.caseId);
    const letter = {
      id: crypto.randomUUID(),
      ...checked,
      createdAt: new Date().toISOString(),
      textSha256: await sha256Bytes(new TextEncoder().encode(checked.text)),
    };
    await addLetter(letter);
    return letter;
  },
};

function requestedEvents(request: RemovalRequestRecord): TrackerEvent[] {
  return request.urls.map((url) => ({
    id: crypto.randomUUID(),
    caseId: request.caseId,
    url,
    status: 'requested',
    at: request.sentAt,
    recordedAt: request.recordedAt,
    requestId: request.id,
  }));
}
