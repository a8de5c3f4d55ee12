import type { LinkReason, LinkState } from '../shared/matching-types';
import type { CaptureRecord } from '../shared/types';
import type { PageReading } from './link-reading';
import { trackedUrl } from './tracked-url';

/** What Preserve remembers of a watched link between checks (kept on its MonitorRecord). */
export interface LinkMemory {
  /** The last check that could tell said it was gone. */
  removed: boolean;
  /** A check once saw it available to anyone, without a login. */
  seenUp: boolean;
  /** The fingerprint of the last time it was seen available. */
  fingerprint?: string;
}

export interface LinkVerdict {
  state: LinkState;
  reason: LinkReason;
  memory: LinkMemory;
  /** What the tracker and the incident log hear about: only changes, never "still removed". */
  transition: 'removed' | 'reappeared' | null;
}

/**
 * The state of one check, given what earlier checks saw. An unreachable site is never "removed"
 * and changes nothing remembered. A login wall counts as removal only once the post was seen
 * open to anyone: some sites show logged-out visitors a login page for everything, and that says
 * nothing about the post.
 */
export function nextLinkState(reading: PageReading, fingerprint: string | undefined, memory: LinkMemory): LinkVerdict {
  const { availability, reason } = reading;
  if (availability === 'unreachable' || (availability === 'login-wall' && !memory.seenUp)) {
    return { state: 'unreachable', reason: availability === 'login-wall' ? 'login-needed' : reason, memory, transition: null };
  }
  if (availability === 'gone' || availability === 'login-wall') {
    return { state: 'removed', reason, memory: { ...memory, removed: true }, transition: memory.removed ? null : 'removed' };
  }
  const seen: LinkMemory = { removed: false, seenUp: true, ...(fingerprint && { fingerprint }) };
  if (memory.removed) return { state: 'reappeared', reason, memory: seen, transition: 'reappeared' };
  if (memory.fingerprint && fingerprint && memory.fingerprint !== fingerprint) return { state: 'changed', reason: 'changed', memory: seen, transition: null };
  return { state: 'up', reason, memory: seen, transition: null };
}

// Files the person added and "I sent it" pages are not content online to watch.
const NOT_WATCHED = new Set<CaptureRecord['trigger']>(['attachment', 'request-confirmation']);

/** The case's captured web addresses, each once (as the tracker files them), with the first capture of each. */
export function watchableUrls(captures: readonly Pick<CaptureRecord, 'id' | 'trigger' | 'observed'>[]): Array<{ url: string; captureId: string }> {
  const seen = new Map<string, string>();
  for (const capture of captures) {
    if (NOT_WATCHED.has(capture.trigger)) continue;
    const url = trackedUrl(capture.observed.tabUrl);
    if (url && !seen.has(url)) seen.set(url, capture.id);
  }
  return [...seen].map(([url, captureId]) => ({ url, captureId }));
}

/** The host-access patterns to ask for: one per origin, https only (the only access Preserve may ask for). */
export function originsToAsk(urls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:') origins.add(`${parsed.origin}/*`);
    } catch {
      // not a web address: nothing to ask for
    }
  }
  return [...origins].sort();
}

/** The choices offered for how often to check, in hours. */
export const CHECK_INTERVALS = [6, 12, 24, 168] as const;
