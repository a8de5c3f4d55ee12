import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'kick',
  name: 'Kick',
  hosts: ['kick.com'],
  rules: [
    // Clip files and thumbnails (yt-dlp extractor/kick.py).
    {
      kind: 'media',
      host: /^clips\.kick\.com$/,
      path: /^\/clips\//,
      examples: ['https://clips.kick.com/clips/j3/clip_01H9SKET879NE7N9RJRRDS98J3/thumbnail.png'],
    },
    // A clip opened over its channel page: /<channel>?clip=<id>.
    { kind: 'post', path: /^\/(?<author>[\w-]+)\/?$/, query: { postId: 'clip' }, examples: ['https://kick.com/mxddy?clip=clip_01GYXVB5Y8PWAPWCWMSBCFB05X'] },
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
