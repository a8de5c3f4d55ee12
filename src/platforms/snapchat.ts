import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, meta, metaAll } from './dom';
import { definePlatform } from './define-platform';

// No real Snapchat page was available to study (2026-11); this reads only the URL and the
// standard OpenGraph tags public Snapchat pages are expected to carry. Revisit with a saved page.
function extract(doc: Document, url: URL): ExtractedPost {
  const handle = /^\/(?:@|add\/)([\w.-]+)/.exec(url.pathname)?.[1];
  return {
    postId: /^\/spotlight\/([\w-]+)/.exec(url.pathname)?.[1],
    author: handle ? { handle: `@${handle}` } : undefined,
    text: clip(meta(doc, 'og:description', 'description')),
    media: mediaUrls([...metaAll(doc, 'og:video'), ...metaAll(doc, 'og:image')], url),
  };
}

export default definePlatform({
  id: 'snapchat',
  name: 'Snapchat',
  hosts: ['snapchat.com', 'snap.com'],
  rules: [
    { kind: 'shortlink', host: /^t\.snapchat\.com$/, path: /^\/\w+\/?$/, confidence: 'low', examples: ['https://t.snapchat.com/Ewki30kR'] },
    {
      kind: 'post',
      path: /^\/(?:@(?<author>[\w.-]+)\/)?spotlight\/(?<postId>[\w-]+)/,
      examples: ['https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYYWtidGhudGZpAX1TKn0JAX1TKnXJAAAAAA'],
    },
    {
      kind: 'profile',
      host: /^(?:www\.)?snapchat\.com$/,
      path: /^\/(?:@|add\/)(?<author>[\w.-]+)\/?$/,
      examples: ['https://www.snapchat.com/@spez', 'https://www.snapchat.com/add/ganda0535'],
    },
  ],
  otherExamples: ['https://www.snapchat.com/', 'https://help.snapchat.com/hc/en-us', 'https://snap.com/en-US'],
  extract,
});
