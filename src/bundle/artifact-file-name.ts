import type { ArtifactRef } from '../shared/types';

/** The extension a file gets from its media type, never from the page's address (which may end in .php). */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/svg+xml': 'svg',
  'image/heic': 'heic',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'video/ogg': 'ogv',
  'video/x-matroska': 'mkv',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/webm': 'weba',
  'application/json': 'json',
  'text/html': 'html',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
};

export function extensionFor(mediaType: string): string {
  return EXTENSIONS[mediaType.split(';')[0]!.trim().toLowerCase()] ?? 'bin';
}

/** 1-based: the artifact's own index where it has one (tiles, segments), else its place among its kind. */
function number(artifact: ArtifactRef, ordinal: number): number {
  return artifact.index !== undefined && Number.isSafeInteger(artifact.index) && artifact.index >= 0 ? artifact.index + 1 : ordinal;
}

/**
 * The name an artifact gets in its capture's folder: chosen from its kind and media type, so every
 * bundle reads the same (tile-001.png, fullpage-1.png, page.mhtml, media-1.mp4, frame-1.png,
 * thread.json) whatever the capture step called it. The screenshot and files the person added keep
 * their own names. `ordinal` is the artifact's 1-based place among artifacts of its kind.
 * safeFileNames() still cleans and de-duplicates the result.
 */
export function artifactFileName(artifact: ArtifactRef, ordinal: number): string {
  const extension = extensionFor(artifact.mediaType);
  switch (artifact.kind) {
    case 'tile':
      return `tile-${String(number(artifact, ordinal)).padStart(3, '0')}.${extension}`;
    case 'fullpage':
      return `fullpage-${number(artifact, ordinal)}.${extension}`;
    case 'mhtml':
      return ordinal > 1 ? `page-${ordinal}.mhtml` : 'page.mhtml';
    case 'html':
      return ordinal > 1 ? `page-${ordinal}.html` : 'page.html';
    case 'media':
      return `media-${ordinal}.${extension}`;
    case 'frame':
      return `frame-${ordinal}.${extension}`;
    case 'thread':
      return ordinal > 1 ? `thread-${ordinal}.json` : 'thread.json';
    default:
      return artifact.name;
  }
}

/** Every artifact's file name, in record order. */
export function artifactFileNames(artifacts: readonly ArtifactRef[]): string[] {
  const seen = new Map<string, number>();
  return artifacts.map((artifact) => {
    const ordinal = (seen.get(artifact.kind) ?? 0) + 1;
    seen.set(artifact.kind, ordinal);
    return artifactFileName(artifact, ordinal);
  });
}
