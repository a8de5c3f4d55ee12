/**
 * Limits on what a received zip may hold, checked against the central directory before anything
 * is inflated and enforced again while inflating (a zip can lie about its sizes).
 *
 * JSZip, which reads bundles, needs the whole zip in one ArrayBuffer, so the zip itself is capped
 * at 2 GiB: what an extension page can reliably allocate, and well under Node's 4 GiB Buffer limit.
 */
export interface BundleLimits {
  maxZipBytes: number;
  maxEntries: number;
  /** Sum of the expanded sizes of every entry. */
  maxTotalBytes: number;
  maxEntryBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<BundleLimits> = {
  maxZipBytes: 2048 * MiB,
  maxEntries: 100_000,
  maxTotalBytes: 2048 * MiB,
  maxEntryBytes: 1024 * MiB,
};

export function withDefaults(limits: Partial<BundleLimits> = {}): BundleLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
