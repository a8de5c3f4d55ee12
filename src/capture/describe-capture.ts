import type { ExtractedPost, PlatformDetection } from '../shared/types';

const KIND_WORDS: Record<PlatformDetection['kind'], string> = {
  post: 'post',
  media: 'media file',
  profile: 'profile',
  shortlink: 'share link',
  other: 'page',
};

/** A short plain label such as "Reddit post by u/someone" or "X profile @someone". */
export function describeCapture(detection: PlatformDetection | null, post: ExtractedPost | null): string | null {
  if (!detection) return null;
  const base = `${detection.platform.name} ${KIND_WORDS[detection.kind]}`;
  const who = post?.author?.handle ?? detection.author ?? post?.author?.name;
  if (!who) return base;
  const shown = formatHandle(detection.platform.id, who);
  return detection.kind === 'profile' ? `${base} ${shown}` : `${base} by ${shown}`;
}

function formatHandle(platformId: string, handle: string): string {
  if (platformId === 'reddit') return /^u\//.test(handle) ? handle : `u/${handle.replace(/^@/, '')}`;
  if (/^[\w.]+$/.test(handle) && ['x', 'instagram', 'tiktok', 'threads', 'bluesky', 'youtube', 'telegram', 'snapchat', 'onlyfans'].includes(platformId)) {
    return `@${handle}`;
  }
  return handle;
}
