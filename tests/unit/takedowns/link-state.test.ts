import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FetchedResponse, readResponse } from '../../../src/takedowns/link-reading';
import { type LinkMemory, nextLinkState, originsToAsk, watchableUrls } from '../../../src/takedowns/link-state';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const page = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');
const html = (body: string, status = 200, finalUrl?: string): FetchedResponse => ({
  status,
  finalUrl: finalUrl ?? '',
  contentType: 'text/html; charset=utf-8',
  body,
});
const FRESH: LinkMemory = { removed: false, seenUp: false };

describe('reading a plain response', () => {
  const url = 'https://pics.example/gallery/123';
  it.each([
    [404, 'gone', 'not-found'],
    [410, 'gone', 'gone'],
    [451, 'gone', 'legal'],
    [401, 'login-wall', 'login-wall'],
    [403, 'unreachable', 'refused'],
    [429, 'unreachable', 'refused'],
    [500, 'unreachable', 'server-error'],
    [503, 'unreachable', 'server-error'],
  ])('status %i reads as %s (%s)', (status, availability, reason) => {
    expect(readResponse(url, html('<title>x</title>', status, url))).toMatchObject({ availability, reason, httpStatus: status });
  });

  it('reads an ordinary page as available, with an extract to compare', () => {
    const reading = readResponse(
      url,
      html('<title>Holiday</title><meta property="og:image" content="https://cdn.example/a.jpg?sig=1"><body>Hello</body>', 200, url),
    );
    expect(reading.availability).toBe('available');
    expect(reading.extract).toContain('cdn.example/a.jpg');
    expect(reading.extract).not.toContain('sig=1');
  });

  it('reads a page that says it was not found as gone, though the status is 200', () => {
    expect(readResponse(url, html('<title>Page not found</title><body>Sorry</body>', 200, url))).toMatchObject({
      availability: 'gone',
      reason: 'page-says-missing',
    });
    expect(readResponse(url, html('<body><h1>This video is no longer available</h1></body>', 200, url)).availability).toBe('gone');
  });

  it('reads a redirect to a login page, or a login page served at the post, as a login wall', () => {
    expect(readResponse(url, html('<title>Welcome</title>', 200, 'https://pics.example/login?next=%2Fgallery%2F123')).availability).toBe('login-wall');
    const post = 'https://www.instagram.com/p/CPeC-Eenc8l/';
    expect(readResponse(post, html(page('instagram/login-wall-handmade.html'), 200, post)).availability).toBe('login-wall');
  });

  it('reads a deep link sent to the site’s front page as gone', () => {
    expect(readResponse(url, html('<title>Pics</title>', 200, 'https://www.pics.example/'))).toMatchObject({ availability: 'gone', reason: 'redirected-home' });
  });

  it('reads TikTok’s “unavailable” data as gone, and a live TikTok page as available although its scripts say “Video unavailable”', () => {
    const video = 'https://www.tiktok.com/@a3noticias/video/6806030056956251397';
    const live = page('tiktok/tiktok-2.html');
    expect(live).toContain('Video unavailable');
    expect(readResponse(video, html(live, 200, video)).availability).toBe('available');
    expect(readResponse(video, html(page('tiktok/removed-handmade.html'), 200, video))).toMatchObject({ availability: 'gone', reason: 'platform-unavailable' });
  });

  it('reads YouTube’s own playability verdict', () => {
    const watch = 'https://www.youtube.com/watch?v=fJ9rUzIMcZQ';
    const live = page('youtube/youtube-2.html');
    expect(readResponse(watch, html(live, 200, watch)).availability).toBe('available');
    const removed = live.replace('"playabilityStatus":{"status":"OK"', '"playabilityStatus":{"status":"ERROR"');
    expect(readResponse(watch, html(removed, 200, watch)).availability).toBe('gone');
    const privateVideo = live.replace('"playabilityStatus":{"status":"OK"', '"playabilityStatus":{"status":"LOGIN_REQUIRED"');
    expect(readResponse(watch, html(privateVideo, 200, watch)).availability).toBe('login-wall');
  });

  it('reads a removed Reddit post as gone and a live one as available', () => {
    const post = 'https://www.reddit.com/r/example/comments/1zzzzz/title/';
    expect(readResponse(post, html(page('reddit/removed-handmade.html'), 200, post)).availability).toBe('gone');
    expect(readResponse(post, html(page('reddit/reddit-3.html'), 200, post)).availability).toBe('available');
  });

  it('keeps a DeviantArt page with “This content is unavailable.” in its scripts available', () => {
    const art = 'https://www.deviantart.com/sakimichan/art/Misty-510056679';
    const live = page('deviantart/deviantart-1.html');
    expect(live).toContain('This content is unavailable.');
    expect(readResponse(art, html(live, 200, art)).availability).toBe('available');
  });

  it('masks digits, so a new like count is not a change but a new caption is', () => {
    const at = (title: string) => readResponse(url, html(`<title>${title}</title><body>some text</body>`, 200, url)).extract;
    expect(at('Photo · 1,204 likes')).toBe(at('Photo · 1,377 likes'));
    expect(at('Photo · 12 likes')).not.toBe(at('Another photo · 12 likes'));
  });
});

