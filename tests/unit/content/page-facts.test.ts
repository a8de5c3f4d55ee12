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
    expect(facts.meta.length).toBe(300);
    expect(Math.max(...facts.meta.map((tag) => tag.content.length))).toBeLessThanOrEqual(2_001);
  });
});
