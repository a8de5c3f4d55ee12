import type { ExtractedPost } from '../shared/types';
import { clip, decodeEntities, jsonLd, ldType, mediaUrls, meta, metaAll, str, toIso } from './dom';
import { definePlatform } from './define-platform';
import { ldAuthor } from './generic';

// First path segments that are Facebook features, not a page or person's vanity name.
const RESERVED =
  '(?!(?:watch|groups|marketplace|gaming|events|pages|help|login|share|reel|reels|people|settings|messages|notifications|friends|bookmarks|search|hashtag|policies|privacy|legal|stories|plugins|dialog|sharer|ads|business|live|fundraisers|saved|memories|media|photo|video|l\\.php|[\\w.]+\\.php)(?:/|$))';

function extract(doc: Document, url: URL): ExtractedPost {
  const ld = jsonLd(doc).find((o) => ldType(o).includes('SocialMediaPosting'));
  const author = ldAuthor(ld?.author);
  // The mobile permalink's LD identifier is "<owner id>;<post id>;…"; og:url carries id=<owner id>.
  const ids = str(ld?.identifier)?.split(/[;:]/) ?? [];
  let ownerId = author?.id ?? (ids.length > 2 && /^\d+$/.test(ids[0] ?? '') ? ids[0] : undefined);
  try {
    ownerId ??= new URL(meta(doc, 'og:url') ?? '', url).searchParams.get('id') ?? undefined;
  } catch {
    // no og:url
  }
  const handle = /^https?:\/\/[^/]+\/(?!profile\.php)([\w.]+)\/?$/.exec(author?.url ?? '')?.[1];
  const body = str(ld?.articleBody);
  return {
    postId: url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid') ?? url.searchParams.get('v') ?? undefined,
    author: { name: author?.name ?? meta(doc, 'og:title'), handle, id: ownerId, url: author?.url },
    publishedAt: toIso(ld?.datePublished) ?? toIso(ld?.dateCreated),
    text: clip(body ? decodeEntities(body) : meta(doc, 'og:description')),
    media: mediaUrls(metaAll(doc, 'og:image'), url),
  };
}

