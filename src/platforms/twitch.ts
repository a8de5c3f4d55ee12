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
    {
      kind: 'post',
      path: /^\/(?:(?<author>\w+)\/)?clip\/(?<postId>[\w-]+)/,
      examples: ['https://www.twitch.tv/rflegendary/clip/UninterestedBeeDAESuppy', 'https://m.twitch.tv/clip/FaintLightGullWholeWheat'],
    },
    // The embeddable player names a past broadcast by ?video=v<id>, a channel by ?channel=.
    { kind: 'post', host: /^player\.twitch\.tv$/, path: /^\/?$/, query: { postId: 'video' }, examples: ['https://player.twitch.tv/?video=480452374'] },
    { kind: 'profile', host: /^player\.twitch\.tv$/, path: /^\/?$/, query: { author: 'channel' }, examples: ['https://player.twitch.tv/?channel=lotsofs'] },
    // A past broadcast opened from the channel's schedule.
    {
      kind: 'post',
      path: /^\/(?<author>\w+)\/schedule\/?$/,
      query: { postId: 'vodID' },
      examples: ['https://www.twitch.tv/tangotek/schedule?vodID=1822395420'],
    },
    {
      kind: 'profile',
      path: /^\/(?!(?:videos|directory|settings|p|search|downloads|jobs|login|signup|subscriptions|inventory|wallet|drops|friends|messages|turbo|prime|store|privacy|legal|team)(?:\/|$))(?<author>\w+)(?:\/(?:videos(?:\/all)?|clips|about|schedule))?\/?$/,
      examples: [
        'http://www.twitch.tv/shroomztv',
        'https://www.twitch.tv/spamfish/videos?filter=archives',
        'https://www.twitch.tv/vanillatv/clips?filter=clips&range=all',
      ],
    },
  ],
  otherExamples: ['https://www.twitch.tv/', 'https://www.twitch.tv/directory', 'https://www.twitch.tv/p/en/legal/dmca-guidelines/'],
});
