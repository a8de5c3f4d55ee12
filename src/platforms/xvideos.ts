import { definePlatform } from './define-platform';

// Where a member, channel or performer page starts.
const OWNER = '(?:profiles|channels|models|pornstars|amateurs|amateur-channels|model-channels|pornstar-channels)/(?<author>[\\w-]+)';

export default definePlatform({
  id: 'xvideos',
  name: 'XVideos',
  hosts: [
    'xvideos.com',
    'xvideos2.com',
    'xvideos.es',
    'xvideos.net',
    { host: 'xvideos.red', confidence: 'low' },
    // Thumbnails and video files (yt-dlp extractor/xvideos.py).
    { host: 'xvideos-cdn.com', note: 'media CDN' },
  ],
  rules: [
    {
      kind: 'media',
      host: /(?:^|\.)xvideos-cdn\.com$/,
      path: /^\/./,
      examples: ['https://cdn77-pic.xvideos-cdn.com/videos/thumbs169poster/4b/6e/0a/4b6e0a4c2b/4b6e0a4c2b.30.jpg'],
    },
    // The old Flash player names the video in ?id_video.
    {
      kind: 'post',
      path: /^\/swf\/xv-player\.swf$/,
      query: { postId: 'id_video' },
      examples: ['http://static-hw.xvideos.com/swf/xv-player.swf?id_video=4588838'],
    },
    // A profile's or channel's photo gallery.
    {
      kind: 'post',
      path: new RegExp(`^/${OWNER}/photos/(?<postId>\\d+)`),
      examples: ['https://www.xvideos.com/profiles/pervertedcouple/photos/751031', 'https://www.xvideos.com/amateur-channels/pervertedcouple/photos/12'],
    },
    {
      kind: 'post',
      path: /^\/(?:video\.?|embedframe\/)(?<postId>[\w]+?)(?:\/|$)/,
      examples: ['https://www.xvideos.com/video65982001/what_s_her_name', 'https://www.xvideos.com/embedframe/4588838'],
    },
    {
      kind: 'profile',
      path: new RegExp(`^/${OWNER}`),
      examples: ['https://www.xvideos.com/profiles/lili_love#quickies/a/ipphaob6fd1', 'https://www.xvideos.com/model-channels/pervertedcouple'],
    },
    // Channels also live at the site root: /<name>.
    {
      kind: 'profile',
      host: /^(?:www\.)?xvideos[\w.]*$/,
      path: /^\/(?!(?:video|videos|embedframe|tags?|c|k|search|lang|account|profiles|channels|models|pornstars|amateurs|amateur-channels|model-channels|pornstar-channels|best|new|gay|shemale|history|favorite|change-country|legal|swf)(?:[\d./-]|$))(?<author>[a-z][\w-]*)\/?$/i,
      examples: ['https://www.xvideos.com/lili_love', 'https://www.xvideos.com/lili_love#quickies/a/ipdtikh1a4c'],
    },
  ],
  otherExamples: ['https://www.xvideos.com/', 'https://info.xvideos.com/takedown', 'https://info.xvideos.net/legal/tos/'],
});
