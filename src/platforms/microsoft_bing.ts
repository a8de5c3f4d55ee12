import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'microsoft_bing',
  name: 'Bing / Microsoft (OneDrive, Xbox)',
  hosts: ['bing.com', { host: 'onedrive.live.com', exact: true, confidence: 'unconfirmed' }, { host: '1drv.ms', exact: true, confidence: 'low' }],
  rules: [
    { kind: 'shortlink', host: /^1drv\.ms$/, path: /^\/\w/, confidence: 'low', examples: ['https://1drv.ms/u/s!AbCdEfGh'] },
    {
      kind: 'other',
      path: /^\/(?:images\/|videos\/)?search\/?$/,
      examples: ['https://www.bing.com/search?q=jane+doe', 'https://www.bing.com/images/search?q=jane+doe'],
    },
  ],
  otherExamples: ['https://www.bing.com/', 'https://onedrive.live.com/'],
});
