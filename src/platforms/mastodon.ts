import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'mastodon',
  name: 'Mastodon (fediverse)',
  hosts: [
    // Any server can run Mastodon; only these are recognised from the URL alone.
    ...[
      'mastodon.social',
      'mastodon.online',
      'mstdn.social',
      'mas.to',
      'mastodon.world',
      'fosstodon.org',
      'hachyderm.io',
      'infosec.exchange',
      'freeradical.zone',
    ].map((host) => ({ host, exact: true })),
  ],
  rules: [
    {
      kind: 'post',
      path: /^\/(?:web\/)?@(?<author>[\w.@-]+)\/(?<postId>\d+)/,
      examples: ['https://mastodon.social/@jk/103794036899778366', 'https://freeradical.zone/@bitartbot/114477182939377350'],
    },
    // A status by id alone redirects to its author's page.
    { kind: 'post', path: /^\/statuses\/(?<postId>\d+)\/?$/, examples: ['https://mastodon.social/statuses/103794036899778366'] },
    { kind: 'post', path: /^\/users\/(?<author>\w+)\/statuses\/(?<postId>\d+)/, examples: ['https://mastodon.social/users/jk/statuses/103794036899778366'] },
    {
      kind: 'profile',
      path: /^\/(?:(?:web\/)?@|users\/)(?<author>[\w.@-]+)(?:\/(?:following|followers|media|with_replies|tagged\/[^/]+))?\/?$/,
      examples: [
        'https://mastodon.social/@jk',
        'https://mastodon.social/web/@jk',
        'https://mastodon.social/users/jk',
        'https://mastodon.social/@gallerydl/following',
      ],
    },
  ],
  otherExamples: ['https://mastodon.social/', 'https://mastodon.social/about', 'https://mastodon.social/explore'],
  note: "Only a few large servers are recognised by URL; reports go to each server's moderators.",
});
