import type { ExtractedPost } from '../shared/types';
import { canonicalUrl, clip, mediaUrls, meta, textOf, toIso } from './dom';
import { definePlatform } from './define-platform';

const HANDLE =
  '(?!(?:home|explore|notifications|messages|i|settings|search|compose|login|logout|signup|tos|privacy|hashtag|intent|share|download|jobs|about)(?:/|$))(?<author>\\w{1,15})';

// Bots and logged-out previews get only OpenGraph: og:title is "Name (@handle) on X".
function fromOpenGraph(doc: Document, id: string | undefined): ExtractedPost {
  const m = /^(.*) \(@(\w{1,15})\) on (?:X|Twitter)$/.exec(meta(doc, 'og:title') ?? '');
  const ogId = /\/status(?:es)?\/(\d+)/.exec(meta(doc, 'og:url') ?? '')?.[1] ?? /status\?id=(\d+)/.exec(meta(doc, 'al:ios:url') ?? '')?.[1];
  return {
    postId: id ?? ogId,
    author: m ? { name: m[1], handle: `@${m[2]}` } : undefined,
    text: clip(meta(doc, 'og:description')),
    media: [],
  };
}

function extract(doc: Document, url: URL): ExtractedPost {
  const id = /\/status(?:es)?\/(\d+)/.exec(url.pathname)?.[1] ?? /\/status\/(\d+)/.exec(canonicalUrl(doc) ?? '')?.[1];
  const articles = [...doc.querySelectorAll('article[data-testid="tweet"]')].slice(0, 50);
  // A thread page shows replies too: the post is the article whose timestamp links to its own id.
  const article = articles.find((a) => id && a.querySelector(`a[href$="/status/${id}"] time`)) ?? (id ? undefined : articles[0]);
  if (!article) return fromOpenGraph(doc, id);
  const userName = article.querySelector('[data-testid="User-Name"]');
  const spans = [...(userName?.querySelectorAll('a span') ?? [])].map((s) => textOf(s)).filter(Boolean) as string[];
  const time = article.querySelector(`a[href$="/status/${id}"] time`) ?? article.querySelector('time');
  const photos = [...article.querySelectorAll('[data-testid="tweetPhoto"] img, img[src*="pbs.twimg.com/media/"]')].map((i) => i.getAttribute('src'));
  const posters = [...article.querySelectorAll('video')].flatMap((v) => [v.getAttribute('poster'), v.getAttribute('src')]);
  return {
    postId: id,
    author: { name: spans.find((s) => !s.startsWith('@')), handle: spans.find((s) => s.startsWith('@')) },
    publishedAt: toIso(time?.getAttribute('datetime')),
    // Raw textContent: the page's own spacing is part of what it said.
    text: clip(article.querySelector('[data-testid="tweetText"]')?.textContent),
    media: mediaUrls([...photos, ...posters], url),
  };
}

export default definePlatform({
  id: 'x',
  name: 'X',
  hosts: [
    'x.com',
    'twitter.com',
    't.co',
    { host: 'pbs.twimg.com', exact: true },
    { host: 'video.twimg.com', exact: true },
    // X's own onion service (yt-dlp extractor/twitter.py).
    { host: 'twitter3e4tixl4xyajtrzo62zg5vztmjuricljdp2c5kshju4avyoid.onion', exact: true },
    { host: 'amp.twimg.com', exact: true },
    // Embed-fixing mirrors that show the same post under the same path.
    'fxtwitter.com',
    'vxtwitter.com',
    'fixupx.com',
    'fixvx.com',
  ],
  rules: [
    {
      kind: 'media',
      host: /^pbs\.twimg\.com$/,
      path: /^\/media\/(?<postId>[\w-]+)/,
      examples: ['https://pbs.twimg.com/media/EqcpviCVoAAG-QG?format=jpg&name=orig', 'https://pbs.twimg.com/media/GxC2eRAWoAA8gGQ?format=jpg&name=orig'],
    },
    // Video files, thumbnails, avatars and banners: /<kind>/<id>/… on the two media hosts.
    {
      kind: 'media',
      host: /^(?:pbs|video)\.twimg\.com$/,
      path: /^\/[\w-]+\/./,
      examples: [
        'https://video.twimg.com/ext_tw_video/1577924276447248386/pu/vid/720x800/kNsjUvJ5knrSx5WM.mp4?tag=12',
        'https://pbs.twimg.com/grok-img-share/1866736156786008064.jpg',
      ],
    },
    { kind: 'shortlink', host: /^t\.co$/, path: /^\/\w+\/?$/, examples: ['https://t.co/BJYgOjSeGA', 'http://t.co/c7jHH749xJ'] },
    // 'i/web' and 'i' stand in for an unknown author, so they give no author.
    { kind: 'post', path: /^\/i(?:\/web)?\/status\/(?<postId>\d+)/, examples: ['https://x.com/i/web/status/1839019491835129889'] },
    {
      kind: 'post',
      path: new RegExp(`^/${HANDLE}/status(?:es)?/(?<postId>\\d+)`),
      examples: [
        'https://x.com/GrimboGrim/status/1839019491835129889',
        'https://twitter.com/giphz/status/657991469417025536/photo/1',
        'https://fxtwitter.com/verge/status/957383241714970624',
      ],
    },
    // Live broadcasts, Spaces, curated events and the bare video player each show one piece of content.
    {
      kind: 'post',
      path: /^\/i\/(?:broadcasts|spaces|events|videos(?:\/tweet)?)\/(?<postId>\w+)\/?$/,
      examples: [
        'https://twitter.com/i/broadcasts/1yNGaQLWpejGj',
        'https://x.com/i/spaces/1DXGydznBYWKM',
        'https://twitter.com/i/videos/tweet/705235433198714880',
      ],
    },
    // Web intents: like and repost name a post; user names an account; tweet (compose) is 'other'.
    {
      kind: 'post',
      path: /^\/intent\/(?:like|retweet|favorite)\/?$/,
      query: { postId: 'tweet_id' },
      examples: ['https://twitter.com/intent/like?tweet_id=1263832915173048321'],
    },
    {
      kind: 'profile',
      path: /^\/intent\/(?:user|follow)\/?$/,
      query: { author: 'screen_name' },
      examples: ['https://x.com/intent/user?screen_name=supernaturepics'],
    },
    { kind: 'profile', path: /^\/intent\/(?:user|follow)\/?$/, query: { author: 'user_id' }, examples: ['https://twitter.com/intent/user?user_id=2976459548'] },
    { kind: 'profile', path: /^\/i\/user\/(?<author>\d+)\/?$/, examples: ['https://twitter.com/i/user/2976459548'] },
    {
      kind: 'profile',
      // Only where handles live at the root: help.x.com/submit is a help page, not @submit.
      host: /^(?:(?:www|mobile|m)\.)?(?:x|twitter)\.com$|^(?:fxtwitter|vxtwitter|fixupx|fixvx)\.com$|\.onion$/,
      path: new RegExp(`^/${HANDLE}(?:/(?:with_replies|media|likes|highlights|followers|following))?/?$`),
      examples: ['https://x.com/supernaturepics', 'https://mobile.twitter.com/supernaturepics?p=i'],
    },
  ],
  otherExamples: [
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/search?q=test',
    'https://x.com/',
    'https://amp.twimg.com/v/abc',
    'https://twitter.com/intent/tweet?text=hello',
    'https://x.com/settings/account',
    'https://help.x.com/submit',
    'https://help.x.com/en/forms/safety-and-sensitive-content/private-information',
    'https://developer.x.com/docs',
  ],
  extract,
});
