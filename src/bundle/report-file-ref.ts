import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef } from '../shared/types';
import { LEFT_OUT_UNBLURRED, NEVER_STORED, NOT_PIXELATED } from './prepare-capture';
import type { ReportText } from './report-text';
import type { CaptureFileEntry, PreparedCapture } from './types';

/** Where an artifact is in the bundle: its file, or why it is not there (under-18 mode, the platform copy). */
export type FileRef = { file: CaptureFileEntry; reason?: undefined } | { file?: undefined; reason: string };

const NOT_IN_BUNDLE = 'not in this bundle';

export function fileRef(capture: PreparedCapture, artifact: ArtifactRef): FileRef {
  const file = capture.json.files.find((entry) => entry.artifactId === artifact.id);
  if (file) return { file };
  const omitted = capture.json.omitted.find((entry) => entry.artifactId === artifact.id);
  return { reason: omitted?.reason ?? NOT_IN_BUNDLE };
}

// capture.json keeps these reasons in English (a machine file); the report says them in its language.
const REASONS = {
  [NEVER_STORED]: 'report_reason_never_stored',
  [LEFT_OUT_UNBLURRED]: 'report_reason_unblurred',
  [NOT_PIXELATED]: 'report_reason_not_pixelated',
  [NOT_IN_BUNDLE]: 'report_reason_not_in_bundle',
} as const;

/** Why a file is absent, in the report's language; a reason this version does not know is shown as written. */
export function reasonText(text: ReportText, reason: string): string {
  const key = Object.hasOwn(REASONS, reason) ? REASONS[reason as keyof typeof REASONS] : undefined;
  return key ? text(key) : reason;
}

export function bytesText(bytes: number, text: ReportText): string {
  const count = bytes.toLocaleString(text.language);
  if (bytes < 1024 * 1024) return text('report_file_bytes', { count });
  const megabytes = bytes / 1024 / 1024;
  // English keeps toFixed's "1234.5" (no grouping), as bundles before languages had it.
  const size = text.language === 'en' ? megabytes.toFixed(1) : megabytes.toLocaleString(text.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return text('report_megabytes', { size, count });
}

/** "captures/…/tile-001.png · 1,234 bytes · SHA-256 …", or the reason it is absent with the original's hash. */
export function fileLine(ref: FileRef, artifact: ArtifactRef, text: ReportText): string {
  const hash = `SHA-256 <code>${escapeHtml(artifact.sha256)}</code>`;
  if (!ref.file)
    return `<code>${escapeHtml(artifact.name)}</code> · ${bytesText(artifact.size, text)} · ${escapeHtml(reasonText(text, ref.reason))} · ${text('report_original_hash', { hash })}`;
  const pixelated = ref.file.redaction ? ` · ${text('report_pixelated_file')}` : '';
  return `<code>${escapeHtml(ref.file.path)}</code> · ${bytesText(artifact.size, text)} · ${hash}${pixelated}`;
}
