// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findMedia, type MediaRequest } from '../../../src/content/media/find-media';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const base = doc.createElement('base');
  base.href = 'https://site.example/post/1';
  doc.head.append(base);
  doc.body.innerHTML = html;
  return doc;
}

const request = (over: Partial<MediaRequest>): MediaRequest => ({ inPost: false, postMedia: [], max: 20, ...over });

describe('findMedia', () => {
  it('finds the right-clicked image and prefers its largest srcset candidate (picture sources included)', () => {
    const doc = page(`<picture><source srcset="/big.webp 2000w"><img src="https://site.example/small.jpg" srcset="/mid.jpg 800w"></picture>`);
    const elements: Element[] = [];
    const [found] = findMedia(doc, request({ srcUrl: 'https://site.example/small.jpg', mediaType: 'image' }), elements as never);
    expect(found).toMatchObject({
      kind: 'image',
      reason: 'clicked',
      fileUrl: 'https://site.example/big.webp',
      alternates: ['https://site.example/small.jpg'],
      handle: 0,
    });
    expect(elements).toHaveLength(1);
  });

  it('keeps the clicked address when no element shows it', () => {
    const found = findMedia(page('<p>nothing</p>'), request({ srcUrl: 'https://cdn.example/x.png', mediaType: 'image' }), []);
    expect(found).toEqual([{ kind: 'image', reason: 'clicked', fileUrl: 'https://cdn.example/x.png', alternates: [], manifestUrls: [], handle: -1 }]);
  });

  it('in a post, takes the videos of the first <article> and the extractor’s media addresses, each once', () => {
    const doc = page(`
      <article><video src="https://v.example/clip.mp4"><source src="https://v.example/clip.webm"></video></article>
      <article><video src="https://v.example/reply.mp4"></video></article>`);
    const found = findMedia(doc, request({ inPost: true, postMedia: ['https://v.example/clip.mp4', 'https://i.example/photo.jpg'] }), []);
    expect(found.map((item) => [item.kind, item.fileUrl, item.alternates])).toEqual([
      ['video', 'https://v.example/clip.mp4', ['https://v.example/clip.webm']],
      ['image', 'https://i.example/photo.jpg', []],
    ]);
  });

  it('stops at the item limit', () => {
    const doc = page('<article><video src="/1.mp4"></video><video src="/2.mp4"></video><video src="/3.mp4"></video></article>');
    expect(findMedia(doc, request({ inPost: true, max: 2 }), [])).toHaveLength(2);
  });
});
