import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'twitch',
  name: 'Twitch',
  hosts: ['twitch.tv'],
  rules: [
    {
      kind: 'post',
      host: /^clips\.twitch\.tv$/,
      path: /^\/(?:(?<author>\w+)\/)?(?<postId>[\w-]+)\/?$/,
      examples: ['https://clips.twitch.tv/FaintLightGullWholeWheat', 'https://clips.twitch.tv/rflegendary/UninterestedBeeDAESuppy'],
    },
    { kind: 'post', path: /^\/videos\/(?<postId>\d+)/, examples: ['https://www.twitch.tv/videos/6528877', 'https://www.twitch.tv/videos/72749628'] },
    { kind: 'post', path: /^\/(?<author>\w+)\/(?:v|video)\/(?<postId>\d+)/, examples: ['https://m.twitch.tv/beagsandjam/v/247478721'] },
    { kind: 'post', path: /^\/(?<author>\w+)\/clip\/(?<postId>[\w-]+)/, examples: ['https://www.twitch.tv/rflegendary/clip/UninterestedBeeDAESuppy'] },
    {
      kind: 'profile',
      path: /^\/(?!(?:videos|directory|settings|p|search|downloads|jobs|login|signup|subscriptions|inventory|wallet|drops|friends|messages|turbo|prime|store|privacy|legal|team)(?:\/|$))(?<author>\w+)\/?$/,
      examples: ['http://www.twitch.tv/shroomztv'],
    },
  ],
  otherExamples: ['https://www.twitch.tv/', 'https://www.twitch.tv/directory', 'https://www.twitch.tv/p/en/legal/dmca-guidelines/'],
});
