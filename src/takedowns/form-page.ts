import { hostMatches, matchHost, normaliseHost, parseHttpUrl } from '../platforms/match-url';
import { crossPlatformRoutes, removalRoutes } from '../platforms/routes';
import type { DetectionKind, PlatformDefinition, RemovalRoute, RouteKind } from '../platforms/types';
import type { RouteRef } from '../shared/takedown-types';

const FORM_KINDS: ReadonlySet<RouteKind> = new Set(['ncii', 'privacy', 'take-it-down-act', 'copyright', 'search-removal']);
// A post, profile or media page on a platform's main host (www.reddit.com/r/…) is content, even
// though a form lives on the same host (www.reddit.com/report). A help subdomain (help.x.com) is not.
const CONTENT_KINDS: ReadonlySet<DetectionKind> = new Set(['post', 'media', 'profile', 'shortlink']);

export interface FormPage {
  ref: RouteRef;
  route: RemovalRoute;
}

/**
 * The removal form a tab is on, if any: its host is a form route's host or a subdomain of it,
 * never a look-alike (help.x.com.evil.test, notx.com). A route whose path the tab starts with wins.
 */
export function formPageAt(tabUrl: string, platforms: readonly PlatformDefinition[], detectionKind?: DetectionKind): FormPage | null {
  const tab = parseHttpUrl(tabUrl);
  if (!tab || (detectionKind && CONTENT_KINDS.has(detectionKind) && platforms.some((platform) => onMainHost(platform, tab.hostname)))) return null;
  const candidates: FormPage[] = [];
  const consider = (route: RemovalRoute, platformId: string | null) => {
    const url = route.url && FORM_KINDS.has(route.kind) ? parseHttpUrl(route.url) : null;
    if (!url || !hostMatches(tab.hostname, url.hostname) || (url.protocol === 'https:' && tab.protocol !== 'https:')) return;
    candidates.push({ ref: { platformId, kind: route.kind, label: route.label, url: route.url! }, route });
  };
  for (const { id } of platforms) for (const route of removalRoutes(id)) consider(route, id);
  for (const route of [...crossPlatformRoutes({ under18: false }), ...crossPlatformRoutes({ under18: true })]) consider(route, null);
  const onPath = candidates.find(({ route }) => tab.pathname.startsWith(new URL(route.url!).pathname));
  return onPath ?? candidates[0] ?? null;
}

function onMainHost(platform: PlatformDefinition, hostname: string): boolean {
  const matched = matchHost(platform, hostname);
  return !!matched && normaliseHost(hostname).replace(/^(?:www|m|mobile)\./, '') === matched.host;
}
