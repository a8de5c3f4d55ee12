import type { ExtractedPost } from '../shared/types';
import { clip, isObject, mediaUrls, parseJson, str, toIso, type Json } from './dom';
import { definePlatform } from './define-platform';

const obj = (v: unknown): Json => (isObject(v) ? v : {});

// The server embeds the video's data as JSON; the visible DOM is built from it later.
function itemStruct(doc: Document): { item?: Json | undefined; status?: number | undefined } {
  const universal = parseJson(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.textContent);
  const detail = obj(obj(obj(universal).__DEFAULT_SCOPE__)['webapp.video-detail']);
  if (Object.keys(detail).length) {
    return { item: obj(obj(detail.itemInfo).itemStruct), status: typeof detail.statusCode === 'number' ? detail.statusCode : undefined };
  }
  // Older pages (before 2023) used SIGI_STATE with ItemModule keyed by id.
  const sigi = obj(parseJson(doc.getElementById('SIGI_STATE')?.textContent));
  const first = Object.values(obj(sigi.ItemModule))[0];
  return { item: isObject(first) ? first : undefined };
}

function extract(doc: Document, url: URL): ExtractedPost {
  const urlId = /\/(?:video|photo)\/(\d+)/.exec(url.pathname)?.[1];
  const { item } = itemStruct(doc);
  // A removed or private video still serves the page, with statusCode != 0 and no item.
  if (!item || !str(item.id)) return { postId: urlId };
  const author = isObject(item.author) ? item.author : { uniqueId: item.author, nickname: item.nickname };
  const video = obj(item.video);
  const images = (obj(item.imagePost).images as unknown[] | undefined)?.map((i) => (obj(obj(i).imageURL).urlList as string[] | undefined)?.[0]) ?? [];
  const handle = str(author.uniqueId);
  return {
    postId: str(item.id),
    author: { name: str(author.nickname), handle: handle ? `@${handle}` : undefined, id: str(author.id) },
    publishedAt: toIso(str(item.createTime)),
    text: clip(str(item.desc)),
    media: mediaUrls([str(video.cover), str(video.originCover), str(video.playAddr), ...images], url),
  };
}

export default definePlatform({
  id: 'tiktok',
  name: 'TikTok',
  hosts: [
    'tiktok.com',
    'tiktokv.com',
    { host: 'tiktokcdn.com', confidence: 'low', note: 'media CDN' },
    // Regional media hosts (gallery-dl test/results/tiktok.py: tiktokcdn[^.]*.com).
    { host: 'tiktokcdn-us.com', confidence: 'low', note: 'media CDN' },
    { host: 'tiktokcdn-eu.com', confidence: 'low', note: 'media CDN' },
  ],
  rules: [
    {
      kind: 'media',
      host: /(?:^|\.)tiktokcdn(?:-us|-eu)?\.com$/,
      path: /^\//,
      confidence: 'low',
      examples: ['https://p77-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/165175e006354d838501378cfb325b79_1584652367'],
    },
    { kind: 'shortlink', host: /^v[mt]\.tiktok\.com$/, path: /^\/\w+\/?$/, examples: ['https://vm.tiktok.com/ZTR45GpSF/', 'https://vt.tiktok.com/ZSabc123/'] },
    { kind: 'shortlink', path: /^\/t\/\w+\/*$/, examples: ['https://www.tiktok.com/t/ZTRC5xgJp', 'https://www.tiktok.com/t/ZGdhVtER2//'] },
    {
      kind: 'post',
      path: /^\/@(?<author>[\w.-]*)\/(?:video|photo)\/(?<postId>\d+)/,
      examples: [
        'https://www.tiktok.com/@leenabhushan/video/6748451240264420610',
        'https://www.tiktok.com/@USER/photo/1234567890',
        'https://www.tiktok.com/@a3noticias/video/6806030056956251397',
      ],
    },
    {
      kind: 'post',
      path: /^\/(?:share\/(?:video|live)|embed(?:\/v2)?|v)\/(?<postId>\d+)/,
      examples: ['https://www.tiktok.com/share/video/7668090902816017671/'],
    },
    // A live broadcast is one piece of content, but its URL names only the account.
    {
      kind: 'post',
      path: /^\/@(?<author>[\w.-]+)\/live\/?$/,
      examples: ['https://www.tiktok.com/@weathernewslive/live', 'https://www.tiktok.com/@iris04201/live', 'https://www.tiktok.com/@pilarmagenta/live'],
    },
    { kind: 'profile', path: /^\/@(?<author>[\w.-]+)\/?$/, examples: ['https://www.tiktok.com/@meme'] },
  ],
  otherExamples: ['https://www.tiktok.com/', 'https://www.tiktok.com/explore', 'https://www.tiktok.com/legal/report/privacy'],
  extract,
});
