import { describe, expect, it } from 'vitest';
import { engineOfMenuId, REVERSE_SEARCH_ENGINES, reverseSearchMenuId, reverseSearchUrl } from '../../../src/matching/reverse-search';

describe('reverse image search addresses', () => {
  it('builds each engine’s search-by-address page', () => {
    const image = 'https://cdn.example.com/photos/1.jpg';
    const encoded = 'https%3A%2F%2Fcdn.example.com%2Fphotos%2F1.jpg';
    expect(reverseSearchUrl('google-lens', image)).toBe(`https://lens.google.com/uploadbyurl?url=${encoded}`);
    expect(reverseSearchUrl('bing', image)).toBe(`https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${encoded}`);
    expect(reverseSearchUrl('tineye', image)).toBe(`https://tineye.com/search?url=${encoded}`);
    expect(reverseSearchUrl('yandex', image)).toBe(`https://yandex.com/images/search?rpt=imageview&url=${encoded}`);
  });

  it('encodes a hostile address whole, so it cannot add or change the engine’s parameters', () => {
    const hostile = 'https://evil.example/x.jpg?a=1&url=https://other.example/&rpt=other#&q=injected';
    for (const engine of REVERSE_SEARCH_ENGINES) {
      const url = new URL(reverseSearchUrl(engine, hostile)!);
      expect(url.hash, engine).toBe('');
      const keys = [...url.searchParams.keys()];
      expect(new Set(keys).size, engine).toBe(keys.length);
      const value = [...url.searchParams.values()].find((v) => v.includes('evil.example'))!;
      expect(value.replace(/^imgurl:/, ''), engine).toBe(new URL(hostile).href);
    }
  });

  it('offers nothing for an image with no public web address, or one carrying a password', () => {
    for (const address of [
      'data:image/png;base64,AAAA',
      'blob:https://x.example/1',
      'file:///home/me/photo.jpg',
      'javascript:alert(1)',
      'not a url',
      'https://me:secret@x.example/a.jpg',
    ]) {
      expect(reverseSearchUrl('tineye', address), address).toBeNull();
    }
    expect(reverseSearchUrl('tineye', `https://x.example/${'a'.repeat(3000)}.jpg`)).toBeNull();
  });

  it('maps menu ids to engines and back, and ignores other menu items', () => {
    for (const engine of REVERSE_SEARCH_ENGINES) expect(engineOfMenuId(reverseSearchMenuId(engine))).toBe(engine);
    expect(engineOfMenuId('preserve-save-evidence')).toBeNull();
  });
});
