/** HLS playlists and DASH manifests: a player built on them streams pieces, never one file to save. */
const MANIFEST_PATH = /\.(m3u8|mpd)$/i;

export function isStreamManifestUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && MANIFEST_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The manifest addresses among a player's sources and the page's requests, each once, in order. */
export function streamManifestUrls(urls: readonly string[]): string[] {
  return [...new Set(urls.filter(isStreamManifestUrl))];
}

/** Addresses whose bytes are one whole file that can be fetched; blob: and MediaSource players are not. */
export function isWholeFileUrl(url: string): boolean {
  return /^(https?|data):/i.test(url) && !isStreamManifestUrl(url);
}
