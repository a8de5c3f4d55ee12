import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'imgur',
  name: 'Imgur',
  hosts: ['imgur.com', 'imgur.io'],
  rules: [
    {
      kind: 'media',
      host: /^i\.imgur\.(?:com|io)$/,
      path: /^\/(?<postId>\w+)\.\w+$/,
      examples: ['https://i.imgur.com/21yMxCS.png', 'https://i.imgur.com/crGpqCV.mp4', 'https://i.imgur.com/j1CNCZY.gif?noredirect'],
    },
    // Album and gallery URLs may carry a title slug before the id: /gallery/<slug>-<id>.
    {
      kind: 'post',
      path: /^\/(?:a|gallery|t\/\w+)\/(?:[\w-]*-)?(?<postId>[a-zA-Z0-9]{5,})\/?$/,
      examples: [
        'https://imgur.com/a/TcBmP',
        'https://m.imgur.com/a/TcBmP',
        'https://imgur.com/gallery/zf2fIms',
        'https://imgur.com/gallery/guy-gets-out-of-car-during-long-traffic-jam-to-pet-dog-zf2fIms',
        'https://imgur.com/gallery/Sdc0Klc',
      ],
    },
    { kind: 'profile', path: /^\/user\/(?<author>[\w-]+)/, examples: ['https://imgur.com/user/Miguenzo'] },
    // The page of a single image: /<id> or /<slug>-<id>.
    {
      kind: 'post',
      path: /^\/(?!(?:upload|signin|register|search|hot|new|top|rules|privacy|tos|about|removalrequest|emerald|apps|user|a|gallery|t)(?:\/|$))(?:[\w-]*-)?(?<postId>[a-zA-Z0-9]{5,8})\/?$/,
      examples: ['https://imgur.com/21yMxCS', 'https://imgur.com/test-21yMxCS'],
    },
  ],
  otherExamples: ['https://imgur.com/', 'https://imgur.com/upload', 'https://imgur.com/rules'],
});
