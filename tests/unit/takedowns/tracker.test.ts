import { describe, expect, it } from 'vitest';
import { trackedUrl } from '../../../src/takedowns/tracked-url';
import { trackUrls } from '../../../src/takedowns/tracker';
import { capture, event, request, routeRef } from './fixtures';

const POST = 'https://www.reddit.com/r/pics/comments/abc123/title/';

describe('trackedUrl', () => {
  it('strips the fragment and tracking parameters and keeps the rest of the query as written', () => {
    expect(trackedUrl(`${POST}?utm_source=share&utm_medium=web#comment-9`)).toBe(POST);
    expect(trackedUrl('https://www.youtube.com/watch?v=AbC_12&si=xyz&t=42&fbclid=1')).toBe('https://www.youtube.com/watch?v=AbC_12&t=42');
    expect(trackedUrl('https://example.test/view?key=a%20b&UTM_Campaign=x')).toBe('https://example.test/view?key=a%20b');
  });

  it('files only web addresses', () => {
    expect(trackedUrl('file:///home/me/photo.png')).toBeNull();
    expect(trackedUrl('not an address')).toBeNull();
  });
});

describe('trackUrls', () => {
  it('derives "captured" from captures, merging the decorated addresses of one post', () => {
    const tracked = trackUrls({
      captures: [capture('c1', `${POST}?utm_source=share`, '2026-11-20T10:00:00.000Z'), capture('c2', `${POST}#c9`, '2026-11-21T10:00:00.000Z')],
      requests: [],
      events: [],
    });
    expect(tracked).toHaveLength(1);
    expect(tracked[0]).toMatchObject({ url: POST, status: 'captured', since: '2026-11-21T10:00:00.000Z' });
    expect(tracked[0]?.history.map((entry) => entry.captureId)).toEqual(['c1', 'c2']);
  });

  it('keeps a request confirmation page out of the tracker', () => {
    const tracked = trackUrls({
      captures: [
        capture('c1', POST, '2026-11-20T10:00:00.000Z'),
        capture('c2', 'https://support.reddithelp.com/hc/en-us/requests/1', '2026-11-20T11:00:00.000Z', 'request-confirmation'),
      ],
      requests: [],
      events: [],
    });
    expect(tracked.map((entry) => entry.url)).toEqual([POST]);
  });

  it('shows a request once with its route and reference, whether or not its event was written', () => {
    const route = routeRef('reddit', 0);
    const sent = request('r1', [POST], route, '2026-11-22T09:00:00.000Z', { reference: '12345678' });
    const byHand = request('r2', ['https://x.com/someone/status/1'], routeRef('x', 1), '2026-11-23T09:00:00.000Z');
    const tracked = trackUrls({
      captures: [capture('c1', POST, '2026-11-20T10:00:00.000Z')],
      requests: [sent, byHand],
      events: [event('e1', POST, 'requested', sent.sentAt, sent.recordedAt, { requestId: 'r1' })],
    });
    const reddit = tracked.find((entry) => entry.url === POST)!;
    expect(reddit.status).toBe('requested');
    expect(reddit.history.map((entry) => [entry.status, entry.source])).toEqual([
      ['captured', 'capture'],
      ['requested', 'event'],
    ]);
    expect(reddit.history[1]).toMatchObject({ requestId: 'r1', route, reference: '12345678' });
    const x = tracked.find((entry) => entry.url === 'https://x.com/someone/status/1')!;
    expect(x.history).toEqual([expect.objectContaining({ status: 'requested', source: 'request', requestId: 'r2' })]);
    // The most recent change first.
    expect(tracked.map((entry) => entry.url)).toEqual(['https://x.com/someone/status/1', POST]);
  });

  it('lets the later event win by when it happened, then by when it was recorded', () => {
    const tracked = trackUrls({
      captures: [],
      requests: [],
      events: [
        event('e1', POST, 'removed', '2026-11-25T00:00:00.000Z', '2026-11-25T08:00:00.000Z'),
        // Recorded later but dated earlier: it goes into the history before the removal.
        event('e2', POST, 'refused', '2026-11-24', '2026-11-26T08:00:00.000Z'),
        event('e3', POST, 'reappeared', '2026-11-25T00:00:00.000Z', '2026-11-27T08:00:00.000Z'),
      ],
    });
    expect(tracked[0]?.history.map((entry) => entry.eventId)).toEqual(['e2', 'e1', 'e3']);
    expect(tracked[0]).toMatchObject({ status: 'reappeared', since: '2026-11-25T00:00:00.000Z' });
  });
});
