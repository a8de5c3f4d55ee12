import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPost } from '../../../src/platforms/index';
import { FIXTURES, loadFixture } from './parse-page';

interface Page {
  file: string;
  platform: string;
  saved_from_url: string | null;
  facts: { author_name?: string; handle?: string; post_id?: string; published?: string; text_snippet?: string };
}

const pages: Page[] = readdirSync(FIXTURES)
  .filter((dir) => existsSync(join(FIXTURES, dir, 'facts.json')))
  .flatMap((dir) => (JSON.parse(readFileSync(join(FIXTURES, dir, 'facts.json'), 'utf8')) as { pages: Page[] }).pages);

// The Pornhub excerpt has no saved URL (it was cut from a Go test); its JSON-LD names the viewkey.
const urlOf = (p: Page): string => p.saved_from_url ?? 'https://www.pornhub.com/view_video.php?viewkey=ph5da270596459c';

// Facts the generic extractor does not reach on sites without a platform extractor. Each entry is
// checked to still be missing, so improving extraction forces this list to shrink.
const KNOWN_GAPS: Record<string, string[]> = {
  'deviantart-1.html': ['author_name', 'handle', 'published'],
  'twitch-1.html': ['author_name'],
  'flickr-1.html': ['handle'],
  'imgur-1.html': ['author_name'],
  'threads-1.html': ['author_name', 'handle'],
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// index.json writes some times as prose ("May 29, 2021 (date only …)", "13 May 2020 at 01:01").
function expectedDate(fact: string): { instant?: number; day?: string } {
  const iso = /\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))?/.exec(fact)?.[0];
  if (iso) return iso.length > 10 ? { instant: Date.parse(iso) } : { day: iso };
  const m = /(?:([A-Z][a-z]+) (\d{1,2}), (\d{4}))|(?:(\d{1,2}) ([A-Z][a-z]+) (\d{4}))/.exec(fact);
  if (!m) throw new Error(`unreadable date fact: ${fact}`);
  const [month = '', day = '', year = ''] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  return { day: `${year}-${String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}` };
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const stripNote = (s: string): string =>
  s
    .replace(/\s+\[[^\]]*\]\s*$/, '')
    .replace(/\s*\(.*\)$/, '')
    .trim();

const cache = new Map<string, ReturnType<typeof extractPost>>();
const postOf = (page: Page) => {
  if (!cache.has(page.file)) cache.set(page.file, extractPost(loadFixture(page.platform, page.file, urlOf(page)), urlOf(page)));
  return cache.get(page.file)!;
};

type Fact = 'post_id' | 'author_name' | 'handle' | 'published' | 'text_snippet';
const FACTS: Fact[] = ['post_id', 'author_name', 'handle', 'published', 'text_snippet'];
// One test per fact the page really shows (and extraction claims to reach).
const cases = pages.flatMap((page) =>
  FACTS.filter((f) => page.facts[f] && !(KNOWN_GAPS[page.file] ?? []).includes(f)).map((f) => [page.file, f, page] as const),
);

