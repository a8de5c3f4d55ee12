import { describe, expect, it } from 'vitest';
import { claimsFromAnswer } from '../../../src/capture/claims-from-answer';
import { CLAIM_LIMITS, clipText, limitClaims } from '../../../src/content/limit-claims';

const MB20 = 'x'.repeat(20_000_000);

/** Characters in every string of a value, keys included: what a page can make Preserve keep. */
function stringChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + stringChars(item), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((sum, [key, inner]) => sum + key.length + stringChars(inner), 0);
  }
  return 0;
}

/** The attack from issue #8: five 20 MB attributes, plus everything else a page can fill. */
function hostileClaims() {
  return {
    documentTitle: MB20,
    locationHref: MB20,
    canonicalUrl: MB20,
    lang: MB20,
    contentType: MB20,
    lastModified: MB20,
    selectedText: MB20,
    clickedElement: { tag: MB20, src: MB20, currentSrc: MB20, href: MB20, alt: MB20, title: MB20, width: 10, nearbyText: MB20 },
    meta: Array.from({ length: 5_000 }, () => ({ name: MB20, content: MB20 })),
    post: {
      postId: MB20,
      author: { name: MB20, handle: MB20, id: MB20, url: MB20 },
      text: MB20,
      title: MB20,
      url: MB20,
      media: Array.from({ length: 5_000 }, () => MB20),
    },
    clipped: Array.from({ length: 5_000 }, (_, i) => ({ field: `${i}`.padEnd(1_000, 'f'), length: i })),
  };
}

describe('clipText', () => {
  it('keeps short text and cuts long text to the limit, ending in an ellipsis', () => {
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('abcdefghij', 5)).toBe('abcd…');
    expect(clipText('abc', 0)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const clipped = clipText('ab😀cd', 4);
    expect(clipped).toBe('ab…');
    expect(encodeURIComponent(clipped)).toBe('ab%E2%80%A6'); // throws on a lone surrogate
  });
});

