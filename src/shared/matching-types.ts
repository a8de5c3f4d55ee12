/*
 * Finding copies (issue #12): the person's own images kept as hashes only, and captured links
 * watched for removal and reappearance.
 */

/** One image or video the person added under "My images": its hashes, and the image only if they chose to keep it. */
export interface MyImageRecord {
  id: string;
  addedAt: string;
  /** The file's name as the person's device gave it (it may say who is in it: sealed at rest). */
  label: string;
  kind: 'image' | 'video';
  md5: string;
  sha256: string;
  /** PDQ of the image (or of each sampled video frame), with quality; quality < 50 is never matched. */
  pdq: Array<{ hash: string; quality: number; frameMs?: number }>;
  /** The 8 dihedral variants of each PDQ hash (rotations and mirror images), for matching. */
  dihedral: string[][];
  width?: number;
  height?: number;
  /** Only when the person explicitly chose to keep the image too (never in under-18 mode). */
  keptImage?: boolean;
}

/** A captured URL watched for removal and reappearance (per case, off by default). */
export interface MonitorRecord {
  id: string;
  caseId: string;
  url: string;
  /** The capture it came from. */
  captureId?: string;
  addedAt: string;
  /** Watching is off by default and turned on per case; turned off, the history stays. */
  enabled: boolean;
  /** How often the scheduled check runs: 6, 12, 24 or 168 hours. */
  everyHours: number;
  lastCheckedAt?: string;
  lastState?: LinkState;
  /** What earlier checks saw, to tell removal, reappearance and change apart (src/takedowns/link-state.ts). */
  memory?: { removed: boolean; seenUp: boolean; fingerprint?: string };
}

export type LinkState = 'up' | 'removed' | 'changed' | 'reappeared' | 'unreachable';

/** Why a check read as it did; the pages word each one (monitor_reason_…). */
export type LinkReason =
  | 'ok'
  | 'changed'
  | 'not-found'
  | 'gone'
  | 'legal'
  | 'platform-unavailable'
  | 'page-says-missing'
  | 'redirected-home'
  | 'login-wall'
  | 'login-needed'
  | 'refused'
  | 'server-error'
  | 'unexpected-status'
  | 'timeout'
  | 'network'
  | 'no-access';

/** One dated check of a watched link; never overwritten. */
export interface LinkCheckRecord {
  id: string;
  caseId: string;
  monitorId: string;
  url: string;
  checkedAt: string;
  state: LinkState;
  httpStatus?: number;
  /** Why Preserve read it so. */
  reason?: LinkReason;
  /** SHA-256 of the body as fetched (at most its first 2 MB). */
  bodySha256?: string;
  /** SHA-256 of the page's stable parts, which "changed" compares (src/takedowns/link-reading.ts). */
  fingerprint?: string;
  /** The address it ended at, when the site redirected. */
  finalUrl?: string;
}