describe('the state of a check, given earlier checks', () => {
  const available = { availability: 'available', reason: 'ok' } as const;
  const gone = { availability: 'gone', reason: 'not-found' } as const;
  const down = { availability: 'unreachable', reason: 'network' } as const;

  it('never reads an unreachable site as removed, and forgets nothing because of it', () => {
    const seen: LinkMemory = { removed: false, seenUp: true, fingerprint: 'a' };
    const verdict = nextLinkState(down, undefined, seen);
    expect(verdict).toMatchObject({ state: 'unreachable', transition: null });
    expect(verdict.memory).toEqual(seen);
  });

  it('goes up → removed → still removed → reappeared, with a transition only on each change', () => {
    const first = nextLinkState(available, 'a', FRESH);
    expect(first).toMatchObject({ state: 'up', transition: null });
    const removed = nextLinkState(gone, undefined, first.memory);
    expect(removed).toMatchObject({ state: 'removed', transition: 'removed' });
    const still = nextLinkState(gone, undefined, removed.memory);
    expect(still).toMatchObject({ state: 'removed', transition: null });
    const outage = nextLinkState(down, undefined, still.memory);
    expect(outage.memory.removed).toBe(true);
    const back = nextLinkState(available, 'a', outage.memory);
    expect(back).toMatchObject({ state: 'reappeared', transition: 'reappeared' });
    expect(nextLinkState(available, 'a', back.memory)).toMatchObject({ state: 'up', transition: null });
  });

  it('reads a different fingerprint as changed, compared with the last time it was seen', () => {
    const changed = nextLinkState(available, 'b', { removed: false, seenUp: true, fingerprint: 'a' });
    expect(changed).toMatchObject({ state: 'changed', reason: 'changed' });
    expect(nextLinkState(available, 'b', changed.memory).state).toBe('up');
  });

  it('counts a login wall as removal only once the post was seen open to anyone', () => {
    const wall = { availability: 'login-wall', reason: 'login-wall' } as const;
    expect(nextLinkState(wall, undefined, FRESH)).toMatchObject({ state: 'unreachable', reason: 'login-needed', transition: null });
    expect(nextLinkState(wall, undefined, { removed: false, seenUp: true })).toMatchObject({ state: 'removed', reason: 'login-wall', transition: 'removed' });
  });
});

describe('which links are watched', () => {
  const capture = (id: string, tabUrl: string, trigger = 'popup') => ({ id, trigger, observed: { tabUrl } }) as never;
  it('takes each captured web address once, as the tracker files it, and leaves out files and request confirmations', () => {
    const urls = watchableUrls([
      capture('c1', 'https://x.com/a/status/1?utm_source=share#top'),
      capture('c2', 'https://x.com/a/status/1'),
      capture('c3', 'https://help.x.com/thanks', 'request-confirmation'),
      capture('c4', 'file:///report.pdf', 'attachment'),
      capture('c5', 'http://old.example/page'),
    ]);
    expect(urls).toEqual([
      { url: 'https://x.com/a/status/1', captureId: 'c1' },
      { url: 'http://old.example/page', captureId: 'c5' },
    ]);
  });

  it('asks for exactly the https origins of those links', () => {
    expect(originsToAsk(['https://x.com/a/status/1', 'https://x.com/b', 'https://pics.example/1', 'http://old.example/page', 'nonsense'])).toEqual([
      'https://pics.example/*',
      'https://x.com/*',
    ]);
  });
});
