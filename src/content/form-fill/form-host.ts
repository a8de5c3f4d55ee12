/*
 * Which pages may be filled: only a page whose host belongs to one of the request's form routes.
 * Checked in the worker before injecting and again in the page, because the tab may have moved on.
 *
 * Matching is deliberately narrower than "the registrable domain": a route on help.x.com allows
 * help.x.com and its subdomains, and a route on www.facebook.com allows facebook.com, m. and web.
 * (one leading www/m/web/mobile label is treated as the same site). It never allows a sibling
 * subdomain, because several platforms give users their own subdomains (name.tumblr.com,
 * name.bsky.social, any-company.zendesk.com), and a look-alike such as help.x.com.evil.test or
 * notx.com never matches.
 */

const SAME_SITE_PREFIX = /^(?:www|m|web|mobile)\./;

function hostOf(url: string): { host: string; protocol: string } | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return { host: parsed.hostname.toLowerCase().replace(/\.+$/, ''), protocol: parsed.protocol };
  } catch {
    return null;
  }
}

function hostAllowedBy(pageHost: string, routeHost: string): boolean {
  if (pageHost === routeHost || pageHost.endsWith(`.${routeHost}`)) return true;
  const site = routeHost.replace(SAME_SITE_PREFIX, '');
  return site.includes('.') && pageHost.replace(SAME_SITE_PREFIX, '') === site;
}

/** Whether `pageUrl` is on the host of one of `formUrls` (the request's routes). */
export function formHostAllowed(pageUrl: string, formUrls: readonly string[]): boolean {
  const page = hostOf(pageUrl);
  if (!page) return false;
  return formUrls.some((formUrl) => {
    const route = hostOf(formUrl);
    // A form on https is never filled over plain http; an http route (rare) allows either.
    if (!route || (route.protocol === 'https:' && page.protocol !== 'https:')) return false;
    return hostAllowedBy(page.host, route.host);
  });
}
