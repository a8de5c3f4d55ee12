import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectPageFacts } from '../../../src/content/page-facts';

function loadFixture(name: string, url: string) {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8'));
  return window.document as unknown as Document;
}

describe('collectPageFacts', () => {
  const url = 'http://127.0.0.1:8080/pages/post.html';

  it('reads the title, canonical link, language and meta tags the page declares', () => {
    const facts = collectPageFacts(loadFixture('post.html', url));
    expect(facts.documentTitle).toBe('A post by Sam Example');
    expect(facts.locationHref).toBe(url);
    expect(facts.canonicalUrl).toBe('https://social.example/sam/posts/42');
    expect(facts.lang).toBe('en');
    expect(facts.meta).toEqual([
      { name: 'og:title', content: 'Sam Example on Social' },
      { name: 'og:type', content: 'article' },
      { name: 'og:image', content: 'https://social.example/media/42.jpg' },
      { name: 'author', content: 'Sam Example' },
      { name: 'article:published_time', content: '2026-11-20T08:15:00Z' },
    ]);
    expect(facts.clickedElement).toBeUndefined();
  });

  it('finds the right-clicked image by the source URL the browser reported', () => {
    const facts = collectPageFacts(loadFixture('post.html', url), { srcUrl: 'http://127.0.0.1:8080/pages/photo.png' });
    expect(facts.clickedElement).toMatchObject({ tag: 'img', alt: 'A shared photo', src: 'http://127.0.0.1:8080/pages/photo.png' });
    expect(facts.clickedElement?.nearbyText).toBe('Caption under the photo');
  });

  it('finds the right-clicked link', () => {
    const facts = collectPageFacts(loadFixture('post.html', url), { linkUrl: 'https://social.example/sam' });
    expect(facts.clickedElement).toMatchObject({ tag: 'a', href: 'https://social.example/sam' });
  });

  it('caps what a hostile page can make it store', () => {
    const doc = loadFixture('post.html', url);
    for (let i = 0; i < 1000; i++) {
      const meta = doc.createElement('meta');
      meta.setAttribute('name', `flood-${i}`);
      meta.setAttribute('content', 'x'.repeat(10_000));
      doc.head.append(meta);
    }
    const facts = collectPageFacts(doc);
    // 1,005 tags of up to 2,000 characters would be 2 MB: the shared budget keeps the first ones.
    expect(facts.meta.length).toBeGreaterThan(100);
    expect(facts.meta.length).toBeLessThanOrEqual(300);
    expect(facts.meta[0]).toEqual({ name: 'og:title', content: 'Sam Example on Social' });
    expect(Math.max(...facts.meta.map((tag) => tag.content.length))).toBeLessThanOrEqual(2_000);
    expect(facts.clipped).toContainEqual({ field: 'meta', length: 1_005 });
  });

  it('clips huge attributes in the page itself, so they never leave it, and notes their lengths', () => {
    const doc = loadFixture('post.html', url);
    const huge = 'x'.repeat(20_000_000);
    doc.documentElement.setAttribute('lang', huge);
    doc.querySelector('link[rel="canonical"]')!.setAttribute('href', `https://social.example/${huge}`);
    const image = doc.querySelector('img')!;
    image.setAttribute('alt', huge);
    image.setAttribute('title', huge);
    const facts = collectPageFacts(doc, { srcUrl: 'http://127.0.0.1:8080/pages/photo.png' });
    expect(JSON.stringify(facts).length).toBeLessThan(40_000);
    expect(facts.clickedElement?.alt).toHaveLength(2_000);
    expect(facts.clipped).toEqual(
      expect.arrayContaining([
        { field: 'lang', length: 20_000_000 },
        { field: 'canonicalUrl', length: 20_000_000 + 'https://social.example/'.length },
        { field: 'clickedElement.alt', length: 20_000_000 },
        { field: 'clickedElement.title', length: 20_000_000 },
      ]),
    );
  });

  it('clips the post facts it is given with the rest', () => {
    const facts = collectPageFacts(loadFixture('post.html', url), {}, { text: 'y'.repeat(50_000), media: ['https://cdn.example/1.jpg'] });
    expect(facts.post?.text).toHaveLength(20_000);
    expect(facts.post?.media).toEqual(['https://cdn.example/1.jpg']);
    expect(facts.clipped).toEqual([{ field: 'post.text', length: 50_000 }]);
  });
});
