import type { ExtractedPost } from '../shared/types';
import { jsonLd, ldType, mediaUrls, str, textOf, toIso } from './dom';
import { definePlatform } from './define-platform';

// The uploader is the account a removal request is about: the "From:" channel or user link.
// JSON-LD "author" names a performer instead, so it is not used for the author.
function extract(doc: Document, url: URL): ExtractedPost {
  const video = jsonLd(doc).find((o) => ldType(o).includes('VideoObject'));
  const wrap = doc.querySelector('.video-detailed-info .usernameWrap') ?? doc.querySelector('.usernameWrap');
  const link = wrap?.querySelector('a[href]');
  const href = link?.getAttribute('href') ?? '';
  return {
    postId: url.searchParams.get('viewkey') ?? /\/embed\/(\w+)/.exec(str(video?.embedUrl) ?? '')?.[1],
    author: {
      name: textOf(link),
      handle: /^\/(?:channels|model|pornstar|users)\/([\w-]+)/.exec(href)?.[1],
      id: wrap?.getAttribute('data-userid') ?? undefined,
      url: href ? mediaUrls([href], url)[0] : undefined,
    },
    publishedAt: toIso(str(video?.uploadDate)),
    title: textOf(doc.querySelector('h1.title .inlineFree') ?? doc.querySelector('h1.title')),
    // The description is site-wide boilerplate ("Watch … on Pornhub.com"), not the uploader's text.
    text: undefined,
    media: mediaUrls([str(video?.thumbnailUrl)], url),
  };
}

export default definePlatform({
  id: 'pornhub',
  name: 'Pornhub',
  hosts: [
    'pornhub.com',
    'pornhub.net',
    'pornhub.org',
    'pornhubpremium.com',
    'thumbzilla.com',
    // Images, GIFs and video files (gallery-dl test/results/pornhub.py).
    { host: 'phncdn.com', note: 'media CDN' },
    { host: 'pornhubvybmsymdol4iibwgwtkpwmeyd6luq2gxajgjzfjvotyt5zhyd.onion', exact: true },
  ],
  rules: [
    { kind: 'media', host: /(?:^|\.)phncdn\.com$/, path: /^\/./, examples: ['https://el.phncdn.com/pics/gifs/043/726/891/43726891a.webm'] },
    {
      kind: 'post',
      path: /^\/(?:view_video\.php|video\/show)$/,
      query: { postId: 'viewkey' },
      examples: ['https://www.pornhub.com/view_video.php?viewkey=ph5af5fef7c2aa7', 'https://www.pornhub.org/view_video.php?viewkey=203640933'],
    },
    // Thumbzilla names the same videos /video/<viewkey>/<slug>.
    {
      kind: 'post',
      host: /(?:^|\.)thumbzilla\.com$/,
      path: /^\/video\/(?<postId>\w+)/,
      examples: ['https://www.thumbzilla.com/video/ph56c6114abd99a/horny-girlfriend-sex'],
    },
    { kind: 'post', path: /^\/embed\/(?<postId>\w+)/, examples: ['https://www.pornhub.com/embed/ph5da270596459c'] },
    { kind: 'post', path: /^\/(?:album|photo|gif)\/(?<postId>\d+)/, examples: ['https://www.pornhub.com/album/19289801'] },
    {
      kind: 'profile',
      path: /^\/(?:model|pornstar|users|channels)\/(?<author>[\w-]+)/,
      examples: ['https://www.pornhub.com/model/zoe_ph', 'https://www.pornhub.com/channels/povd'],
    },
  ],
  otherExamples: ['https://www.pornhub.com/', 'https://www.pornhub.com/content-removal', 'https://www.pornhub.com/video/search?search=test'],
  extract,
});
