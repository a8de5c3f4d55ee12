import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'vimeo',
  name: 'Vimeo',
  hosts: ['vimeo.com', 'vimeopro.com'],
  rules: [
    { kind: 'post', host: /^player\.vimeo\.com$/, path: /^\/video\/(?<postId>\d+)/, examples: ['https://player.vimeo.com/video/311983548'] },
    // Unlisted videos add a hash segment: /<id>/<hash>.
    {
      kind: 'post',
      path: /^\/(?:(?:channels|groups)\/[\w-]+\/(?:videos\/)?|showcase\/\d+\/video\/)?(?<postId>\d+)(?:\/\w+)?\/?$/,
      examples: ['https://vimeo.com/56015672#at=0', 'https://vimeo.com/channels/staffpicks/143603739', 'https://vimeo.com/311983548'],
    },
    {
      kind: 'profile',
      path: /^\/(?!(?:channels|groups|categories|search|upload|features|blog|help|dmca|log_in|join|ondemand|watch|showcase|settings|manage|pricing)(?:\/|$))(?<author>[a-z][\w-]*)(?:\/videos)?\/?$/i,
      examples: ['https://vimeo.com/nkistudio/videos', 'https://vimeo.com/vimeocuration'],
    },
  ],
  otherExamples: ['https://vimeo.com/', 'https://vimeo.com/channels/staffpicks', 'https://vimeo.com/dmca'],
});
