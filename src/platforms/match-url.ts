import type { PlatformDetection } from '../shared/types';
import type { Confidence, HostEntry, PlatformDefinition, UrlRule } from './types';

/** Parses a page URL; anything but http(s) (file:, chrome:, data:, at:…) is not a platform page. */
export function parseHttpUrl(input: string | URL): URL | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : new URL(input.href);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** Lower case without the trailing dot, so `Reddit.com.` and `reddit.com` are one host. */
export function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}

// Exact or subdomain only: `notreddit.com` and `reddit.com.attacker.net` must never match,
// because the popup prefills removal forms from this answer.
export function hostMatches(hostname: string, host: string, exact = false): boolean {
  const h = normaliseHost(hostname);
  return h === host || (!exact && h.endsWith(`.${host}`));
}

function entry(e: HostEntry): { host: string; exact: boolean; confidence?: Confidence | undefined } {
  return typeof e === 'string' ? { host: e, exact: false } : { host: e.host, exact: !!e.exact, confidence: e.confidence };
}

/** The most specific host of `platform` that `hostname` belongs to, or null. */
export function matchHost(platform: PlatformDefinition, hostname: string): { host: string; confidence?: Confidence | undefined } | null {
  let best: { host: string; confidence?: Confidence | undefined } | null = null;
  for (const e of platform.hosts) {
    const { host, exact, confidence } = entry(e);
    if (hostMatches(hostname, host, exact) && (!best || host.length > best.host.length)) best = { host, confidence };
  }
  return best;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function applyRule(rule: UrlRule, url: URL, host: string): Record<string, string> | null {
  const groups: Record<string, string> = {};
  const take = (m: RegExpExecArray | null): boolean => {
    if (!m) return false;
    for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = decode(v);
    return true;
  };
  if (rule.host && !take(rule.host.exec(host))) return null;
  if (!take(rule.path.exec(url.pathname))) return null;
  if (rule.hash && !take(rule.hash.exec(url.hash))) return null;
  for (const [field, param] of Object.entries(rule.query ?? {})) {
    const value = url.searchParams.get(param);
    if (!value) return null;
    groups[field] = value;
  }
  return groups;
}

type Weak = NonNullable<PlatformDetection['confidence']>;
const isWeak = (c: Confidence | undefined): c is Weak => c === 'low' || c === 'unconfirmed';

/** What `platform` alone says about `url`, ignoring every other platform (the meta tests need this). */
export function matchPlatform(platform: PlatformDefinition, input: string | URL): PlatformDetection | null {
  const url = parseHttpUrl(input);
  if (!url) return null;
  const matched = matchHost(platform, url.hostname);
  if (!matched) return null;
  const base = { platform: { id: platform.id, name: platform.name } };
  const host = normaliseHost(url.hostname);
  for (const rule of platform.rules) {
    const groups = applyRule(rule, url, host);
    if (!groups) continue;
    const detection: PlatformDetection = { ...base, kind: rule.kind };
    const postId = rule.postId ? rule.postId(groups) : groups.postId;
    if (postId) detection.postId = postId;
    if (groups.author) detection.author = groups.author;
    const weak = [rule.confidence, matched.confidence].find(isWeak);
    if (weak) detection.confidence = weak;
    return detection;
  }
  const detection: PlatformDetection = { ...base, kind: 'other' };
  if (isWeak(matched.confidence)) detection.confidence = matched.confidence;
  return detection;
}