describe('facts from index.json', () => {
  it.each(cases)('%s: %s', (_file, fact, page) => {
    const post = postOf(page);
    const value = page.facts[fact]!;
    switch (fact) {
      case 'post_id':
        return expect(post.postId).toBe(value.split(' ')[0]);
      case 'author_name':
        return expect(post.author?.name).toBe(stripNote(value.split(';')[0] ?? ''));
      case 'handle':
        return expect(post.author?.handle).toBe(value);
      case 'published': {
        const want = expectedDate(value);
        if (want.instant !== undefined) return expect(Date.parse(post.publishedAt!)).toBe(want.instant);
        return expect(post.publishedAt?.slice(0, 10)).toBe(want.day);
      }
      case 'text_snippet': {
        const snippet = squash(stripNote(value));
        const text = squash(post.text ?? '');
        // Instagram's description wraps the caption in counts ("298K likes … : "caption""): either
        // side may contain the other, but they must share a real stretch of text.
        expect(text.length).toBeGreaterThan(15);
        return expect(text.includes(snippet) || snippet.includes(text)).toBe(true);
      }
    }
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: only absolute http(s) media, within the caps', (_file, page) => {
    const post = postOf(page);
    for (const m of post.media ?? []) expect(m).toMatch(/^https?:\/\//);
    expect((post.media ?? []).length).toBeLessThanOrEqual(50);
    expect((post.text ?? '').length).toBeLessThanOrEqual(5000);
  });

  it.each(Object.entries(KNOWN_GAPS))('%s still lacks the facts listed as known gaps', (file, gaps) => {
    const page = pages.find((p) => p.file === file)!;
    expect(page, file).toBeDefined();
    const post = postOf(page);
    const got: Record<string, unknown> = { author_name: post.author?.name, handle: post.author?.handle, published: post.publishedAt };
    for (const gap of gaps) {
      expect(page.facts[gap as Fact], `${file} shows ${gap}`).toBeTruthy();
      expect(got[gap], `${gap} is now extracted: remove it from KNOWN_GAPS`).toBeUndefined();
    }
  });

  it('covers all 25 saved pages', () => {
    expect(pages.length).toBe(25);
  });
});

describe('platform-specific facts beyond index.json', () => {
  const load = (platform: string, file: string, url: string) => extractPost(loadFixture(platform, file, url), url);

  it('keeps the stable account ids the pages expose', () => {
    expect(load('youtube', 'youtube-2.html', 'https://www.youtube.com/watch?v=fJ9rUzIMcZQ').author?.id).toBe('UCiMhD4jzUqG-IgPzUmmytRQ');
    expect(load('bluesky', 'bluesky-1.html', 'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27').author?.id).toBe(
      'did:plc:h7obn4tkp47wn7gqh4oe5eij',
    );
    expect(load('facebook', 'facebook-1.html', 'https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711').author?.id).toBe(
      '119240841493711',
    );
    expect(load('tiktok', 'tiktok-2.html', 'https://www.tiktok.com/@a3noticias/video/6806030056956251397').author?.id).toBe('6746247246012892166');
    expect(load('pornhub', 'pornhub-1.html', 'https://www.pornhub.com/view_video.php?viewkey=ph5da270596459c').author?.id).toBe('492538092');
  });

  it('takes the post media, not the placeholder or avatar og:image', () => {
    expect(load('x', 'x-2.html', 'https://x.com/UaSmart/status/934106870834454529').media).toEqual([
      'https://pbs.twimg.com/media/DPadOKpXcAIL-NW?format=jpg&name=medium',
    ]);
    expect(load('x', 'x-1.html', 'https://x.com/realDonaldTrump/status/1222907250383245320').media ?? []).not.toContain(
      'https://abs.twimg.com/rweb/ssr/default/v2/og/image.png',
    );
    const bsky = load('bluesky', 'bluesky-3.html', 'https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x').media ?? [];
    expect(bsky.length).toBeGreaterThan(0);
    for (const m of bsky) expect(m).not.toContain('/img/avatar/');
  });

  it('uses the uploader, not the JSON-LD performer, as the Pornhub author, and drops the boilerplate description', () => {
    const post = load('pornhub', 'pornhub-1.html', 'https://www.pornhub.com/view_video.php?viewkey=ph5da270596459c');
    expect(post.author?.name).toBe('Sis Loves Me');
    expect(post.author?.handle).toBe('sis-loves-me');
    expect(post.text).toBeUndefined();
  });

  it('gives YouTube the whole description, not the 160-character og:description', () => {
    const text = load('youtube', 'youtube-2.html', 'https://www.youtube.com/watch?v=fJ9rUzIMcZQ').text!;
    expect(text.length).toBeGreaterThan(200);
    expect(text).not.toMatch(/\.\.\.$/);
  });
});
