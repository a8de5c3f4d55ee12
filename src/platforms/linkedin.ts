import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com', { host: 'lnkd.in', exact: true, confidence: 'low' }],
  rules: [
    { kind: 'shortlink', host: /^lnkd\.in$/, path: /^\/[\w-]+\/?$/, confidence: 'low', examples: ['https://lnkd.in/eAbCdEf'] },
    // /posts/<vanity>_<slug>-<activity|ugcPost|share>-<id>-<hash>: the vanity name ends at the first underscore.
    {
      kind: 'post',
      path: /^\/posts\/(?<author>[\w-]+?)_[^/]*-(?:activity|ugcPost|share)-(?<postId>\d+)/,
      examples: ['https://www.linkedin.com/posts/mishalkhawaja_sendinblueviews-toronto-digitalmarketing-ugcPost-6850898786781339649-mM20'],
    },
    {
      kind: 'post',
      path: /^\/feed\/update\/urn:li:(?:activity|ugcPost|share):(?<postId>\d+)/,
      examples: ['https://www.linkedin.com/feed/update/urn:li:activity:7016901149999955968/?utm_source=share&utm_medium=member_desktop'],
    },
    {
      kind: 'profile',
      // The member or company page and its tabs (/recent-activity/all/, /posts/, /about/ …).
      path: /^\/(?:in|company)\/(?<author>[\w%-]+)(?:\/(?:recent-activity(?:\/[\w-]+)?|posts|about|people|details\/[\w-]+|life|jobs|videos|images))?\/?$/,
      examples: [
        'https://www.linkedin.com/in/williamhgates/',
        'https://www.linkedin.com/in/natfriedman/',
        'https://www.linkedin.com/in/williamhgates/recent-activity/all/',
        'https://www.linkedin.com/company/microsoft/posts/',
      ],
    },
  ],
  otherExamples: ['https://www.linkedin.com/', 'https://www.linkedin.com/feed/', 'https://www.linkedin.com/help/linkedin/answer/a1339420'],
});
