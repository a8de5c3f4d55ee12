import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'kick',
  name: 'Kick',
  hosts: ['kick.com'],
  rules: [
    { kind: 'post', path: /^\/(?<author>[\w-]+)\/videos\/(?<postId>[\w-]+)/, examples: ['https://kick.com/xqc/videos/5c697a87-afce-4256-b01f-3c8fe71ef5cb'] },
    { kind: 'post', path: /^\/(?<author>[\w-]+)\/clips\/(?<postId>[\w-]+)/, examples: ['https://kick.com/spreen/clips/clip_01J8RGZRKHXHXXKJEHGRM932A5'] },
    {
      kind: 'profile',
      path: /^\/(?!(?:categories|browse|following|search|dmca-policy|community-guidelines|terms-of-service|privacy-policy|login|signup|settings|dashboard|video|clips)(?:\/|$))(?<author>[\w-]+)\/?$/,
      examples: ['https://kick.com/buddha'],
    },
  ],
  otherExamples: ['https://kick.com/', 'https://kick.com/dmca-policy', 'https://kick.com/browse'],
});
