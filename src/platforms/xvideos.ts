import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'xvideos',
  name: 'XVideos',
  hosts: ['xvideos.com', 'xvideos2.com', 'xvideos.es', 'xvideos.net', { host: 'xvideos.red', confidence: 'low' }],
  rules: [
    {
      kind: 'post',
      path: /^\/(?:video\.?|embedframe\/)(?<postId>[\w]+?)(?:\/|$)/,
      examples: ['https://www.xvideos.com/video65982001/what_s_her_name', 'https://www.xvideos.com/embedframe/4588838'],
    },
    {
      kind: 'profile',
      path: /^\/(?:profiles|channels|models|pornstars|amateurs)\/(?<author>[\w-]+)/,
      examples: ['https://www.xvideos.com/profiles/lili_love#quickies/a/ipphaob6fd1'],
    },
  ],
  otherExamples: ['https://www.xvideos.com/', 'https://info.xvideos.com/takedown', 'https://info.xvideos.net/legal/tos/'],
});
