import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'threads',
  name: 'Threads',
  hosts: [
    { host: 'threads.net', confidence: 'medium' },
    { host: 'threads.com', confidence: 'medium' },
  ],
  rules: [
    {
      kind: 'post',
      path: /^\/@(?<author>[\w.]+)\/post\/(?<postId>[\w-]+)/,
      examples: [
        'https://www.threads.net/@zuck/post/CuP48CiS5sx',
        'https://www.threads.net/@zuck/post/C9wK8SrvY5T',
        'https://www.threads.net/@zuck/post/C7XOeqoyMQg',
      ],
    },
    { kind: 'shortlink', path: /^\/t\/(?<postId>[\w-]+)\/?$/, examples: ['https://www.threads.net/t/Cu8M4wXLZQx', 'https://www.threads.net/t/CuWRRrQuql9'] },
    { kind: 'profile', path: /^\/@(?<author>[\w.]+)\/?$/, examples: ['https://www.threads.com/@zuck', 'https://www.threads.com/@snowball7766'] },
  ],
  otherExamples: ['https://www.threads.net/', 'https://www.threads.com/search'],
});
