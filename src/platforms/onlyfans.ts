import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, meta, metaAll } from './dom';
import { definePlatform } from './define-platform';

const RESERVED =
  '(?!(?:my|home|notifications|messages|chats|bookmarks|lists|collections|subscriptions|settings|dmca|terms|privacy|help|about|login|signup|legal|how|faq|complaints|contact|search|api2|files|files\\.onlyfans)(?:/|$))';

// OnlyFans shows posts only to signed-in subscribers; logged out, a page has OpenGraph tags at
// most. No saved page was available (2026-11), so this reads the URL and OpenGraph only.
function extract(doc: Document, url: URL): ExtractedPost {
  const m = new RegExp(`^/(?:(\\d+)/)?${RESERVED}([\\w.-]+)/?$`).exec(url.pathname);
  return {
    postId: m?.[1],
    author: m ? { handle: `@${m[2]}` } : undefined,
    text: clip(meta(doc, 'og:description', 'description')),
    media: mediaUrls(metaAll(doc, 'og:image'), url),
  };
}

export default definePlatform({
  id: 'onlyfans',
  name: 'OnlyFans',
  hosts: [{ host: 'onlyfans.com', confidence: 'medium' }],
  rules: [
    // "/<post id>/<creator>" comes from general knowledge, not from the sources searched.
    {
      kind: 'post',
      path: new RegExp(`^/(?<postId>\\d+)/${RESERVED}(?<author>[\\w.-]+)/?$`),
      confidence: 'unconfirmed',
      examples: ['https://onlyfans.com/123456789/creatorname'],
    },
    {
      kind: 'profile',
      path: new RegExp(`^/${RESERVED}(?<author>[\\w.-]+)/?$`),
      examples: ['https://onlyfans.com/onlyfans', 'https://onlyfans.com/creatorname'],
    },
  ],
  otherExamples: ['https://onlyfans.com/', 'https://onlyfans.com/dmca', 'https://onlyfans.com/my/notifications'],
  extract,
});
