/**
 * Limits on what a received zip may hold, checked against the central directory before anything
 * is inflated and enforced again while inflating (a zip can lie about its sizes).
 *
 * The zip is read at offsets from a file or File (`zip-source.ts`), never loaded whole, so its own
 * size costs time, not memory; what costs memory is one entry read with `read()`, which is why
 * `maxEntryBytes` stays at 1 GiB while the zip may be far larger. See README "Reading limits".
 */
export interface BundleLimits {
  maxZipBytes: number;
  maxEntries: number;
  /** Sum of the expanded sizes of every entry. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** The central directory is read in one piece: 100,000 bundle-shaped records are ~15 MB. */
  maxDirectoryBytes: number;
  /**
   * Expanded ÷ compressed size, per entry and for the whole zip. Deflate reaches ~1,032:1 on
   * zeros; evidence (PNG, JPEG) gains nothing and JSON or HTML 3–20:1, so 100:1 refuses every
   * bomb with room to spare for real text.
   */
  maxRatio: number;
  /** Below this expanded size the ratio is not checked: a tiny, very repetitive file is no bomb. */
  ratioFloorBytes: number;
  /** For callers to pass as `read(path, { maxBytes })` for JSON and text they parse whole. */
  maxTextBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: Readonly<BundleLimits> = {
  maxZipBytes: 64 * GiB,
  maxEntries: 100_000,
  maxTotalBytes: 64 * GiB,
  maxEntryBytes: 1 * GiB,
  maxDirectoryBytes: 64 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
  maxTextBytes: 64 * MiB,
};

export function withDefaults(limits: Partial<BundleLimits> = {}): BundleLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/** Most an entry of `compressedSize` bytes may honestly expand to. */
export function maxExpandedSize(compressedSize: number, limits: BundleLimits): number {
  return Math.max(limits.ratioFloorBytes, compressedSize * limits.maxRatio);
}
