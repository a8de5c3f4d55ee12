import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'deviantart',
  name: 'DeviantArt',
  hosts: ['deviantart.com', { host: 'fav.me', exact: true }, { host: 'sta.sh', exact: true }],
  rules: [
    { kind: 'shortlink', host: /^fav\.me$/, path: /^\/(?<postId>\w+)\/?$/, examples: ['https://fav.me/ddijrpu'] },
    { kind: 'post', host: /^sta\.sh$/, path: /^\/(?<postId>\w+)\/?$/, examples: ['https://sta.sh/022c83odnaxc'] },
    // The deviation id ends the slug: /<user>/art/<Title>-<id>; old links omit the user.
    {
      kind: 'post',
      path: /^\/(?:(?<author>[\w-]+)\/)?art\/(?:[\w-]*-)?(?<postId>\d+)\/?$/,
      examples: [
        'https://www.deviantart.com/shimoda7/art/For-the-sake-10073852',
        'https://www.deviantart.com/justatest235723/art/Blue-811519058',
        'http://www.deviantart.com/art/Misty-510056679',
      ],
    },
    {
      kind: 'profile',
      path: /^\/(?!(?:about|contact-us|search|tag|topic|daily-deviations|popular|watch|notifications|settings|join|users|core-membership|team)(?:\/|$))(?<author>[\w-]+)\/?$/,
      examples: ['https://www.deviantart.com/shimoda7'],
    },
  ],
  otherExamples: ['https://www.deviantart.com/', 'https://www.deviantart.com/about/policy/copyright/', 'https://www.deviantart.com/search?q=test'],
});
