import { describeCapture } from '../capture/describe-capture';
import type { CaptureRecord } from '../shared/types';

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function captureLabel(capture: CaptureRecord): string {
  return describeCapture(capture.claimed?.platform ?? null, capture.claimed?.post ?? null) ?? (capture.observed.tabTitle || capture.observed.tabUrl);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 ** 2) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 ** 2).toFixed(1)} MB`;
}
