import type { ExtractedPost, PlatformDetection } from '../shared/types';
import bluesky from './bluesky';
import deviantart from './deviantart';
import discord from './discord';
import { clip, MAX_MEDIA, MAX_TEXT, mediaUrls, toIso } from './dom';
import dropbox from './dropbox';
import facebook from './facebook';
import flickr from './flickr';
import { extractGeneric } from './generic';
import google_drive_photos from './google_drive_photos';
import google_search from './google_search';
import icloud from './icloud';
import imageboards_4chan from './imageboards_4chan';
import imgur from './imgur';
import instagram from './instagram';
import kick from './kick';
import linkedin from './linkedin';
import mastodon from './mastodon';
import { matchHost, matchPlatform, parseHttpUrl } from './match-url';
import mega from './mega';
import meta_messaging from './meta_messaging';
import microsoft_bing from './microsoft_bing';
import onlyfans from './onlyfans';
import pinterest from './pinterest';
import pornhub from './pornhub';
import reddit from './reddit';
import snapchat from './snapchat';
import telegram from './telegram';
import threads from './threads';
import tiktok from './tiktok';
import tinder_match from './tinder_match';
import tumblr from './tumblr';
import twitch from './twitch';
import type { PlatformDefinition } from './types';
import vimeo from './vimeo';
import x from './x';
import xhamster from './xhamster';
import xvideos from './xvideos';
import youtube from './youtube';

export { crossPlatformRoutes, removalRoutes } from './routes';
export type { PlatformDefinition, RemovalRoute } from './types';

/** Every supported platform, by hand, in the reference data's order. */
export const platforms: readonly PlatformDefinition[] = [
  facebook,
  instagram,
  meta_messaging,
  x,
  reddit,
  tiktok,
  snapchat,
  youtube,
  google_search,
  google_drive_photos,
  microsoft_bing,
  discord,
  telegram,
  tumblr,
  pinterest,
  imgur,
  twitch,
  onlyfans,
  pornhub,
  xvideos,
  xhamster,
  tinder_match,
  linkedin,
  vimeo,
  dropbox,
  icloud,
  mega,
  flickr,
  deviantart,
  kick,
  threads,
  bluesky,
  mastodon,
  imageboards_4chan,
];

function platformFor(url: URL): PlatformDefinition | undefined {
  // The most specific host wins, so drive.google.com is Drive even though google.com is Search.
  let best: { platform: PlatformDefinition; length: number } | undefined;
  for (const platform of platforms) {
    const hit = matchHost(platform, url.hostname);
    if (hit && (!best || hit.host.length > best.length)) best = { platform, length: hit.host.length };
  }
  return best?.platform;
}

/** Which known platform `url` belongs to and what kind of page it is; null for anything else. */
export function detectPlatform(url: string): PlatformDetection | null {
  const parsed = parseHttpUrl(url);
  const platform = parsed && platformFor(parsed);
  return platform ? matchPlatform(platform, parsed) : null;
}

function tidy(post: ExtractedPost): ExtractedPost {
  const out: ExtractedPost = {};
  if (post.postId) out.postId = String(post.postId).slice(0, 200);
  const author = Object.fromEntries(
    Object.entries(post.author ?? {})
      .filter(([, v]) => typeof v === 'string' && v.trim())
      .map(([k, v]) => [k, (v as string).trim().slice(0, 500)]),
  );
  if (Object.keys(author).length) out.author = author;
  const published = toIso(post.publishedAt);
  if (published) out.publishedAt = published;
  const text = clip(post.text, MAX_TEXT);
  if (text) out.text = text;
  const title = clip(post.title, 500);
  if (title) out.title = title;
  if (post.url) out.url = post.url;
  const media = (post.media ?? []).filter((m) => /^https?:\/\//i.test(m)).slice(0, MAX_MEDIA);
  if (media.length) out.media = media;
  return out;
}

// Platform facts win; generic facts fill the gaps. An extractor that sets text or media on
// purpose (even to nothing) is trusted: Pornhub's description is boilerplate, and X's og:image is
// a placeholder or the avatar, not the post's media.
function merge(specific: ExtractedPost | null, generic: ExtractedPost): ExtractedPost {
  if (!specific) return generic;
  const pick = <K extends keyof ExtractedPost>(key: K): ExtractedPost[K] => (Object.hasOwn(specific, key) ? specific[key] : generic[key]);
  return {
    postId: specific.postId ?? generic.postId,
    author: { ...generic.author, ...Object.fromEntries(Object.entries(specific.author ?? {}).filter(([, v]) => v)) },
    publishedAt: specific.publishedAt ?? generic.publishedAt,
    text: pick('text'),
    title: specific.title ?? generic.title,
    url: specific.url ?? generic.url,
    media: pick('media'),
  };
}

function attempt<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/**
 * What the page claims about the post it shows. Never throws: a failing platform extractor falls
 * back to generic extraction, and a failing generic one to the URL alone.
 */
export function extractPost(document: Document, url: string): ExtractedPost {
  const parsed = parseHttpUrl(url);
  if (!parsed) return {};
  const detection = attempt(() => detectPlatform(parsed.href));
  const platform = attempt(() => platformFor(parsed));
  const generic = attempt(() => extractGeneric(document, parsed)) ?? {};
  const specific = platform?.extract ? attempt(() => platform.extract!(document, parsed)) : null;
  const merged = merge(specific, generic);
  // Short links like threads.net/t/<code> and redd.it/<id> carry the post id itself.
  if (!merged.postId && detection?.postId && (detection.kind === 'post' || detection.kind === 'shortlink')) merged.postId = detection.postId;
  if (!merged.author?.handle && !merged.author?.name && detection?.author) merged.author = { ...merged.author, handle: detection.author };
  if (merged.media) merged.media = mediaUrls(merged.media, parsed);
  return attempt(() => tidy(merged)) ?? {};
}
