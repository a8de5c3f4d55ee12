import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'pinterest',
  name: 'Pinterest',
  hosts: [
    'pinterest.com',
    'pin.it',
    // Pin images (gallery-dl test/results/pinterest.py).
    { host: 'i.pinimg.com', exact: true, note: 'media CDN' },
    // Country sites seen in the reference examples and fixtures.
    'pinterest.ca',
    'pinterest.de',
    'pinterest.co.uk',
    'pinterest.fr',
    'pinterest.es',
    'pinterest.it',
    'pinterest.com.au',
    'pinterest.com.mx',
    'pinterest.jp',
  ],
  rules: [
    { kind: 'media', host: /^i\.pinimg\.com$/, path: /^\/./, examples: ['https://i.pinimg.com/originals/0f/b0/8c/0fb08c519067dd263a1fcfecea775450.jpg'] },
    { kind: 'shortlink', host: /^pin\.it$/, path: /^\/\w+\/?$/, examples: ['https://pin.it/Hvt8hgT'] },
    // Pin URLs are /pin/<id>/ or /pin/<slug>--<id>/.
    {
      kind: 'post',
      path: /^\/pin\/(?:[\w-]*--)?(?<postId>\d+)/,
      examples: [
        'https://www.pinterest.com/pin/858146903966145189/',
        'https://www.pinterest.ca/pin/441282463481903715/',
        'https://www.pinterest.co.uk/pin/astateofbliss--605804587389853572/',
      ],
    },
    {
      kind: 'profile',
      path: /^\/(?!(?:pin|search|ideas|today|business|settings|categories|login|explore|videos|_)(?:\/|$))(?<author>[\w-]+)\/(?:(?:_[a-z]+|pins)\/?)?$/,
      examples: ['https://www.pinterest.com/g1952849/', 'https://www.pinterest.de/digitalmomblog/_created/'],
    },
    // A board collects many people's Pins: report the Pin, not the board.
    {
      kind: 'other',
      path: /^\/[\w-]+\/[\w-]+\/?$/,
      examples: ['https://www.pinterest.com/g1952849/stuff/', 'https://www.pinterest.co.uk/hextra7519/based-animals/'],
    },
  ],
  otherExamples: ['https://www.pinterest.com/', 'https://www.pinterest.com/search/pins/?q=test', 'https://www.pinterest.com/ideas/'],
});
