import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'flickr',
  name: 'Flickr',
  hosts: ['flickr.com', { host: 'flic.kr', exact: true }, 'staticflickr.com'],
  rules: [
    {
      kind: 'media',
      // farmN.static.flickr.com is the older name of the same file host.
      host: /staticflickr\.com$|(?:^|\.)static\.flickr\.com$/,
      path: /^\/.*?(?<postId>\d+)_\w+(?:_\w)?\.\w+$/,
      examples: ['http://c2.staticflickr.com/2/1475/24531000464_9a7503ae68_b.jpg', 'https://live.staticflickr.com/8572/16055522574_ce77fde14e_b.jpg'],
    },
    { kind: 'shortlink', host: /^flic\.kr$/, path: /^\/p\/(?<postId>\w+)\/?$/, examples: ['https://flic.kr/p/FPVo9U'] },
    {
      kind: 'post',
      path: /^\/photos\/(?<author>[\w@-]+)\/(?<postId>\d+)/,
      examples: [
        'https://www.flickr.com/photos/departingyyz/16089302239',
        'http://www.flickr.com/photos/forestwander-nature-pictures/5645318632/in/photostream/',
      ],
    },
    {
      kind: 'post',
      path: /^\/photos\/(?<author>[\w@-]+)\/(?:sets|albums|galleries)\/(?<postId>\d+)/,
      examples: ['https://www.flickr.com/photos/desescribir/sets/72157650686499888'],
    },
    {
      kind: 'profile',
      path: /^\/(?:photos|people)\/(?!tags\/)(?<author>[\w@-]+)(?:\/(?:albums|sets|galleries|favorites|with|page\d+))?\/?$/,
      examples: ['https://www.flickr.com/photos/shona_s/', 'https://www.flickr.com/photos/shona_s/albums', 'https://www.flickr.com/photos/shona_s/favorites'],
    },
  ],
  otherExamples: ['https://www.flickr.com/', 'https://www.flickr.com/search/?text=test', 'https://www.flickr.com/help/guidelines/'],
});