export default definePlatform({
  id: 'facebook',
  name: 'Facebook',
  hosts: [
    'facebook.com',
    { host: 'fb.watch', exact: true, confidence: 'medium' },
    { host: 'fb.com', exact: true, confidence: 'low', note: 'alias domain' },
    { host: 'fbcdn.net', confidence: 'low', note: 'media CDN' },
    'facebookwkhpilnemxj7asaniu7vnjjbiltxjqhye3mhbshg7kx5tfyd.onion',
  ],
  rules: [
    {
      kind: 'media',
      host: /fbcdn\.net$/,
      path: /^\//,
      confidence: 'low',
      examples: ['https://scontent.fhlz2-1.fna.fbcdn.net/v/t1.6435-9/96724875_3065146506903115_4237164853036318720_n.jpg'],
    },
    { kind: 'shortlink', host: /^fb\.watch$/, path: /^\/[\w-]+\/?$/, examples: ['https://fb.watch/x3ilDnrM8-/', 'https://fb.watch/abc123xyz/'] },
    // Share links hide the target; the lead resolves the redirect before extracting ids.
    {
      kind: 'shortlink',
      path: /^\/share\/(?:[prv]\/)?[\w-]+\/?$/,
      examples: ['https://www.facebook.com/share/1YxwPSZJfw/?mibextid=wwXIfr', 'https://www.facebook.com/share/p/1AbCdEf/'],
    },
    {
      kind: 'post',
      path: /^\/(?:story|permalink)\.php$/,
      query: { postId: 'story_fbid', author: 'id' },
      examples: [
        'https://m.facebook.com/story.php?story_fbid=1035862816472149&id=116132035111903',
        'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711',
      ],
    },
    {
      kind: 'post',
      path: /^\/groups\/[\w.]+\/(?:permalink|posts)\/(?:[\w-]+\/)?(?<postId>\d+)/,
      examples: [
        'https://www.facebook.com/groups/1024490957622648/permalink/1396382447100162/',
        'https://www.facebook.com/groups/1513990329015294/posts/d41d8cd9/2013209885760000/?app=fbl',
      ],
    },
    {
      kind: 'post',
      path: /^\/photo(?:\.php)?\/?$/,
      query: { postId: 'fbid' },
      examples: [
        'https://www.facebook.com/photo.php?fbid=1156625586261770',
        'https://www.facebook.com/photo.php?fbid=10165113568399554&set=t.100064860875397&type=3',
      ],
    },
    {
      kind: 'post',
      path: /^\/(?:watch(?:\/live)?\/?|video\.php)$/,
      query: { postId: 'v' },
      examples: [
        'https://www.facebook.com/watch/?v=1165557851291824',
        'https://www.facebook.com/watch/live/?v=1823658634322275',
        'https://www.facebook.com/video.php?v=274175099429670',
      ],
    },
    // An album: ?set=a.<id> (a.) is the owner's album, (t.) the photos a person is tagged in.
    {
      kind: 'post',
      path: /^\/media\/set\/?$/,
      query: { postId: 'set' },
      examples: ['https://www.facebook.com/media/set/?set=a.10152716010956729&type=3'],
    },
    { kind: 'post', path: /^\/watchparty\/(?<postId>\d+)/, examples: ['https://www.facebook.com/watchparty/211641140192478'] },
    // The embedded player names the video in ?href; the page is that video.
    {
      kind: 'post',
      path: /^\/plugins\/video\.php$/,
      examples: ['https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fvideo.php%3Fv%3D10204634152394104'],
    },
    { kind: 'post', path: /^\/reel\/(?<postId>\d+)/, examples: ['https://www.facebook.com/reel/1195289147628387'] },
    {
      kind: 'post',
      path: new RegExp(`^/${RESERVED}(?<author>[\\w.]+)/(?:posts|videos|photos(?:/[\\w.]+)?)/(?:[\\w.-]+/)?(?<postId>pfbid\\w+|\\d+)/?$`),
      examples: [
        'https://www.facebook.com/barackobama/posts/10153664894881749',
        'https://www.facebook.com/maxlayn/posts/10153807558977570',
        'https://www.facebook.com/Facebook/photos/a.10152716010956729/10152716011076729',
        'https://www.facebook.com/cnn/videos/10155529876156509/',
        'https://www.facebook.com/100064860875397/videos/644342003942740',
        'https://m.facebook.com/Nintendo/photos/pcb.3065154550235644/3065146500236449/?type=3&source=48&refid=52&__tn__=EH-R',
        'https://www.facebook.com/119240841493711/posts/check-out-these-themed-wallpapers/3065154550235644/',
        'https://www.facebook.com/ChristyClarkForBC/videos/vb.22819070941/10153870694020942/?type=2&theater',
      ],
    },
    { kind: 'profile', path: /^\/profile\.php$/, query: { author: 'id' }, examples: ['https://www.facebook.com/profile.php?id=100064860875397'] },
    { kind: 'profile', path: /^\/people\/[^/]+\/(?<author>\d+)\/?$/, examples: ['https://www.facebook.com/people/facebook/100064860875397/?sk=photos'] },
    {
      kind: 'profile',
      // The page or person and its tabs (photos, albums, videos, about …).
      path: new RegExp(
        `^/${RESERVED}(?<author>[\\w.]{2,})(?:/(?:photos(?:_by|_of|_albums(?:/[^/]+)?)?|videos|reels|about|friends|followers|following|posts|mentions|events|reviews|live_videos)?)?/?$`,
      ),
      examples: [
        'https://www.facebook.com/facebook',
        'https://m.facebook.com/Nintendo/',
        'https://www.facebook.com/facebook/photos',
        'https://www.facebook.com/facebook/photos_albums',
      ],
    },
  ],
  otherExamples: [
    'https://www.facebook.com/',
    'https://www.facebook.com/watch/',
    'https://www.facebook.com/groups/feed/',
    'https://www.facebook.com/marketplace',
    'https://fb.com/',
  ],
  extract,
});
