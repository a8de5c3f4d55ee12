import type { ExtractedPost } from '../shared/types';
import { clip, mediaUrls, meta, metaAll, textOf, toIso } from './dom';
import { definePlatform } from './define-platform';

function fromThing(el: Element): ExtractedPost {
  const ms = Number(el.getAttribute('data-timestamp'));
  return {
    postId: el.getAttribute('data-fullname')?.replace(/^t3_/, ''),
    author: {
      handle: el.getAttribute('data-author') ? `u/${el.getAttribute('data-author')}` : undefined,
      id: el.getAttribute('data-author-fullname') ?? undefined,
    },
    publishedAt: ms ? new Date(ms).toISOString() : undefined,
    text: clip(el.querySelector('.usertext-body')?.textContent),
  };
}

// Three generations of Reddit: <shreddit-post> (2023+), the 2018 redesign and old.reddit.com.
function extract(doc: Document, url: URL): ExtractedPost {
  const id = /\/comments\/([a-z0-9]+)/.exec(url.pathname)?.[1];
  const post = doc.querySelector(id ? `shreddit-post[id="t3_${id}"]` : 'shreddit-post') ?? doc.querySelector('shreddit-post');
  const media = mediaUrls(metaAll(doc, 'og:image'), url);
  if (post) {
    const author = post.getAttribute('author');
    return {
      postId: post.getAttribute('id')?.replace(/^t3_/, '') ?? id,
      author: { handle: author ? `u/${author}` : undefined, id: post.getAttribute('author-id') ?? undefined },
      publishedAt: toIso(post.getAttribute('created-timestamp')?.replace(/(\.\d{3})\d*/, '$1')),
      text: clip(post.querySelector('[slot="text-body"]')?.textContent) ?? clip(meta(doc, 'og:description', 'description')),
      title: clip(post.getAttribute('post-title'), 500),
      media: mediaUrls([post.getAttribute('content-href')?.match(/^https:\/\/i\.redd\.it\//) ? post.getAttribute('content-href') : undefined, ...media], url),
    };
  }
  const thing = doc.querySelector(id ? `.thing[data-fullname="t3_${id}"]` : '.thing.link');
  if (thing) return { ...fromThing(thing), media };
  // 2018 redesign: "Posted by u/name" links to /user/name inside the post container.
  const byline = doc.querySelector('[data-test-id="post-content"] a[href^="/user/"]');
  // The crawler page puts the post's text in <meta name=description>; the 2018 redesign puts the
  // community's blurb ("r/colors: …") there and vote counts in og:description.
  const description = meta(doc, 'description');
  const text = description && !/^r\/[\w-]+:/.test(description) ? description : meta(doc, 'og:description');
  return { postId: id, author: byline ? { handle: textOf(byline) } : undefined, text: clip(text), media };
}

export default definePlatform({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com', 'redd.it', 'reddituploads.com', 'redditmedia.com'],
  rules: [
    // www.redditmedia.com serves embeds of a post under the post's own path.
    {
      kind: 'post',
      host: /(?:^|\.)redditmedia\.com$/,
      path: /^\/r\/[\w-]+\/comments\/(?<postId>[a-z0-9]+)/,
      examples: ['https://www.redditmedia.com/r/serbia/comments/pu9wbx/ako_vu%C4%8Di%C4%87_izgubi_izbore_ja_%C4%87u_da_crknem/'],
    },
    {
      kind: 'media',
      host: /^(?:i|preview|external-preview|v)\.redd\.it$|(?:^|\.)reddituploads\.com$|(?:^|\.)redditmedia\.com$/,
      path: /^\/(?<postId>[^/]+)/,
      examples: ['https://i.redd.it/upjtjcx2npzz.jpg', 'https://preview.redd.it/vsg59iw0srn21.jpg?auto=webp&s=e19452b85c0aa8e3563cb1006a36eb914abfdec7'],
    },
    { kind: 'shortlink', host: /^redd\.it$/, path: /^\/(?<postId>[a-z0-9]+)\/?$/, examples: ['https://redd.it/2a00np/'] },
    { kind: 'shortlink', path: /^\/(?:r|u|user)\/[\w-]+\/s\/\w+\/?$/, examples: ['https://www.reddit.com/r/analog/s/hKrTTvFVwZ'] },
    {
      kind: 'post',
      path: /^\/(?:(?:r\/[\w-]+|(?:u|user)\/(?<author>[\w-]+))\/)?comments\/(?<postId>[a-z0-9]+)/,
      examples: [
        'https://www.reddit.com/r/aww/comments/90bu6w/heat_index_was_110_degrees_so_we_offered_him_a/',
        'https://www.reddit.com/comments/124pp33',
        'https://old.reddit.com/user/SeichiScout/comments/abc123/title/',
      ],
    },
    { kind: 'post', path: /^\/gallery\/(?<postId>[a-z0-9]+)/, examples: ['https://www.reddit.com/gallery/hrrh23'] },
    {
      kind: 'profile',
      path: /^\/(?:u|user)\/(?<author>[\w-]+)/,
      examples: ['https://www.reddit.com/user/SeichiScout/submitted/?sort=hot', 'https://www.reddit.com/u/spez'],
    },
    { kind: 'other', path: /^\/r\/[\w-]+/, examples: ['https://www.reddit.com/r/aww/', 'https://old.reddit.com/r/MadeMeSmile/top/?sort=top&t=month'] },
  ],
  otherExamples: ['https://www.reddit.com/', 'https://www.reddit.com/search/?q=test', 'https://www.reddit.com/report'],
  extract,
});
