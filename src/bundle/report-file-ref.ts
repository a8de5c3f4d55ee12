import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef } from '../shared/types';
import type { CaptureFileEntry, PreparedCapture } from './types';

/** Where an artifact is in the bundle: its file, or why it is not there (under-18 mode, the platform copy). */
export type FileRef = { file: CaptureFileEntry; reason?: undefined } | { file?: undefined; reason: string };

export function fileRef(capture: PreparedCapture, artifact: ArtifactRef): FileRef {
  const file = capture.json.files.find((entry) => entry.artifactId === artifact.id);
  if (file) return { file };
  const omitted = capture.json.omitted.find((entry) => entry.artifactId === artifact.id);
  return { reason: omitted?.reason ?? 'not in this bundle' };
}

export function bytesText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes.toLocaleString('en')} bytes`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes.toLocaleString('en')} bytes)`;
}

/** "captures/…/tile-001.png · 1,234 bytes · SHA-256 …", or the reason it is absent with the original's hash. */
export function fileLine(ref: FileRef, artifact: ArtifactRef): string {
  const hash = `SHA-256 <code>${escapeHtml(artifact.sha256)}</code>`;
  if (!ref.file) return `<code>${escapeHtml(artifact.name)}</code> · ${bytesText(artifact.size)} · ${escapeHtml(ref.reason)} · original ${hash}`;
  const pixelated = ref.file.redaction ? ' · pixelated for this copy; the SHA-256 is the original’s' : '';
  return `<code>${escapeHtml(ref.file.path)}</code> · ${bytesText(artifact.size)} · ${hash}${pixelated}`;
}
