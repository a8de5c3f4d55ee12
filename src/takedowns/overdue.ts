import { platforms } from '../platforms/index';
import type { RemovalRoute } from '../platforms/types';
import type { RemovalRequestRecord } from '../shared/takedown-types';
import { findRoute, statedResponseTime } from './response-time';
import { ENGLISH, type TakedownText } from './takedown-text';
import { trackedUrl } from './tracked-url';
import type { TrackedUrl } from './tracker';

export interface OverdueRequest {
  requestId: string;
  /** The request's URLs still waiting on this request (none removed, refused or asked again since). */
  urls: string[];
  dueAt: string;
  daysWaited: number;
  /** The next route in the platform's order not yet tried for these URLs, or null when none is left. */
  nextRoute: RemovalRoute | null;
  message: string;
}

const DAY_MS = 86_400_000;

/**
 * Requests past the response time their route states, said calmly with the next route to try.
 * A URL counts only while this request is the last thing that happened to it: once it is
 * removed, refused, escalated or asked for again, the wait is over.
 */
export function overdueRequests(
  requests: readonly RemovalRequestRecord[],
  tracked: readonly TrackedUrl[],
  now: Date,
  text: TakedownText = ENGLISH,
): OverdueRequest[] {
  const waitingOn = new Map(tracked.map((entry) => [entry.url, entry.status === 'requested' ? entry.history[entry.history.length - 1]?.requestId : undefined]));
  const overdue: OverdueRequest[] = [];
  for (const request of requests) {
    const stated = statedResponseTime(request.route, request.sentAt);
    if (!stated) continue;
    const due = Date.parse(request.sentAt) + stated.hours * 3_600_000;
    if (now.getTime() <= due) continue;
    const urls = request.urls.map(trackedUrl).filter((url): url is string => url !== null && waitingOn.get(url) === request.id);
    if (urls.length === 0) continue;
    const daysWaited = Math.floor((now.getTime() - Date.parse(request.sentAt)) / DAY_MS);
    const nextRoute = nextUntried(request, requests, urls);
    const name = platformName(request.route.platformId) ?? request.route.label;
    const next = nextRoute ? text('takedowns_overdue_next', { route: nextRoute.label }) : text('takedowns_overdue_no_next');
    overdue.push({
      requestId: request.id,
      urls,
      dueAt: new Date(due).toISOString(),
      daysWaited,
      nextRoute,
      message: text(daysWaited === 1 ? 'takedowns_overdue_one' : 'takedowns_overdue_many', { name, days: daysWaited, rule: text(stated.rule), next }),
    });
  }
  return overdue;
}

function nextUntried(request: RemovalRequestRecord, requests: readonly RemovalRequestRecord[], urls: readonly string[]): RemovalRoute | null {
  const { routes, index } = findRoute(request.route);
  const tried = new Set(
    requests
      .filter((other) => other.route.platformId === request.route.platformId && other.urls.some((url) => urls.includes(trackedUrl(url) ?? '')))
      .map((other) => findRoute(other.route).index)
      .filter((i) => i >= 0),
  );
  return routes.find((_, i) => i > index && !tried.has(i)) ?? null;
}

function platformName(id: string | null): string | null {
  return platforms.find((platform) => platform.id === id)?.name ?? null;
}
