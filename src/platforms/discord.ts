import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, textOf, toIso } from './dom';
import { definePlatform } from './define-platform';

// Discord messages are visible only to signed-in members, so no saved page exists; the fixture is
// hand-made after the web client's id scheme: chat-messages-<channel>-<message>,
// message-content-<message>, message-username-<message>, avatars/<user id>/ in the avatar URL.
function extract(doc: Document, url: URL): ExtractedPost {
  const [, , channelId, messageId] = /^\/channels\/([^/]+)\/(\d+)\/(\d+)/.exec(url.pathname) ?? [];
  if (!messageId) return {};
  const item = doc.getElementById(`chat-messages-${channelId}-${messageId}`);
  if (!item) return { postId: messageId };
  // Follow-up messages from the same person omit the header; it is on an earlier sibling.
  let header: Element | null = item;
  while (header && !header.querySelector('[id^="message-username-"]')) header = header.previousElementSibling;
  const avatar = header?.querySelector('img[src*="/avatars/"]')?.getAttribute('src') ?? '';
  const attachments = [...item.querySelectorAll('a[href*="/attachments/"], img[src*="/attachments/"], video[src*="/attachments/"]')].map(
    (el) => el.getAttribute('href') ?? el.getAttribute('src'),
  );
  return {
    postId: messageId,
    author: { name: textOf(header?.querySelector('[id^="message-username-"]')), id: /\/avatars\/(\d+)\//.exec(avatar)?.[1] },
    publishedAt: toIso(item.querySelector('time[datetime]')?.getAttribute('datetime')),
    text: clip(doc.getElementById(`message-content-${messageId}`)?.textContent),
    media: mediaUrls(attachments, url),
  };
}

export default definePlatform({
  id: 'discord',
  name: 'Discord',
  hosts: [
    'discord.com',
    { host: 'discordapp.com', confidence: 'low', note: 'legacy domain and media CDN' },
    { host: 'discord.gg', exact: true },
    // Resized attachments are served from media.discordapp.net (gallery-dl extractor/kemono.py).
    { host: 'media.discordapp.net', exact: true, confidence: 'low', note: 'media CDN' },
  ],
  rules: [
    {
      kind: 'media',
      host: /^(?:cdn|media)\.discordapp\.(?:com|net)$/,
      path: /^\/attachments\//,
      confidence: 'low',
      examples: ['https://cdn.discordapp.com/attachments/1306705919916249098/1306706528786583623/image.png'],
    },
    { kind: 'shortlink', host: /^discord\.gg$/, path: /^\/[\w-]+\/?$/, examples: ['https://discord.gg/H5MNcFW63r', 'https://discord.gg/rSzQwRvGnE'] },
    { kind: 'shortlink', path: /^\/invite\/[\w-]+\/?$/, examples: ['https://discord.com/invite/H5MNcFW63r'] },
    // "Copy Message Link" gives /channels/<server or @me>/<channel>/<message>.
    {
      kind: 'post',
      path: /^\/channels\/(?:\d+|@me)\/\d+\/(?<postId>\d+)/,
      examples: ['https://discord.com/channels/302094807046684672/1306706528786583623/1306706528786583623'],
    },
    {
      kind: 'other',
      path: /^\/channels\//,
      examples: [
        'https://discord.com/channels/302094807046684672/1306705919916249098',
        'https://discord.com/channels/@me/302094807046684672',
        'https://discord.com/channels/302094807046684672',
        'https://discord.com/channels/1234567890',
      ],
    },
  ],
  otherExamples: ['https://discord.com/', 'https://discord.com/report'],
  extract,
});
