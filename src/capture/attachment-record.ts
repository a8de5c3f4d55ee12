import type { PendingCapture } from '../db/commit-capture';
import type { Sha256Hex } from '../shared/hash';
import type { ArtifactRef, AttachmentClaims } from '../shared/types';
import { buildObservedFacts } from './observed-facts';

/** Police reports and court orders are small; a phone video of a paper note is not. 200 MB keeps the store and bundle sane. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

const MAX_NAME = 200;
/** What the bundle's schema accepts as a media type; anything else is stored as plain bytes. */
const MEDIA_TYPE = /^[a-z]+\/[A-Za-z0-9.+-]+$/;

export interface AttachmentInput {
  captureId: string;
  artifactId: string;
  file: { name: string; type: string; size: number; lastModified?: number };
  sha256: Sha256Hex;
  /** Preserve's clock and the browser facts: what was observed when the file was added. */
  now: Date;
  timeZone: string;
  utcOffsetMinutes: number;
  browser: { name: string; version: string };
  extensionVersion: string;
}

/**
 * A file the person added becomes a capture in the case's chain: `observed` is when Preserve
 * received it (no tab: its address is empty and its title is the file name), and what the file
 * says about itself (name, type, last modified) is kept apart, in `attachment`, as claims.
 */
export function attachmentCapture(input: AttachmentInput): PendingCapture {
  const { file } = input;
  const name = file.name.slice(0, MAX_NAME) || 'file';
  const mediaType = MEDIA_TYPE.test(file.type) ? file.type : 'application/octet-stream';
  const artifact: ArtifactRef = { id: input.artifactId, kind: 'attachment', name, mediaType, size: file.size, sha256: input.sha256 };
  const claims: AttachmentClaims = {
    fileName: name,
    mediaType: file.type.slice(0, MAX_NAME),
    size: file.size,
    ...(file.lastModified && Number.isFinite(file.lastModified) && { lastModified: new Date(file.lastModified).toISOString() }),
  };
  const observed = buildObservedFacts({
    tab: { url: '', title: name },
    window: null,
    now: input.now,
    timeZone: input.timeZone,
    utcOffsetMinutes: input.utcOffsetMinutes,
    screenshot: null,
    browser: input.browser,
    extensionVersion: input.extensionVersion,
  });
  return { id: input.captureId, trigger: 'attachment', observed, claimed: null, artifacts: [artifact], attachment: claims };
}

/** Added files: their one artifact is the file itself. Imported copies keep the kind, not the trigger. */
export function isAttachment(capture: { trigger: string; artifacts: readonly { kind: string }[] }): boolean {
  return capture.trigger === 'attachment' || capture.artifacts[0]?.kind === 'attachment';
}
