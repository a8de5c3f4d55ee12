import { describe, expect, it } from 'vitest';
import type { RemovalRequestRecord } from '../../../src/shared/takedown-types';
import { type CaptureFactsForLog, incidentFromCapture, incidentFromRequest } from '../../../src/workspace/incident-auto';

const NOW = new Date('2026-11-30T10:00:00.000Z');

function capture(extra: Partial<CaptureFactsForLog> = {}): CaptureFactsForLog {
  return {
    id: 'cap-1',
    trigger: 'popup',
    observed: { capturedAt: '2026-11-29T21:14:05.123Z', tabUrl: 'https://www.reddit.com/r/pics/comments/abc123/title/' },
    claimed: {
      platform: { platform: { id: 'reddit', name: 'Reddit' }, kind: 'post', postId: 'abc123' },
      post: { author: { handle: 'someone' } },
    } as CaptureFactsForLog['claimed'],
    ...extra,
  };
}

describe('automatic incident-log entries', () => {
  it('turns a capture of a recognised post into an open entry linked to it', () => {
    expect(incidentFromCapture(capture(), 'en', 'inc-1', NOW)).toEqual({
      id: 'inc-1',
      occurredAt: '2026-11-29T21:14:05.123Z',
      recordedAt: '2026-11-30T10:00:00.000Z',
      summary: 'Saved evidence of a Reddit post by u/someone',
      captureIds: ['cap-1'],
      context: 'https://www.reddit.com/r/pics/comments/abc123/title/',
      platform: 'reddit',
      status: 'open',
      source: 'capture',
      sourceId: 'cap-1',
    });
  });

  it('words it in the language asked for, and names the site when no platform was recognised', () => {
    expect(incidentFromCapture(capture(), 'es', 'inc-1', NOW)?.summary).toBe('Guardaste pruebas de una publicación de Reddit de u/someone');
    const unknown = incidentFromCapture(
      capture({ claimed: null, observed: { capturedAt: '2026-11-29T21:14:05.123Z', tabUrl: 'https://pics.example.org/a?b' } }),
      'en',
      'i',
      NOW,
    );
    expect(unknown).toMatchObject({ summary: 'Saved evidence of a page on pics.example.org', context: 'https://pics.example.org/a?b' });
    expect(unknown).not.toHaveProperty('platform');
  });

  it('adds no entry for imported captures, added files, or the confirmation page a request already logs', () => {
    for (const trigger of ['import', 'attachment', 'request-confirmation'] as const) {
      expect(incidentFromCapture(capture({ trigger }), 'en', 'i', NOW)).toBeNull();
    }
    for (const trigger of ['popup', 'context-menu', 'shortcut'] as const) {
      expect(incidentFromCapture(capture({ trigger }), 'en', 'i', NOW)).not.toBeNull();
    }
  });

  it('turns a removal request into a reported entry on the day it was sent, linking its captures and confirmation', () => {
    const request: RemovalRequestRecord = {
      id: 'req-1',
      caseId: 'case-1',
      urls: ['https://x.com/a/status/1', 'https://x.com/a/status/2'],
      captureIds: ['cap-1', 'cap-2'],
      route: { platformId: 'x', kind: 'ncii', label: 'Private information report' },
      method: 'form',
      sentAt: '2026-11-30T09:00:00.000Z',
      recordedAt: '2026-11-30T09:00:01.000Z',
      reference: 'T-123',
      confirmationCaptureId: 'cap-3',
    };
    const entry = incidentFromRequest(request, 'en', 'inc-2', NOW);
    expect(entry).toMatchObject({
      id: 'inc-2',
      caseId: 'case-1',
      occurredAt: '2026-11-30T09:00:00.000Z',
      status: 'reported',
      source: 'request',
      sourceId: 'req-1',
      requestIds: ['req-1'],
      platform: 'x',
      captureIds: ['cap-1', 'cap-2', 'cap-3'],
      details: 'Reference: T-123',
      context: 'https://x.com/a/status/1\nhttps://x.com/a/status/2',
    });
    expect(entry.summary).toMatch(/^Asked X.* to remove it \(Private information report\)$/);
    const elsewhere = incidentFromRequest({ ...request, route: { platformId: null, kind: 'stopncii', label: 'StopNCII' } }, 'en', 'i', NOW);
    expect(elsewhere.summary).toBe('Sent a removal request (StopNCII)');
    expect(elsewhere).not.toHaveProperty('platform');
  });
});
