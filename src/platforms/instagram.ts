import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, meta, metaAll } from './dom';
import { definePlatform } from './define-platform';

const RESERVED = '(?!(?:p|reel|reels|tv|stories|explore|accounts|direct|about|legal|developer|web|challenge|share|emails|privacy|session|graphql|api)(?:/|$))';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// Logged-out pages only say "… - willyrex on May 29, 2021: "caption"": a date without a time
// or zone, so we keep just the date rather than inventing a midnight.
function englishDate(s: string | undefined): string | undefined {
  const [, name = '', day = '', year = ''] = / on ([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(s ?? '') ?? [];
  const month = MONTHS.indexOf(name.toLowerCase()) + 1;
  return name && month ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

function extract(doc: Document, url: URL): ExtractedPost {
  // twitter:title is "Name (@handle) • Instagram photo"; og:title is 'Name on Instagram: "caption"'.
  const who = /^(.*?) \(@([\w.]+)\)/.exec(meta(doc, 'twitter:title') ?? '');
  const ogTitle = meta(doc, 'og:title') ?? '';
  const caption = /^.*? on Instagram: "([\s\S]*)"$/.exec(ogTitle)?.[1];
  const description = meta(doc, 'og:description', 'description');
  const fromDescription = /^[^-]*- ([\w.]+) on /.exec(description ?? '')?.[1];
  const postId = /\/(?:p|reels?|tv)\/([\w-]+)/.exec(url.pathname)?.[1] ?? /\/(?:p|reels?|tv)\/([\w-]+)/.exec(meta(doc, 'og:url') ?? '')?.[1];
  const handle = who?.[2] ?? fromDescription;
  return {
    postId,
    author: { name: who?.[1] ?? /^(.*?) on Instagram/.exec(ogTitle)?.[1], handle: handle ? `@${handle}` : undefined },
    publishedAt: englishDate(description),
    text: clip(caption ?? description),
    media: mediaUrls([...metaAll(doc, 'og:image'), ...metaAll(doc, 'og:video')], url),
  };
}

export default definePlatform({
  id: 'instagram',
  name: 'Instagram',
  hosts: [
    'instagram.com',
    { host: 'instagr.am', confidence: 'low', note: 'short domain' },
    // Photo and video files (gallery-dl test/results/instagram.py: scontent-*.cdninstagram.com).
    { host: 'cdninstagram.com', note: 'media CDN' },
  ],
  rules: [
    {
      kind: 'media',
      host: /(?:^|\.)cdninstagram\.com$/,
      path: /^\/./,
      examples: ['https://scontent-lhr8-1.cdninstagram.com/v/t51.2885-15/e35/44877605_725955034447492_3123079845831750529_n.jpg'],
    },
    {
      kind: 'shortlink',
      path: /^\/share\/(?:reel\/|p\/)?[\w-]+\/?$/,
      examples: ['https://www.instagram.com/share/BACiUUUYQV', 'https://www.instagram.com/share/reel/BARSSL4rTu'],
    },
    {
      kind: 'post',
      path: new RegExp(`^/(?:${RESERVED}(?<author>[\\w.]+)/)?(?:p|reels?|tv)/(?<postId>[\\w-]+)`),
      examples: [
        'https://www.instagram.com/p/BqvsDleB3lV/',
        'https://www.instagram.com/marvelskies.fc/reel/CWqAgUZgCku/',
        'https://www.instagram.com/reel/CN2VQ1yI_MA/',
        'https://instagr.am/p/BqvsDleB3lV/',
      ],
    },
    {
      kind: 'post',
      path: /^\/stories\/highlights\/(?<postId>\d+)/,
      examples: ['https://www.instagram.com/stories/highlights/18042509488170095/', 'https://www.instagram.com/stories/highlights/18090946048123978/'],
    },
    // A person's current stories, or a highlight shared as /s/<base64 id>.
    { kind: 'post', path: /^\/stories\/(?!me\/?$)(?<author>[\w.]+)\/?$/, examples: ['https://www.instagram.com/stories/instagram/'] },
    { kind: 'post', path: /^\/s\/(?<postId>[\w-]+)\/?$/, examples: ['https://www.instagram.com/s/aGlnaGxpZ2h0OjE4MDQyNTA5NDg4MTcwMDk1'] },
    // A guide: /<user>/guide/<slug>/<id>.
    {
      kind: 'post',
      path: new RegExp(`^/${RESERVED}(?<author>[\\w.]+)/guide/[\\w-]+/(?<postId>\\d+)`),
      examples: ['https://www.instagram.com/kadakaofficial/guide/knit-i-need-collection/18131821684305217/'],
    },
    { kind: 'post', path: /^\/stories\/(?<author>[\w.]+)\/(?<postId>\d+)/, examples: ['https://www.instagram.com/stories/fruits_zipper/3570766765028588805/'] },
    {
      kind: 'profile',
      // The account and its tabs (reels, tagged, followers, following).
      path: new RegExp(`^/${RESERVED}(?<author>[\\w.]+)(?:/(?:reels|tagged|followers|following))?/?$`),
      examples: ['https://www.instagram.com/instagram/', 'https://www.instagram.com/instagram/?hl=en', 'https://www.instagram.com/instagram/tagged/'],
    },
  ],
  otherExamples: [
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/direct/inbox/',
  ],
  extract,
});
