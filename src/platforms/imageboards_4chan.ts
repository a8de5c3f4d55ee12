import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'imageboards_4chan',
  name: '4chan and similar imageboards',
  hosts: [{ host: 'boards.4chan.org', exact: true }, { host: 'boards.4channel.org', exact: true }, { host: 'i.4cdn.org', exact: true }, '8kun.top'],
  rules: [
    { kind: 'media', host: /^i\.4cdn\.org$/, path: /^\/\w+\/(?<postId>\d+)\.\w+$/, examples: ['https://i.4cdn.org/wg/1694023485631944.jpg'] },
    {
      kind: 'post',
      path: /^\/\w+\/(?:thread|res)\/(?<postId>\d+)/,
      examples: ['https://boards.4chan.org/tg/thread/15396072/', 'https://boards.4chan.org/wg/thread/8010591', 'https://8kun.top/a/res/12345.html'],
    },
  ],
  otherExamples: ['https://boards.4chan.org/wg/', 'https://8kun.top/'],
});
