/** A single video can be gigabytes; the store and an export must stay usable on an ordinary laptop. */
export const MAX_ITEM_BYTES = 200 * 1024 * 1024;
/** All the media of one capture together. */
export const MAX_CAPTURE_BYTES = 500 * 1024 * 1024;
/** A post with more media than this is rare; the rest are named in the notes. */
export const MAX_ITEMS = 20;

export interface MediaLimits {
  item: number;
  capture: number;
}

const LIMITS: MediaLimits = { item: MAX_ITEM_BYTES, capture: MAX_CAPTURE_BYTES };
const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** How many bytes the next item may take: what is left of the capture's total, never more than one item's cap. */
export function itemAllowance(usedBytes: number, limits: MediaLimits = LIMITS): number {
  return Math.max(0, Math.min(limits.item, limits.capture - usedBytes));
}

/**
 * Why an item was not saved, in plain words. `bytes` is its declared size, or, when `exact` is
 * false, how much had arrived when the download was stopped.
 */
export function capNote(bytes: number, exact: boolean, allowance: number, limits: MediaLimits = LIMITS): string {
  if (allowance < limits.item) return `Not saved: this capture's media reached ${MB(limits.capture)}, Preserve's limit for one capture.`;
  return `Not saved: it is ${exact ? '' : 'more than '}${MB(bytes)}, larger than ${MB(limits.item)}, Preserve's limit for one file.`;
}
