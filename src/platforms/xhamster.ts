import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'xhamster',
  name: 'xHamster',
  hosts: [
    'xhamster.com',
    'xhamster.one',
    'xhamster.desi',
    'xhamster2.com',
    'xhms.pro',
    'xhday.com',
    'xhvid.com',
    // Numbered mirrors seen in yt-dlp's extractor/xhamster.py tests; others exist and are not guessed at.
    'xhamster11.com',
    'xhamster20.desi',
    'xhamster26.com',
    // Thumbnails and video files (yt-dlp extractor/xhamster.py).
    { host: 'xhcdn.com', note: 'media CDN' },
  ],
  rules: [
    { kind: 'media', host: /(?:^|\.)xhcdn\.com$/, path: /^\/./, examples: ['https://ic-vt-nss.xhcdn.com/a/MjM1YWQ1/000/015/315/1509445_b.jpg'] },
    { kind: 'post', path: /^\/xembed\.php$/, query: { postId: 'video' }, examples: ['http://xhamster.com/xembed.php?video=3328539'] },
    // The id is the part after the last hyphen of the slug.
    {
      kind: 'post',
      path: /^\/videos\/(?:[\w-]*-)?(?<postId>\w+)\/?$/,
      examples: [
        'https://xhamster.com/videos/femaleagent-shy-beauty-takes-the-bait-1509445',
        'https://xhamster2.com/videos/femaleagent-shy-beauty-takes-the-bait-1509445',
      ],
    },
    { kind: 'post', path: /^\/movies\/(?<postId>\d+)\//, examples: ['http://xhamster.com/movies/5667973/.html'] },
    {
      kind: 'post',
      path: /^\/photos\/gallery\/(?:[\w-]*-)?(?<postId>\d+)\/?$/,
      examples: ['https://xhamster.com/photos/gallery/make-the-world-better-11748968'],
    },
    { kind: 'profile', path: /^\/(?:users|creators|pornstars)\/(?<author>[\w-]+)/, examples: ['https://xhamster.com/users/firatkaan/videos'] },
  ],
  otherExamples: ['https://xhamster.com/', 'https://xhamster.com/info/dmca'],
  note: 'Numbered mirror domains (xhamster<N>.com) other than xhamster2.com are not recognised.',
});
