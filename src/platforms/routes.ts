import { BING_REMOVAL, CCRI_GUIDE, GOOGLE_SEARCH_REMOVAL, STOPNCII, TAKE_IT_DOWN } from './cross-platform';
import { routes as bluesky } from './bluesky.routes';
import { routes as deviantart } from './deviantart.routes';
import { routes as discord } from './discord.routes';
import { routes as dropbox } from './dropbox.routes';
import { routes as facebook } from './facebook.routes';
import { routes as flickr } from './flickr.routes';
import { routes as google_drive_photos } from './google_drive_photos.routes';
import { routes as google_search } from './google_search.routes';
import { routes as icloud } from './icloud.routes';
import { routes as imageboards_4chan } from './imageboards_4chan.routes';
import { routes as imgur } from './imgur.routes';
import { routes as instagram } from './instagram.routes';
import { routes as kick } from './kick.routes';
import { routes as linkedin } from './linkedin.routes';
import { routes as mastodon } from './mastodon.routes';
import { routes as mega } from './mega.routes';
import { routes as meta_messaging } from './meta_messaging.routes';
import { routes as microsoft_bing } from './microsoft_bing.routes';
import { routes as onlyfans } from './onlyfans.routes';
import { routes as pinterest } from './pinterest.routes';
import { routes as pornhub } from './pornhub.routes';
import { routes as reddit } from './reddit.routes';
import { routes as snapchat } from './snapchat.routes';
import { routes as telegram } from './telegram.routes';
import { routes as threads } from './threads.routes';
import { routes as tiktok } from './tiktok.routes';
import { routes as tinder_match } from './tinder_match.routes';
import { routes as tumblr } from './tumblr.routes';
import { routes as twitch } from './twitch.routes';
import { routes as vimeo } from './vimeo.routes';
import { routes as x } from './x.routes';
import { routes as xhamster } from './xhamster.routes';
import { routes as xvideos } from './xvideos.routes';
import { routes as youtube } from './youtube.routes';
import type { RemovalRoute } from './types';

// Kept apart from the platform definitions so the page reader, injected into every captured page,
// carries only detection and extraction, not this data.
const ROUTES: Readonly<Record<string, readonly RemovalRoute[]>> = {
  bluesky,
  deviantart,
  discord,
  dropbox,
  facebook,
  flickr,
  google_drive_photos,
  google_search,
  icloud,
  imageboards_4chan,
  imgur,
  instagram,
  kick,
  linkedin,
  mastodon,
  mega,
  meta_messaging,
  microsoft_bing,
  onlyfans,
  pinterest,
  pornhub,
  reddit,
  snapchat,
  telegram,
  threads,
  tiktok,
  tinder_match,
  tumblr,
  twitch,
  vimeo,
  x,
  xhamster,
  xvideos,
  youtube,
};

/** The platform's removal routes, in the order a user should try them; [] for an unknown id. */
export function removalRoutes(platformId: string): RemovalRoute[] {
  return Object.hasOwn(ROUTES, platformId) ? [...(ROUTES[platformId] ?? [])] : [];
}

/** Routes that reach many platforms at once: hash blocking first, then search engines, then a guide. */
export function crossPlatformRoutes({ under18 }: { under18: boolean }): RemovalRoute[] {
  return [under18 ? TAKE_IT_DOWN : STOPNCII, GOOGLE_SEARCH_REMOVAL, BING_REMOVAL, CCRI_GUIDE];
}
