import browser from 'webextension-polyfill';
import { attachmentCapture, MAX_ATTACHMENT_BYTES } from '../capture/attachment-record';
import { browserInfo } from '../capture/browser-info';
import { sealArtifact } from '../db/artifact-store';
import { commitCapture } from '../db/commit-capture';
import { database } from '../db/schema';
import { UserFacingError } from '../shared/errors';
import { sha256Bytes } from '../shared/hash';
import { t } from '../shared/i18n';
import type { CaptureRecord } from '../shared/types';

/**
 * Adds a file to a case as a capture in its chain. It is written from this page, where the bytes
 * are (the message channel copies JSON), through the same one-transaction commit captures use: the
 * chain head is read inside it, so it cannot race a capture (tests/meta/data-flow-rules.ts).
 */
export async function addAttachment(caseId: string, file: File): Promise<CaptureRecord> {
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw new UserFacingError(t('attachments_too_big', { max: Math.round(MAX_ATTACHMENT_BYTES / 1024 / 1024) }), 'attachment-too-big');
  }
  const db = database();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const now = new Date();
  const pending = attachmentCapture({
    captureId: crypto.randomUUID(),
    artifactId: crypto.randomUUID(),
    file,
    sha256: await sha256Bytes(bytes),
    now,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    utcOffsetMinutes: -now.getTimezoneOffset(),
    browser: await browserInfo(),
    extensionVersion: browser.runtime.getManifest().version,
  });
  const [artifact] = pending.artifacts;
  const row = await sealArtifact(artifact!.id, pending.id, bytes, artifact!.mediaType, db);
  return commitCapture(db, { ...pending, caseId }, [row]);
}
