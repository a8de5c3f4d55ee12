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

export default definePlatform({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com', { host: 'googlevideo.com', confidence: 'low', note: 'media CDN' }],
  rules: [
    { kind: 'media', host: /googlevideo\.com$/, path: /^\//, confidence: 'low', examples: ['https://rr3---sn-abc.googlevideo.com/videoplayback?id=1'] },
    { kind: 'shortlink', host: /^youtu\.be$/, path: new RegExp(`^/${ID}`), examples: ['https://youtu.be/yeWKywCrFtk?list=PL2qgrgXsNUG5ig9cat4ohreBjYLAPC0J5'] },
    {
      kind: 'post',
      path: /^\/watch\/?$/,
      query: { postId: 'v' },
      examples: ['https://music.youtube.com/watch?v=MgNrAu2pzNs', 'https://www.youtube.com/watch?v=BaW_jenozKc', 'http://www.youtube.com/watch?v=eiHXASgRTcA'],
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
    { kind: 'profile', path: /^\/@(?<author>[\w.-]+)/, examples: ['https://www.youtube.com/@3blue1brown/about'] },
    {
      kind: 'profile',
      path: /^\/(?:channel|c|user)\/(?<author>[\w.-]+)/,
      examples: ['https://music.youtube.com/channel/UCmlqkdCBesrv2Lak1mF_MxA', 'https://www.youtube.com/c/3blue1brown/playlists?view=50&sort=dd&shelf_id=3'],
    },
  ],
  otherExamples: ['https://www.youtube.com/', 'https://www.youtube.com/results?search_query=test', 'https://www.youtube.com/feed/subscriptions'],
  extract,
});
