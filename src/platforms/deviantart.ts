import { definePlatform } from './define-platform';

// First path segments that are DeviantArt features, not a member's name.
const RESERVED =
  '(?!(?:about|contact-us|search|tag|topic|daily-deviations|popular|watch|notifications|settings|join|users|core-membership|team|view|deviation|stash|art|shop|developers|account|submit|studio)(?:/|$))';
// Members' pages live at /<name>/… on www.deviantart.com and at /… on the older <name>.deviantart.com.
const USER = `(?:${RESERVED}(?<author>[\\w-]+)/)`;
const MEMBER_HOST = /^(?!(?:www|fav|sta)\.)(?<author>[\w-]+)\.deviantart\.com$/;
// Gallery folders are numbered (old) or named by a UUID (2020+).
const TABS =
  '(?:gallery(?:/(?:all|scraps|recommended-for-you))?|favourites(?:/all)?|posts(?:/(?:journals|statuses|polls))?|journal|about|watching|prints|shop)';
const FOLDER = '(?:\\d+|[\\dA-F]{8}-[\\dA-F]{4}-[\\dA-F]{4}-[\\dA-F]{4}-[\\dA-F]{12})';

export default definePlatform({
  id: 'deviantart',
  name: 'DeviantArt',
  hosts: [
    'deviantart.com',
    { host: 'fav.me', exact: true },
    { host: 'sta.sh', exact: true },
    // DeviantArt's own image host on Wix's media platform (gallery-dl test/results/deviantart.py).
    { host: 'images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com', exact: true, note: 'media CDN' },
    // An embed-fixing mirror that shows the same deviation under the same path.
    'fxdeviantart.com',
  ],
  rules: [
    {
      kind: 'media',
      host: /^images-wixmp-ed30a86b8c4ca887773594c2\.wixmp\.com$/,
      path: /^\//,
      examples: [
        'https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.com/f/940f2d05-c5eb-4917-8192-7eb6a2d508c6/dcvdmbx-08eb6ce5-c892-4f16-8676-668cd2276697.png',
      ],
    },
    { kind: 'shortlink', host: /^fav\.me$/, path: /^\/(?<postId>\w+)\/?$/, examples: ['https://fav.me/ddijrpu'] },
    { kind: 'post', host: /^sta\.sh$/, path: /^\/(?<postId>\w+)\/?$/, examples: ['https://sta.sh/022c83odnaxc'] },
    { kind: 'post', path: /^\/stash\/(?<postId>\w+)\/?$/, examples: ['https://www.deviantart.com/stash/022c83odnaxc'] },
    // Links by number alone, old and new.
    {
      kind: 'post',
      path: /^\/(?:view|deviation)\/(?<postId>\d+)\/?$/,
      examples: ['https://www.deviantart.com/view/706871727', 'https://www.deviantart.com/deviation/817215762'],
    },
    { kind: 'post', path: /^\/view(?:-full)?\.php$/, query: { postId: 'id' }, examples: ['https://www.deviantart.com/view.php?id=14864502'] },
    // The deviation id ends the slug: /<user>/art/<Title>-<id>; old links omit the user. Journal entries are deviations too.
    {
      kind: 'post',
      path: new RegExp(`^/${USER}?(?:art|journal)/(?:[\\w-]*-)?(?<postId>\\d+)/?$`),
      examples: [
        'https://www.deviantart.com/shimoda7/art/For-the-sake-10073852',
        'https://www.deviantart.com/justatest235723/art/Blue-811519058',
        'http://www.deviantart.com/art/Misty-510056679',
        'https://myria-moon.deviantart.com/art/Aime-Moi-part-en-vadrouille-261986576',
        'https://www.deviantart.com/shimoda7/journal/ARTility-583755752',
        'https://www.fxdeviantart.com/zzz/art/zzz-1234567890',
      ],
    },
    // A gallery folder is an album of the member's own work.
    {
      kind: 'post',
      path: new RegExp(`^/${USER}?gallery/(?<postId>${FOLDER})(?:/[^/]*)?/?$`),
      examples: [
        'https://www.deviantart.com/shimoda7/gallery/722019/Miscellaneous',
        'https://www.deviantart.com/shimoda7/gallery/B38E3C6A-2029-6B45-757B-3C8D3422AD1A/misc',
        'https://yakuzafc.deviantart.com/gallery/37412168/Crafts',
      ],
    },
    // A favourites collection gathers other people's work, like a board.
    {
      kind: 'other',
      path: new RegExp(`^/${USER}?favourites/${FOLDER}(?:/[^/]*)?/?$`),
      examples: ['https://www.deviantart.com/pencilshadings/favourites/70595441/3D-Favorites'],
    },
    // The member's page and its tabs: gallery, favourites, posts, journal, about, watching.
    {
      kind: 'profile',
      host: MEMBER_HOST,
      path: new RegExp(`^/(?:${TABS}/?)?$`),
      examples: ['https://shimoda7.deviantart.com/', 'https://h3813067.deviantart.com/favourites/all'],
    },
    {
      kind: 'profile',
      path: new RegExp(`^/${RESERVED}(?<author>[\\w-]+)(?:/${TABS})?/?$`),
      examples: [
        'https://www.deviantart.com/shimoda7',
        'https://www.deviantart.com/shimoda7/gallery/',
        'https://www.deviantart.com/shimoda7/gallery/scraps',
        'https://www.deviantart.com/h3813067/favourites/',
        'https://www.deviantart.com/t1na/posts/statuses',
      ],
    },
  ],
  otherExamples: [
    'https://www.deviantart.com/',
    'https://www.deviantart.com/about/policy/copyright/',
    'https://www.deviantart.com/search?q=test',
    'https://www.deviantart.com/tag/nature',
    'https://www.deviantart.com/watch/deviations',
  ],
});
