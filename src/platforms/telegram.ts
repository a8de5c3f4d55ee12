import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, meta, metaAll, textOf, toIso } from './dom';
import { definePlatform } from './define-platform';

// A message id is only unique inside its channel, so the post id is "channel/message".
const channelPost = (g: Record<string, string>): string => `${g.author}/${g.msg}`;
const NOT_CHANNEL = '(?!(?:s|c|joinchat|addstickers|addemoji|share|proxy|socks|iv|login|setlanguage|confirmphone|invoice|boost)(?:/|$))';

function extract(doc: Document, url: URL): ExtractedPost {
  const fromUrl = /^\/(?:s\/)?(\w+)\/(\d+)/.exec(url.pathname);
  const wanted = fromUrl ? `${fromUrl[1]}/${fromUrl[2]}` : undefined;
  // t.me/s/<channel> and ?embed=1 pages render messages as .tgme_widget_message[data-post].
  const message = doc.querySelector(`.tgme_widget_message[data-post="${wanted}"]`) ?? (wanted ? null : doc.querySelector('.tgme_widget_message[data-post]'));
  if (message) {
    const photos = [...message.querySelectorAll('.tgme_widget_message_photo_wrap')].map(
      (el) => /url\(['"]?([^'")]+)/.exec(el.getAttribute('style') ?? '')?.[1],
    );
    const videos = [...message.querySelectorAll('video')].map((v) => v.getAttribute('src'));
    const owner = message.querySelector('.tgme_widget_message_owner_name');
    const channel = message.getAttribute('data-post')?.split('/')[0];
    return {
      postId: message.getAttribute('data-post') ?? undefined,
      author: { name: textOf(owner), handle: channel ? `@${channel}` : undefined },
      publishedAt: toIso(
        message.querySelector('.tgme_widget_message_date time')?.getAttribute('datetime') ?? message.querySelector('time[datetime]')?.getAttribute('datetime'),
      ),
      text: clip(message.querySelector('.tgme_widget_message_text')?.textContent),
      media: mediaUrls([...photos, ...videos], url),
    };
  }
  // The t.me/<channel>/<id> preview shows the post only in an iframe; its meta tags carry the
  // channel title (og:title) and the message text (og:description). No time is given.
  const widget = doc.querySelector('[data-telegram-post]')?.getAttribute('data-telegram-post') ?? wanted;
  const channel = widget?.split('/')[0];
  return {
    postId: widget,
    author: { name: meta(doc, 'og:title'), handle: channel ? `@${channel}` : undefined },
    text: clip(meta(doc, 'og:description')),
    media: mediaUrls(metaAll(doc, 'og:image'), url),
  };
}

export default definePlatform({
  id: 'telegram',
  name: 'Telegram',
  hosts: ['t.me', 'telegram.me', 'telegram.org'],
  rules: [
    { kind: 'other', host: /telegram\.org$/, path: /^\//, examples: ['https://telegram.org/dsa-report'] },
    { kind: 'shortlink', path: /^\/(?:\+|joinchat\/)[\w-]+\/?$/, examples: ['https://t.me/+AbCdEfGhIjK', 'https://t.me/joinchat/AbCdEfGhIjK'] },
    // Private-group links open only for members; Telegram says it does not act on private chats.
    {
      kind: 'post',
      path: /^\/c\/(?<chat>\d+)\/(?<msg>\d+)/,
      postId: (g) => `c/${g.chat}/${g.msg}`,
      confidence: 'medium',
      examples: ['https://t.me/c/1234567890/42'],
    },
    {
      kind: 'post',
      path: new RegExp(`^/(?:s/)?${NOT_CHANNEL}(?<author>\\w{4,32})/(?<msg>\\d+)`),
      postId: channelPost,
      examples: ['https://t.me/europa_press/613', 'https://t.me/vorposte/29342?single', 'https://t.me/chollometro/28542', 'https://t.me/s/durov/142'],
    },
    {
      kind: 'profile',
      path: new RegExp(`^/(?:s/)?${NOT_CHANNEL}(?<author>\\w{4,32})/?$`),
      examples: ['https://t.me/notoscam', 'https://t.me/vorposte', 'https://telegram.me/durov'],
    },
  ],
  otherExamples: ['https://t.me/', 'https://t.me/addstickers/Animals', 'https://telegram.org/'],
  extract,
});