describe('limitClaims', () => {
  it('leaves an ordinary page’s claims as they were, with no clipping note', () => {
    const claims = {
      documentTitle: 'A post',
      locationHref: 'https://social.example/p/1',
      canonicalUrl: 'https://social.example/p/1',
      lang: 'en',
      meta: [{ name: 'og:title', content: 'A post' }],
      clickedElement: { tag: 'img', alt: 'photo', width: 480 },
      post: { postId: '1', author: { handle: '@sam' }, media: ['https://cdn.example/1.jpg'] },
      platform: null,
    };
    expect(limitClaims(claims)).toEqual(claims);
  });

  it('clips the five 20 MB attributes and says which fields were clipped and how long they were', () => {
    const limited = limitClaims({
      documentTitle: 'ok',
      locationHref: 'https://evil.test/',
      meta: [],
      lang: MB20,
      canonicalUrl: MB20,
      clickedElement: { tag: 'img', alt: MB20, title: MB20, src: MB20 },
    })!;
    expect(limited.lang).toHaveLength(CLAIM_LIMITS.short);
    expect(limited.canonicalUrl).toHaveLength(CLAIM_LIMITS.url);
    expect(limited.clickedElement?.alt).toHaveLength(CLAIM_LIMITS.title);
    expect(limited.clickedElement?.src).toHaveLength(CLAIM_LIMITS.url);
    expect(limited.clipped).toEqual(
      expect.arrayContaining([
        { field: 'lang', length: 20_000_000 },
        { field: 'canonicalUrl', length: 20_000_000 },
        { field: 'clickedElement.alt', length: 20_000_000 },
        { field: 'clickedElement.title', length: 20_000_000 },
        { field: 'clickedElement.src', length: 20_000_000 },
      ]),
    );
    expect(limited.clipped).toHaveLength(5);
  });

  it('keeps the whole claims object within a few hundred KB whatever the page fills', () => {
    const started = performance.now();
    const limited = limitClaims(hostileClaims())!;
    const elapsed = performance.now() - started;
    const notes = limited.clipped!;
    // Kept strings share one budget; the notes and the structure around them are bounded by counts.
    expect(stringChars({ ...limited, clipped: [] })).toBeLessThanOrEqual(CLAIM_LIMITS.totalChars + 20_000);
    expect(notes.length).toBeLessThanOrEqual(CLAIM_LIMITS.notes);
    expect(Math.max(...notes.map((note) => note.field.length))).toBeLessThanOrEqual(CLAIM_LIMITS.noteField);
    expect(JSON.stringify(limited).length).toBeLessThan(350 * 1024);
    expect(limited.meta.length).toBeLessThanOrEqual(CLAIM_LIMITS.metaTags);
    expect(notes).toContainEqual({ field: 'meta', length: 5_000 });
    expect(notes).toContainEqual({ field: 'post.media', length: 5_000 });
    // The post facts are the most telling, so they are kept before the page's meta tags.
    expect(limited.post?.text).toHaveLength(CLAIM_LIMITS.text);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('drops fields of the wrong type and unknown fields instead of storing them', () => {
    const limited = limitClaims({
      documentTitle: { toString: 'x' },
      locationHref: 42,
      lang: ['en'],
      meta: 'not a list',
      selectedText: null,
      clickedElement: { tag: 'img', width: Number.POSITIVE_INFINITY, height: -1, alt: 7 },
      post: { media: [1, 'https://cdn.test/a.jpg', { url: 'x' }], author: 'sam' },
      extra: MB20,
      __proto__: { polluted: true },
      clipped: [{ field: 'lang', length: -4 }, { field: 3, length: 3 }, 'junk', { field: 'meta', length: 1.5 }],
    })!;
    expect(limited).toEqual({
      documentTitle: '',
      locationHref: '',
      meta: [],
      clickedElement: { tag: 'img' },
      post: { media: ['https://cdn.test/a.jpg'] },
      // Items left out of a list are noted like clipped text; the malformed notes are dropped.
      clipped: [{ field: 'post.media', length: 3 }],
    });
    expect(limitClaims('a string')).toBeNull();
    expect(limitClaims(null)).toBeNull();
    expect(limitClaims([1, 2])).toBeNull();
  });

  it('gives the same result when run again on its own output, as the worker does after the page', () => {
    const once = limitClaims(hostileClaims());
    expect(limitClaims(once)).toEqual(once);
  });

  it('keeps the page reader’s notes of original lengths, which the worker cannot see any more', () => {
    const inPage = limitClaims({ documentTitle: MB20, locationHref: '', meta: [] })!;
    expect(inPage.documentTitle).toHaveLength(CLAIM_LIMITS.title);
    expect(limitClaims(inPage)!.clipped).toEqual([{ field: 'documentTitle', length: 20_000_000 }]);
  });
});

describe('claimsFromAnswer (the worker’s check of the page reader’s answer)', () => {
  it('clips an answer that skipped the page-side clipping and adds the platform from the tab address', () => {
    const claims = claimsFromAnswer(
      { documentTitle: 't', locationHref: 'u', meta: [], lang: MB20, platform: { platform: { id: 'forged', name: 'Forged' }, kind: 'post' } },
      'https://www.reddit.com/r/pics/comments/abc123/title/',
    );
    expect(claims.lang).toHaveLength(CLAIM_LIMITS.short);
    expect(claims.clipped).toEqual([{ field: 'lang', length: 20_000_000 }]);
    expect(claims.platform?.platform.id).toBe('reddit');
  });

  it('refuses an answer that is not an object', () => {
    expect(() => claimsFromAnswer('x'.repeat(1000), 'https://example.test/')).toThrow(/did not answer/);
    expect(() => claimsFromAnswer(null, 'https://example.test/')).toThrow(/did not answer/);
  });
});
