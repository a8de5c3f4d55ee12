import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, meta, metaAll, textOf, toIso } from './dom';
import { definePlatform } from './define-platform';

// ytInitialPlayerResponse is a large inline script; a regex over it is cheaper than JSON.parse.
function playerField(doc: Document, field: string): string | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('ytInitialPlayerResponse')) continue;
    const m = new RegExp(`"${field}":"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
    if (!m) return undefined;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function extract(doc: Document, url: URL): ExtractedPost {
  // Watch pages carry schema.org microdata: <span itemprop="author"> with url and name links.
  const author = doc.querySelector('[itemprop="author"]');
  const channelUrl = author?.querySelector('link[itemprop="url"]')?.getAttribute('href') ?? undefined;
  const handle = /\/(@[\w.-]+)\/?$/.exec(channelUrl ?? '')?.[1];
  const channelId = meta(doc, 'channelId') ?? playerField(doc, 'channelId');
  return {
    postId: meta(doc, 'identifier') ?? url.searchParams.get('v') ?? undefined,
    author: {
      name: author?.querySelector('[itemprop="name"]')?.getAttribute('content') ?? textOf(author?.querySelector('[itemprop="name"]')),
      handle,
      id: channelId && /^UC[\w-]{22}$/.test(channelId) ? channelId : undefined,
      url: channelUrl,
    },
    publishedAt: toIso(meta(doc, 'datePublished', 'uploadDate')),
    // og:description is cut at ~160 characters; the player response has the whole description.
    text: clip(playerField(doc, 'shortDescription') ?? meta(doc, 'og:description', 'description')),
    title: clip(meta(doc, 'og:title', 'name'), 500),
    media: mediaUrls(metaAll(doc, 'og:image'), url),
  };
}

const ID = '(?<postId>[\\w-]{11})';
// First path segments that are YouTube features, not a legacy channel name.
const ROOT_RESERVED =
  '(?!(?:watch|watch_popup|results|feed|playlist|channel|c|user|shorts|live|embed|v|e|clip|hashtag|browse|account|about|t|howyoutubeworks|creators|ads|premium|kids|music|gaming|news|course|signin|logout|upload|redirect|attribution_link|source|post|podcasts|trending|new|select_site|premium|supported_browsers|reporthistory|paid_memberships|s|yt|store|index|storefront|testtube|t)(?:/|$))';
const CHANNEL_TABS = '(?:featured|videos|shorts|streams|live|playlists|community|posts|channels|about|search|podcasts|releases|store)';

export default definePlatform({
  id: 'youtube',
  name: 'YouTube',
  hosts: [
    'youtube.com',
    'youtu.be',
    'youtube-nocookie.com',
    'youtubekids.com',
    { host: 'googlevideo.com', confidence: 'low', note: 'media CDN' },
    // Thumbnails: i.ytimg.com/vi/<id>/… (yt-dlp extractor/youtube/_video.py).
    { host: 'i.ytimg.com', exact: true, note: 'thumbnail CDN' },
  ],
  rules: [
    { kind: 'media', host: /googlevideo\.com$/, path: /^\//, confidence: 'low', examples: ['https://rr3---sn-abc.googlevideo.com/videoplayback?id=1'] },
    {
      kind: 'media',
      host: /^i\.ytimg\.com$/,
      path: new RegExp(`^/vi(?:_webp)?/${ID}/`),
      examples: ['https://i.ytimg.com/vi/1YVQaAgHyRU/maxresdefault.jpg'],
    },
    { kind: 'shortlink', host: /^youtu\.be$/, path: new RegExp(`^/${ID}`), examples: ['https://youtu.be/yeWKywCrFtk?list=PL2qgrgXsNUG5ig9cat4ohreBjYLAPC0J5'] },
    {
      kind: 'post',
      path: /^\/watch(?:_popup)?\/?$/,
      query: { postId: 'v' },
      examples: [
        'https://music.youtube.com/watch?v=MgNrAu2pzNs',
        'https://www.youtube.com/watch?v=BaW_jenozKc',
        'http://www.youtube.com/watch?v=eiHXASgRTcA',
        'https://www.youtube.com/watch_popup?v=63RmMXCd_bQ',
        'https://www.youtubekids.com/watch?v=3b8nCWDgZ6Q',
      ],
    },
    {
      kind: 'post',
      path: new RegExp(`^/(?:shorts|live|embed|v|e)/${ID}`),
      examples: [
        'https://www.youtube.com/shorts/BGQWPY4IigY',
        'https://www.youtube.com/live/qVv6vCqciTM',
        'https://www.youtube-nocookie.com/embed/fJ9rUzIMcZQ',
      ],
    },
    // A clip is a short excerpt of a video with its own id.
    { kind: 'post', path: /^\/clip\/(?<postId>[\w-]+)/, examples: ['https://www.youtube.com/clip/UgytZKpehg-hEMBSn3F4AaABCQ'] },
    { kind: 'profile', path: /^\/@(?<author>[\w.-]+)/, examples: ['https://www.youtube.com/@3blue1brown/about'] },
    {
      kind: 'profile',
      // Custom names can be in any script: /c/ИгорьКлейнер.
      path: /^\/(?:channel|c|user)\/(?<author>[^/]+)/,
      examples: [
        'https://music.youtube.com/channel/UCmlqkdCBesrv2Lak1mF_MxA',
        'https://www.youtube.com/c/3blue1brown/playlists?view=50&sort=dd&shelf_id=3',
        'https://www.youtube.com/c/%D0%98%D0%B3%D0%BE%D1%80%D1%8C%D0%9A%D0%BB%D0%B5%D0%B9%D0%BD%D0%B5%D1%80/playlists',
      ],
    },
    // YouTube Music opens a channel as /browse/UC<22 characters>.
    { kind: 'profile', path: /^\/browse\/(?<author>UC[\w-]{22})\/?$/, examples: ['https://music.youtube.com/browse/UC1a8OFewdjuLq6KlF8M_8Ng'] },
    // Legacy custom addresses at the root (youtube.com/<name>) and their tabs.
    {
      kind: 'profile',
      host: /^(?:www\.|m\.)?youtube\.com$/,
      path: new RegExp(`^/${ROOT_RESERVED}(?<author>[\\w.-]+)(?:/${CHANNEL_TABS})?/?$`),
      examples: ['https://www.youtube.com/zsecurity', 'http://www.youtube.com/NASAgovVideo/videos', 'https://www.youtube.com/TheYoungTurks/live'],
    },
  ],
  otherExamples: [
    'https://www.youtube.com/',
    'https://www.youtube.com/results?search_query=test',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/playlist?list=PLt5yu3-wZAlSLRHmI1qNm0wjyVNWw1pCU',
    'https://www.youtube.com/hashtag/cctv9',
    'https://www.youtube.com/account',
  ],
  extract,
});
