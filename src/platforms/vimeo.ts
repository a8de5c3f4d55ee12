import { definePlatform } from './define-platform';

// First path segments that are Vimeo features, not a member's name.
const RESERVED =
  '(?!(?:channels|groups|categories|search|upload|features|blog|help|dmca|log_in|join|ondemand|watch|watchlater|showcase|album|event|settings|manage|pricing|moogaloop\\.swf|user|stock|create|solutions|enterprise|legal|about)(?:/|$))';
// A member's tabs; anything else after the name is a video's custom address (/<name>/<slug>).
const TABS = '(?:videos|likes|albums|showcases|collections|followers|following|about|shorts|appearances|channels|groups)';

export default definePlatform({
  id: 'vimeo',
  name: 'Vimeo',
  hosts: ['vimeo.com', 'vimeopro.com', { host: 'vimeocdn.com', note: 'media CDN' }],
  rules: [
    {
      kind: 'media',
      host: /(?:^|\.)vimeocdn\.com$/,
      path: /^\//,
      examples: ['https://i.vimeocdn.com/video/1525599692-84614af88e446612f49ca966cf8f80eab2c73376bedd80555741c521c26f9a3e-d_1280'],
    },
    { kind: 'post', host: /^player\.vimeo\.com$/, path: /^\/video\/(?<postId>\d+)/, examples: ['https://player.vimeo.com/video/311983548'] },
    { kind: 'post', path: /^\/moogaloop\.swf$/, query: { postId: 'clip_id' }, examples: ['http://vimeo.com/moogaloop.swf?clip_id=2539741'] },
    // Unlisted videos add a hash segment: /<id>/<hash>.
    {
      kind: 'post',
      path: /^\/(?:(?:channels|groups)\/[\w-]+\/(?:videos\/)?|(?:showcase|album)\/\d+\/video\/|ondemand\/[\w-]+\/|event\/\d+\/videos\/)?(?<postId>\d+)(?:\/\w+)?\/?$/,
      examples: [
        'https://vimeo.com/56015672#at=0',
        'https://vimeo.com/channels/staffpicks/143603739',
        'https://vimeo.com/311983548',
        'https://vimeo.com/album/2632481/video/79010983',
        'https://vimeo.com/ondemand/thelastcolony/150274832',
      ],
    },
    // Showcases (once albums), films for sale or rent, and live events: one work each.
    {
      kind: 'post',
      path: /^\/(?:showcase|album|ondemand|event)\/(?<postId>[\w-]+)/,
      examples: ['https://vimeo.com/showcase/10677689/embed', 'https://vimeo.com/ondemand/nazmaalik', 'https://vimeo.com/event/5116195'],
    },
    // A review page shares one video with its reviewers: /<name>/review/<id>/<hash>.
    {
      kind: 'post',
      path: /^\/(?<author>[\w-]+)\/review\/(?<postId>\d+)/,
      examples: ['https://vimeo.com/user21297594/review/75524534/3c257a1b5d'],
    },
    {
      kind: 'post',
      host: /^(?:www\.)?vimeopro\.com$/,
      path: /^\/(?<author>[\w-]+)\/[\w-]+(?:\/video\/(?<postId>\d+))?\/?$/,
      examples: ['http://vimeopro.com/openstreetmapus/state-of-the-map-us-2013/video/68093876'],
    },
    {
      kind: 'profile',
      path: new RegExp(`^/${RESERVED}(?<author>[a-z][\\w-]*)(?:/${TABS})?/?$`, 'i'),
      examples: ['https://vimeo.com/nkistudio/videos', 'https://vimeo.com/vimeocuration', 'https://vimeo.com/stormlapse/likes'],
    },
    {
      kind: 'post',
      path: new RegExp(`^/${RESERVED}(?<author>[a-z][\\w-]*)/(?!${TABS}(?:/|$))[\\w-]+/?$`, 'i'),
      examples: ['https://vimeo.com/user26785108/newspiritualguide'],
    },
  ],
  otherExamples: ['https://vimeo.com/', 'https://vimeo.com/channels/staffpicks', 'https://vimeo.com/dmca', 'https://vimeo.com/watchlater'],
});
