import type { ExtractedPost } from '../shared/types';
import { clip, meta, textOf } from './dom';
import { definePlatform } from './define-platform';

const BLOG_HOST = /^(?!(?:www|media|assets|help|static|api|embed)\.)(?<author>[\w-]+)\.tumblr\.com$/;
// A blog's own pages: numbered pages, the archive, a day's posts, likes and who it follows.
const BLOG_TABS = '(?:page/\\d+|archive|day/\\d{4}/\\d{1,2}/\\d{1,2}|likes|following|followers)';
const SITE_HOST = /^(?:www\.)?tumblr\.com$/;
const SITE_PATHS =
  '(?!(?:dashboard|explore|tagged|search|settings|likes|inbox|login|register|abuse|dmca|policy|about|help|blog|privacy|docs|apps|new|following)(?:/|$))';

function blogName(url: URL, doc: Document): string | undefined {
  const fromHost = BLOG_HOST.exec(url.hostname)?.groups?.author;
  if (fromHost) return fromHost;
  const m = /^\/(?:blog\/view\/)?([\w-]+)/.exec(url.pathname);
  return m?.[1] ?? /blogName=([\w-]+)/.exec(meta(doc, 'al:ios:url') ?? '')?.[1];
}

// Blog posts use the blog's own theme, so the DOM differs per blog; the theme-independent facts
// are in the JSON-LD (date, image), OpenGraph (blog title) and twitter:description (post text).
function extract(doc: Document, url: URL): ExtractedPost {
  const postId = /\/(?:post|image)\/(\d+)/.exec(url.pathname)?.[1] ?? /\/(\d{6,})(?:\/|$)/.exec(url.pathname)?.[1];
  const article = doc.querySelector(`article[data-id="${postId}"], [data-post-id="${postId}"]`);
  return {
    postId,
    author: { name: meta(doc, 'og:title'), handle: blogName(url, doc) },
    text: clip(meta(doc, 'twitter:description', 'og:description', 'description')) ?? textOf(article),
  };
}

export default definePlatform({
  id: 'tumblr',
  name: 'Tumblr',
  hosts: ['tumblr.com'],
  rules: [
    {
      kind: 'media',
      host: /^\d+\.media\.tumblr\.com$/,
      path: /^\//,
      examples: ['https://64.media.tumblr.com/0a0fac1ef8faa0c466d9224567af06aa/tumblr_ow8r0nMybA1spmyulo1_1280.jpg'],
    },
    {
      kind: 'post',
      host: BLOG_HOST,
      path: /^\/(?:post|image)\/(?<postId>\d+)/,
      examples: [
        'https://mikf123.tumblr.com/post/167770226574/text-post',
        'https://mikf123.tumblr.com/image/689860196535762944',
        'http://he-who-photographs-rather-ok.tumblr.com/post/165326273724',
      ],
    },
    {
      kind: 'profile',
      host: BLOG_HOST,
      path: new RegExp(`^/(?:${BLOG_TABS}/?)?$`),
      examples: ['https://mikf123.tumblr.com/', 'https://demo.tumblr.com/page/2', 'https://mikf123.tumblr.com/day/2018/01/05'],
    },
    {
      kind: 'post',
      host: SITE_HOST,
      path: new RegExp(`^/(?:blog/(?:view/)?)?${SITE_PATHS}(?<author>[\\w-]+)/(?<postId>\\d+)`),
      examples: [
        'https://www.tumblr.com/smarties-art/686047436641353728',
        'https://www.tumblr.com/blog/view/smarties-art/686047436641353728',
        'https://www.tumblr.com/blog/smarties-art/686047436641353728',
      ],
    },
    {
      kind: 'profile',
      host: SITE_HOST,
      path: new RegExp(`^/(?:blog/(?:view/)?)?${SITE_PATHS}(?<author>[\\w-]+)(?:/${BLOG_TABS})?/?$`),
      examples: [
        'https://www.tumblr.com/smarties-art',
        'https://www.tumblr.com/blog/view/smarties-art',
        'https://www.tumblr.com/blog/smarties-art',
        'https://www.tumblr.com/mikf123/likes',
      ],
    },
  ],
  otherExamples: ['https://www.tumblr.com/', 'https://www.tumblr.com/dashboard', 'https://www.tumblr.com/tagged/art', 'https://www.tumblr.com/abuse/privacy'],
  extract,
});
