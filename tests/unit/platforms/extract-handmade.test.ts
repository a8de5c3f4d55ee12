import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPost, platforms } from '../../../src/platforms/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, loadFixture, newPageWindow, parsePage } from './parse-page';

describe('hand-made pages (no real page could be saved)', () => {
  it('Discord: reads a follow-up message, finding its author on the header above and the stable user id', () => {
    const url = 'https://discord.com/channels/302094807046684672/1306705919916249098/1306706528786583623';
    const post = extractPost(loadFixture('discord', 'message-handmade.html', url), url);
    expect(post).toMatchObject({
      postId: '1306706528786583623',
      author: { name: 'ex_partner_account', id: '80351110224678912' },
      publishedAt: '2024-11-13T09:16:40.000Z',
      text: 'look what I found',
    });
    expect(post.media).toContain('https://cdn.discordapp.com/attachments/1306705919916249098/1306706528786583623/IMG_0001.jpg?ex=abc');
  });

  it('Reddit: reads <shreddit-post> with the t2_ account id', () => {
    const url = 'https://www.reddit.com/r/example/comments/1abcde/photo_of_me/';
    const post = extractPost(loadFixture('reddit', 'shreddit-post-handmade.html', url), url);
    expect(post).toMatchObject({
      postId: '1abcde',
      author: { handle: 'u/throwaway_uploader', id: 't2_9xyz8w' },
      publishedAt: '2025-02-03T04:05:06.789Z',
      text: 'Found this posted without asking.',
    });
    expect(post.media?.[0]).toBe('https://i.redd.it/abc123def456.jpg');
  });

  it('Reddit: a removed post keeps its id and says what the page says', () => {
    const url = 'https://www.reddit.com/r/example/comments/1zzzzz/deleted/';
    const post = extractPost(loadFixture('reddit', 'removed-handmade.html', url), url);
    expect(post.postId).toBe('1zzzzz');
    expect(post.author?.handle).toBe('u/[deleted]');
    expect(post.text).toBe('[removed]');
  });

  it('Telegram: picks the addressed message out of a t.me/s/ channel feed', () => {
    const url = 'https://t.me/s/exampleleaks/42';
    const post = extractPost(loadFixture('telegram', 'channel-feed-handmade.html', url), url);
    expect(post).toMatchObject({
      postId: 'exampleleaks/42',
      author: { name: 'Example Leaks Channel', handle: '@exampleleaks' },
      publishedAt: '2025-03-02T21:30:15.000Z',
      text: 'new photo, share it',
      media: ['https://cdn4.cdn-telegram.org/file/abcdef.jpg'],
    });
  });

  it('Snapchat: takes the handle from the URL and drops javascript: media', () => {
    const url = 'https://www.snapchat.com/@example.person';
    const post = extractPost(loadFixture('snapchat', 'profile-handmade.html', url), url);
    expect(post.author?.handle).toBe('@example.person');
    expect(post.media).toEqual(['https://cf-st.sc-cdn.net/example.jpg']);
  });

  it('OnlyFans: a logged-out wall yields the URL facts and no invented author name', () => {
    const url = 'https://onlyfans.com/123456789/creatorname';
    const post = extractPost(loadFixture('onlyfans', 'logged-out-handmade.html', url), url);
    expect(post.postId).toBe('123456789');
    expect(post.author).toEqual({ handle: '@creatorname' });
    expect(post.publishedAt).toBeUndefined();
  });

  it('Instagram: the login wall yields the shortcode only', () => {
    const url = 'https://www.instagram.com/p/CPeC-Eenc8l/';
    const post = extractPost(loadFixture('instagram', 'login-wall-handmade.html', url), url);
    expect(post.postId).toBe('CPeC-Eenc8l');
    expect(post.author).toBeUndefined();
    expect(post.publishedAt).toBeUndefined();
  });

  it('X: the sign-in wall yields the URL facts and not the placeholder image', () => {
    const url = 'https://x.com/someone/status/1839019491835129889';
    const post = extractPost(loadFixture('x', 'logged-out-wall-handmade.html', url), url);
    expect(post.postId).toBe('1839019491835129889');
    expect(post.author).toEqual({ handle: 'someone' });
    expect(post.media).toBeUndefined();
  });

  it('TikTok: a removed video yields the id from the URL and nothing invented', () => {
    const url = 'https://www.tiktok.com/@someone/video/7000000000000000001';
    const post = extractPost(loadFixture('tiktok', 'removed-handmade.html', url), url);
    expect(post.postId).toBe('7000000000000000001');
    expect(post.author).toEqual({ handle: 'someone' });
    expect(post.text).toBeUndefined();
  });
});

