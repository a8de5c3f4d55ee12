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
      // Albums and galleries, also reached through a topic (/topic/<name>/) or a subreddit gallery (/r/<name>/).
      path: /^\/(?:a|gallery|t\/\w+|topic\/\w+|r\/\w+)\/(?:[\w-]*-)?(?<postId>[a-zA-Z0-9]{5,})(?:\/all)?\/?$/,
      examples: [
        'https://imgur.com/a/TcBmP',
        'https://m.imgur.com/a/TcBmP',
        'https://imgur.com/gallery/zf2fIms',
        'https://imgur.com/gallery/guy-gets-out-of-car-during-long-traffic-jam-to-pet-dog-zf2fIms',
        'https://imgur.com/gallery/Sdc0Klc',
      ],
    },
    // /user/me/… is whoever is signed in, not a person to name.
    { kind: 'profile', path: /^\/user\/(?!me(?:\/|$))(?<author>[\w-]+)/, examples: ['https://imgur.com/user/Miguenzo'] },
    // The page of a single image: /<id> or /<slug>-<id>.
    {
      kind: 'post',
      path: /^\/(?!(?:upload|signin|register|search|hot|new|top|rules|privacy|tos|about|removalrequest|emerald|apps|user|a|gallery|t|topic|r)(?:\/|$))(?:[\w-]*-)?(?<postId>[a-zA-Z0-9]{5,8})\/?$/,
      examples: ['https://imgur.com/21yMxCS', 'https://imgur.com/test-21yMxCS'],
    },
  ],
  otherExamples: ['https://imgur.com/', 'https://imgur.com/upload', 'https://imgur.com/rules'],
});
