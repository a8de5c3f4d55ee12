import type { Sha256Hex } from '../shared/hash';
import type { ArtifactRef, CaptureRecord, NoteRecord } from '../shared/types';
import { artifactFileNames } from './artifact-file-name';
import { BundleError } from './bundle-error';
import { CAPTURE_JSON, safeFileNames } from './bundle-paths';
import { parseThread } from './thread-file';
import { CAPTURE_JSON_FORMAT, type BundleInput, type CaptureJson, type PreparedCapture } from './types';

export interface PreparedFile {
  path: string;
  bytes: Uint8Array;
  sha256: Sha256Hex;
  mediatype: string;
}

/** Under-18 mode keeps no images; the bundle says so rather than pretending a file is missing. */
export const NEVER_STORED = 'never stored: in under-18 mode Preserve keeps only the fingerprint, not the image';

export const LEFT_OUT_UNBLURRED = 'left out of the platform copy: it may show the image unblurred';
export const NOT_PIXELATED = 'left out of the platform copy: it could not be pixelated';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

function withExtension(name: string, mediaType: string): string {
  const extension = EXTENSIONS[mediaType];
  if (!extension) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}

/**
 * Reads one capture's artifacts, checks each against the hash recorded at capture time and, on the
 * platform copy, pixelates images (screenshot, tiles, segments, media images, frames), keeps the
 * conversation's text and leaves out everything else (a page archive or a video shows the image).
 * Only one capture's bytes are held at a time.
 */
export async function prepareCapture(
  input: BundleInput,
  record: CaptureRecord,
  folder: string,
  notes: NoteRecord[],
  hash: (bytes: Uint8Array) => Promise<Sha256Hex>,
): Promise<{ prepared: PreparedCapture; files: PreparedFile[] }> {
  const names = safeFileNames(artifactFileNames(record.artifacts));
  const json: CaptureJson = { format: CAPTURE_JSON_FORMAT, copy: input.copy, number: record.seq, folder, record, files: [], omitted: [] };
  const files: PreparedFile[] = [];
  const threads: PreparedCapture['threads'] = [];
  const leaveOut = (artifact: ArtifactRef, reason: string) =>
    json.omitted.push({ artifactId: artifact.id, name: artifact.name, sha256: artifact.sha256, bytes: artifact.size, reason });
  for (const [index, artifact] of record.artifacts.entries()) {
    if (artifact.stored === false) {
      leaveOut(artifact, NEVER_STORED);
      continue;
    }
    const platformCopy = input.copy === 'platform' && artifact.kind !== 'thread';
    // Decided before reading: a video of hundreds of MB need not be read only to be left out.
    if (platformCopy && !artifact.mediaType.startsWith('image/')) {
      leaveOut(artifact, LEFT_OUT_UNBLURRED);
      continue;
    }
    const original = await input.readArtifact(record.id, artifact);
    const originalHash = await hash(original);
    if (originalHash !== artifact.sha256 || original.length !== artifact.size) {
      throw new BundleError(
        `The stored file ${artifact.name} of capture ${record.seq} no longer matches the fingerprint recorded when it was captured, so it cannot be exported as evidence.`,
      );
    }
    let bytes = original;
    let sha256 = originalHash;
    let mediaType = artifact.mediaType;
    let name = names[index] ?? `file-${index + 1}`;
    if (artifact.kind === 'thread') threads.push({ artifactId: artifact.id, thread: parseThread(original) });
    // The thread's words stay in the platform copy: a platform needs them to act on a sextortion report.
    if (platformCopy) {
      if (!input.redactImage) throw new BundleError('The platform copy needs an image redactor.');
      const redacted = await input.redactImage(original, artifact.mediaType).catch(() => null);
      if (!redacted) {
        // Some images a canvas cannot decode (an SVG, a damaged file): safer left out than shown.
        leaveOut(artifact, NOT_PIXELATED);
        continue;
      }
      bytes = redacted.bytes;
      mediaType = redacted.mediaType;
      sha256 = await hash(bytes);
      name = withExtension(name, mediaType);
      // a new extension can collide with a sibling's name (shot.jpg beside shot.png → both .png)
      while (json.files.some((file) => file.name === name)) name = `redacted-${name}`;
    }
    const path = `${folder}/${name}`;
    json.files.push({
      name,
      path,
      bytes: bytes.length,
      sha256,
      mediaType,
      artifactId: artifact.id,
      ...(bytes !== original ? { redaction: { method: 'pixelated' as const, originalSha256: artifact.sha256, originalBytes: artifact.size } } : {}),
    });
    files.push({ path, bytes, sha256, mediatype: mediaType });
  }
  const jsonBytes = new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
  files.push({ path: `${folder}/${CAPTURE_JSON}`, bytes: jsonBytes, sha256: await hash(jsonBytes), mediatype: 'application/json' });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { prepared: { record, folder, json, notes: input.copy === 'platform' ? [] : notes, threads }, files };
}