describe('safety', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never runs scripts from fixtures', () => {
    const html = readFileSync(join(FIXTURES, 'discord', 'message-handmade.html'), 'utf8');
    expect(html).toContain("document.title = 'scripts ran'");
    // The window the fixtures are parsed in has script evaluation and loading switched off.
    const window = newPageWindow('https://discord.com/channels/1/2/3');
    expect(window.happyDOM.settings.disableJavaScriptEvaluation).toBe(true);
    expect(window.happyDOM.settings.disableJavaScriptFileLoading).toBe(true);
    window.document.write(html);
    expect(window.document.title).toBe('Discord | #general | Example Server');
    expect(loadFixture('discord', 'message-handmade.html', 'https://discord.com/channels/1/2/3').title).toBe('Discord | #general | Example Server');
  });

  it('falls back to generic extraction when a platform extractor throws', () => {
    const x = platforms.find((p) => p.id === 'x')!;
    vi.spyOn(x, 'extract').mockImplementation(() => {
      throw new Error('markup changed');
    });
    const url = 'https://x.com/jack/status/20';
    const doc = parsePage('<html><head><meta property="og:description" content="just setting up my twttr"></head></html>', url);
    expect(extractPost(doc, url)).toMatchObject({ postId: '20', text: 'just setting up my twttr' });
  });

  it('returns an empty result for a non-http page, and never throws on a broken document', () => {
    expect(extractPost(parsePage('<p>x</p>', 'https://example.com/'), 'chrome://settings')).toEqual({});
    expect(() => extractPost({} as Document, 'https://x.com/jack/status/20')).not.toThrow();
    expect(extractPost({} as Document, 'https://x.com/jack/status/20').postId).toBe('20');
  });

  it('reads generic JSON-LD, OpenGraph and canonical facts on an unknown site, capped', () => {
    const long = 'a'.repeat(6000);
    const images = Array.from({ length: 60 }, (_, i) => `<meta property="og:image" content="/img/${i}.jpg">`).join('');
    const html = `<html><head>
      <link rel="canonical" href="https://blog.example/posts/42">
      <script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"A. Writer","url":"https://blog.example/authors/awriter"},"datePublished":"2024-05-06T07:08:09+02:00","articleBody":"${long}"}</script>
      ${images}<meta property="og:image" content="data:image/png;base64,AAAA">
    </head></html>`;
    const post = extractPost(parsePage(html, 'https://blog.example/posts/42?utm=1'), 'https://blog.example/posts/42?utm=1');
    expect(post.author).toMatchObject({ name: 'A. Writer', handle: 'awriter' });
    expect(post.publishedAt).toBe('2024-05-06T05:08:09.000Z');
    expect(post.text).toHaveLength(5000);
    expect(post.media).toHaveLength(50);
    expect(post.media?.[0]).toBe('https://blog.example/img/0.jpg');
    expect(post.url).toBe('https://blog.example/posts/42');
  });

  it('refuses free-text dates instead of guessing', () => {
    const html = '<html><head><meta property="article:published_time" content="11 days ago"></head></html>';
    expect(extractPost(parsePage(html, 'https://blog.example/p'), 'https://blog.example/p').publishedAt).toBeUndefined();
  });
});
