import { removalRoutes } from '../platforms/routes';
import type { RouteRef } from '../shared/takedown-types';

/**
 * The form addresses a request may be filled on: its own route's, and the other routes of the
 * same platform (the person may have opened a sibling form themselves). Cross-platform routes
 * (platformId null) allow only their own address.
 */
export function formUrlsFor(route: RouteRef): string[] {
  const urls = [route.url, ...(route.platformId ? removalRoutes(route.platformId).map((known) => known.url) : [])];
  return [...new Set(urls.filter((url): url is string => typeof url === 'string' && /^https?:\/\//.test(url)))];
}
