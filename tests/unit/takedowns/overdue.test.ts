import { describe, expect, it } from 'vitest';
import { removalRoutes } from '../../../src/platforms/routes';
import type { RemovalRequestRecord, TrackerEvent } from '../../../src/shared/takedown-types';
import { overdueRequests } from '../../../src/takedowns/overdue';
import { trackUrls } from '../../../src/takedowns/tracker';
import { event, request, routeRef } from './fixtures';

const POST = 'https://www.reddit.com/r/pics/comments/abc123/title/';
const SENT = '2026-11-20T09:00:00.000Z';
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000);

function overdue(requests: RemovalRequestRecord[], now: Date, events: TrackerEvent[] = []) {
  return overdueRequests(requests, trackUrls({ captures: [], requests, events }), now);
}

describe('overdueRequests', () => {
  it('says calmly when a TAKE IT DOWN Act route has not answered in 48 hours, and names the next route', () => {
    const sent = request('r1', [`${POST}?utm_source=share`], routeRef('reddit', 0), SENT);
    expect(overdue([sent], hoursAfter(SENT, 47))).toEqual([]);
    const [notice] = overdue([sent], hoursAfter(SENT, 3 * 24 + 5));
    expect(notice).toMatchObject({ requestId: 'r1', urls: [POST], daysWaited: 3, dueAt: '2026-11-22T09:00:00.000Z', nextRoute: removalRoutes('reddit')[1] });
    expect(notice?.message).toBe(
      'Reddit has not answered in 3 days; the TAKE IT DOWN Act asks covered platforms to remove within 48 hours. You could try the next route: Reddit report page.',
    );
  });

  it('counts a platform route named as its TAKE IT DOWN Act channel', () => {
    const [notice] = overdue([request('r1', ['https://x.com/a/status/1'], routeRef('x', 1), SENT)], hoursAfter(SENT, 50));
    expect(notice?.message).toMatch(/^X has not answered in 2 days; the TAKE IT DOWN Act/);
    expect(notice?.nextRoute?.kind).toBe('in-app');
  });

  it('guesses no deadline for routes that state none', () => {
    expect(overdue([request('r1', [POST], routeRef('reddit', 2), SENT)], hoursAfter(SENT, 24 * 60))).toEqual([]);
    expect(overdue([request('r2', [POST], { platformId: null, kind: 'hash-blocking', label: 'StopNCII.org' }, SENT)], hoursAfter(SENT, 24 * 60))).toEqual([]);
  });

  it('sets no deadline for requests sent before the Act’s duties began (19 May 2026)', () => {
    expect(overdue([request('r1', [POST], routeRef('reddit', 0), '2026-05-01T00:00:00.000Z')], new Date('2026-11-30T00:00:00.000Z'))).toEqual([]);
  });

  it('stops once the content is removed or refused', () => {
    const sent = request('r1', [POST], routeRef('reddit', 0), SENT);
    const requested = event('e1', POST, 'requested', SENT, SENT, { requestId: 'r1' });
    expect(overdue([sent], hoursAfter(SENT, 72), [requested, event('e2', POST, 'removed', '2026-11-21T10:00:00.000Z')])).toEqual([]);
    expect(overdue([sent], hoursAfter(SENT, 72), [requested, event('e2', POST, 'refused', '2026-11-23T10:00:00.000Z')])).toEqual([]);
  });

  it('leaves an older request alone once the URL was asked for again, and skips routes already tried', () => {
    const first = request('r1', [POST], routeRef('reddit', 0), SENT);
    const second = request('r2', [POST], routeRef('reddit', 1), '2026-11-23T09:00:00.000Z');
    const notices = overdue([first, second], new Date('2026-11-26T09:00:00.000Z'));
    expect(notices.map((notice) => notice.requestId)).toEqual(['r2']);
    expect(notices[0]?.nextRoute?.kind).toBe('copyright');
    // r1's next route would be r2's, which was tried: the copyright form comes next.
    const onlyFirst = overdue([first, request('r3', [POST], routeRef('reddit', 1), '2026-11-19T09:00:00.000Z')], new Date('2026-11-26T09:00:00.000Z'));
    expect(onlyFirst.map((notice) => [notice.requestId, notice.nextRoute?.kind])).toEqual([['r1', 'copyright']]);
  });

  it('says so plainly when no route is left', () => {
    const routes = removalRoutes('reddit');
    const tried = routes.map((_, i) => request(`r${i}`, [POST], routeRef('reddit', i), `2026-11-1${i}T09:00:00.000Z`));
    // The TIDA-list route sent last, with every other route tried before it.
    const last = request('last', [POST], routeRef('reddit', 0), SENT);
    const [notice] = overdue([...tried, last], hoursAfter(SENT, 96));
    expect(notice?.nextRoute).toBeNull();
    expect(notice?.message).toMatch(/Preserve knows no other route to try here/);
  });
});
