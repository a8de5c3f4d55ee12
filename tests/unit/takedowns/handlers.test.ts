import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingFill } from '../../../src/background/pending-fills';
import { sealArtifact } from '../../../src/db/artifact-store';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { commitCapture } from '../../../src/db/commit-capture';
import { database } from '../../../src/db/schema';
import { requestsOfCase, trackerEventsOfCase } from '../../../src/db/takedown-queries';
import { fakePng } from '../crypto/fixtures';
import { pendingCapture, seedPlaintext } from '../crypto/seed-store';

// chrome.storage.session, in memory: the real pending-fills module runs on it.
const session = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        },
      },
    },
  },
}));

// The browser's part of a capture (screenshot, page facts) is replaced; what is committed goes
// through the real commitCapture, into the case it was asked for.
const pageText = { value: '' };
const captured: Array<{ tabId: number; trigger: string; caseId: string | undefined }> = [];
vi.mock('../../../src/background/page-text', () => ({ readPageText: async () => pageText.value }));
vi.mock('../../../src/background/capture-events', () => ({
  captureAndThumbnail: async (tabId: number, trigger: 'request-confirmation', _target: unknown, caseId?: string) => {
    captured.push({ tabId, trigger, caseId });
    const id = `confirmation-${captured.length}`;
    const pending = { ...pendingCapture(id), trigger, ...(caseId && { caseId }) };
    const record = await commitCapture(database(), pending, [await sealArtifact(`${id}-shot`, id, fakePng(), 'image/png', database())]);
    return { record, summary: { captureId: record.id, caseId: record.caseId, seq: record.seq } };
  },
}));

const { takedownHandlers } = await import('../../../src/background/takedown-handlers');
const { keepPendingFill, pendingFillFor } = await import('../../../src/background/pending-fills');

const POST = 'https://www.reddit.com/r/pics/comments/abc123/title/';
const CONFIRMATION = 'Request received\nYour request (#31415926) has been received and is being reviewed by our support staff.';

function fill(tabId: number): PendingFill {
  return {
    tabId,
    caseId: DEFAULT_CASE_ID,
    captureIds: ['cap-0'],
    route: { platformId: 'reddit', kind: 'ncii', label: 'Reddit report page', url: 'https://www.reddit.com/report' },
    values: { contentUrls: [POST], legalName: 'Alex Example', email: 'alex@example.org' },
    report: { host: 'www.reddit.com', filled: [{ key: 'contentUrl', label: 'Link to the content', value: POST }], unfilled: [], skipped: [], elapsedMs: 12 },
  };
}

beforeEach(async () => {
  session.clear();
  captured.length = 0;
  pageText.value = CONFIRMATION;
  await seedPlaintext(database(), 1);
});

afterEach(async () => {
  await database().delete();
  await database().open();
});

describe('takedown.sent ("I sent it")', () => {
  it('refuses in plain words when Preserve kept nothing for the tab, and captures nothing', async () => {
    await expect(takedownHandlers['takedown.sent']({ tabId: 7 })).rejects.toThrow(
      'Preserve did not open or fill a form in this tab. You can record the request by hand on the options page.',
    );
    expect(captured).toEqual([]);
  });

  it('captures the confirmation into the request’s case and records the request with the page’s reference', async () => {
    await keepPendingFill(fill(7));
    const { request, capture } = await takedownHandlers['takedown.sent']({ tabId: 7 });
    expect(captured).toEqual([{ tabId: 7, trigger: 'request-confirmation', caseId: DEFAULT_CASE_ID }]);
    // Chained after the seeded capture, in the same case.
    expect(capture).toMatchObject({ caseId: DEFAULT_CASE_ID, seq: 2 });
    expect(request).toMatchObject({
      caseId: DEFAULT_CASE_ID,
      urls: [POST],
      captureIds: ['cap-0'],
      method: 'form',
      reference: '31415926',
      confirmationCaptureId: capture.captureId,
      filled: fill(7).report!.filled,
      route: fill(7).route,
    });
    expect(await requestsOfCase(DEFAULT_CASE_ID)).toEqual([request]);
    expect(await trackerEventsOfCase(DEFAULT_CASE_ID)).toEqual([
      expect.objectContaining({ url: POST, status: 'requested', at: request.sentAt, requestId: request.id }),
    ]);
    // The values kept for the tab are gone, so a second click cannot record it twice.
    expect(await pendingFillFor(7)).toBeNull();
    await expect(takedownHandlers['takedown.sent']({ tabId: 7 })).rejects.toThrow(/did not open or fill a form in this tab/);
  });

  it('keeps the reference the person typed over the one on the page, and records none when neither is known', async () => {
    await keepPendingFill(fill(7));
    expect((await takedownHandlers['takedown.sent']({ tabId: 7, reference: ' MY-REF-9 ' })).request.reference).toBe('MY-REF-9');
    await keepPendingFill(fill(8));
    pageText.value = 'Thanks! We will review your report. Call 1-800-555-0199 with questions.';
    expect((await takedownHandlers['takedown.sent']({ tabId: 8 })).request).not.toHaveProperty('reference');
  });
});

describe('the other takedown messages', () => {
  it('records a request sent by email with its date, and a later status as a new event', async () => {
    const request = await takedownHandlers['takedown.record']({
      caseId: DEFAULT_CASE_ID,
      urls: [POST],
      captureIds: ['cap-0'],
      method: 'email',
      sentAt: '2026-11-20',
      reference: '4411',
      route: { platformId: 'reddit', kind: 'dmca-email', label: 'Copyright agent email', email: 'copyright@reddit.com' },
    });
    const removed = await takedownHandlers['tracker.setStatus']({
      caseId: DEFAULT_CASE_ID,
      url: POST,
      status: 'removed',
      at: '2026-11-23',
      requestId: request.id,
    });
    const events = await trackerEventsOfCase(DEFAULT_CASE_ID);
    expect(events.map((event) => [event.status, event.at])).toEqual([
      ['removed', '2026-11-23T00:00:00.000Z'],
      ['requested', '2026-11-20T00:00:00.000Z'],
    ]);
    expect(events[0]).toEqual(removed);
  });

  it('saves each letter as a new record with the SHA-256 of its UTF-8 text', async () => {
    const text = 'Dear Copyright Agent,\nI ask you to remove … — Zoë';
    const input = { caseId: DEFAULT_CASE_ID, kind: 'dmca' as const, title: 'DMCA notice', text, html: '<p>…</p>' };
    const first = await takedownHandlers['letter.save'](input);
    const second = await takedownHandlers['letter.save']({ ...input, text: `${text}\nEdited.` });
    expect(first.textSha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(second.id).not.toBe(first.id);
    expect(await database().letters.count()).toBe(2);
  });

  it('saves the profile after checking it, and forgets it on null', async () => {
    await expect(takedownHandlers['takedown.saveProfile']({ profile: { legalName: 'Alex', email: 'nope', signatureName: 'Alex' } })).rejects.toThrow(
      /does not look like an email address/,
    );
    await takedownHandlers['takedown.saveProfile']({ profile: { legalName: ' Alex ', email: 'alex@example.org', signatureName: 'Alex', phone: '' } });
    expect(await database().profiles.get('takedown')).toEqual({ id: 'takedown', legalName: 'Alex', email: 'alex@example.org', signatureName: 'Alex' });
    await takedownHandlers['takedown.saveProfile']({ profile: null });
    expect(await database().profiles.count()).toBe(0);
  });
});
