import type { ExtractedPost } from '../shared/types';
import { mediaUrls, meta } from './dom';
import { definePlatform } from './define-platform';

// The DID (did:plc:…) is the account's permanent id; handles are domain names and can change.
const DID = /did:plc:[a-z2-7]{24}/;

// Bluesky serves JSON-LD with author, date and text (read by the generic extractor); this adds
// the DID and the post's own images (og:image is only the author's avatar).
function extract(doc: Document, url: URL): ExtractedPost {
  const [, handle, postId] = /^\/profile\/([^/]+)\/post\/([\w]+)/.exec(url.pathname) ?? [];
  const atUri = doc.querySelector('link[rel="alternate"][href^="at://"]')?.getAttribute('href') ?? '';
  const did = DID.exec(atUri)?.[0] ?? DID.exec(meta(doc, 'og:image') ?? '')?.[0] ?? DID.exec(handle ?? '')?.[0];
  const item = handle ? doc.querySelector(`[data-testid="postThreadItem-by-${handle.replace(/["\\]/g, '')}"]`) : null;
  const images = item ? [...item.querySelectorAll('img[src*="/img/feed_"]')].map((i) => i.getAttribute('src')) : [];
  return {
    postId: postId ?? /\/app\.bsky\.feed\.post\/(\w+)/.exec(atUri)?.[1],
    author: { id: did, handle: handle && !handle.startsWith('did:') ? `@${handle}` : undefined },
    media: mediaUrls(images, url),
  };
}

export default definePlatform({
  id: 'bluesky',
  name: 'Bluesky',
  hosts: [
    'bsky.app',
    'bsky.social',
    'main.bsky.dev',
    // Embed-fixing mirrors that show the same post under the same path (gallery-dl extractor/bluesky.py).
    'fxbsky.app',
    'vxbsky.app',
    'bskye.app',
    'bskyx.app',
    'cbsky.app',
    'bsyy.app',
  ],
  rules: [
    {
      kind: 'media',
      host: /^(?:cdn|video)\.bsky\.app$/,
      path: /^\//,
      examples: [
        'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:2w45zyhuklwihpdc7oj3mi63/bafkreicvw6wztjxyhdve5viri54bevoj2pdiks2hm3qxvscnlf74if5ytm@jpeg',
      ],
    },
    {
      kind: 'post',
      path: /^\/profile\/(?<author>[^/]+)\/post\/(?<postId>\w+)/,
      examples: [
        'https://bsky.app/profile/bsky.app/post/3l3vgf77uco2g',
        'https://main.bsky.dev/profile/souris.moe/post/3l4qhp7bcs52c',
        'https://bsky.app/profile/did:plc:ia76kvnndjutgedggx2ibrem/post/3l6zrz6zyl2dr',
      ],
    },
    // The account and its tabs; its custom feeds and lists are 'other'.
    {
      kind: 'profile',
      path: /^\/profile\/(?<author>[^/]+)(?:\/(?:posts|replies|media|video|likes|follows|followers|known-followers))?\/?$/,
      examples: ['https://bsky.app/profile/bsky.app', 'https://bsky.app/profile/bsky.app/media', 'https://bsky.app/profile/bsky.app/follows'],
    },
  ],
  otherExamples: [
    'https://bsky.app/',
    'https://bsky.app/search?q=test',
    'https://bsky.social/about/support',
    'https://bsky.app/profile/did:plc:jfhpnnst6flqway4eaeqzj2a/feed/for-science',
  ],
  extract,
});
