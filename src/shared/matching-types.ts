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
  lastCheckedAt?: string;
  lastState?: LinkState;
}

export type LinkState = 'up' | 'removed' | 'changed' | 'reappeared' | 'unreachable';

/** One dated check of a watched link; never overwritten. */
export interface LinkCheckRecord {
  id: string;
  caseId: string;
  monitorId: string;
  url: string;
  checkedAt: string;
  state: LinkState;
  httpStatus?: number;
  /** Why Preserve read it as removed or changed, in plain words. */
  reason?: string;
  /** SHA-256 of the body as fetched, to notice changes. */
  bodySha256?: string;
}
