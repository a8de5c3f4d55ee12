import { describe, expect, it } from 'vitest';
import { detectPlatform } from '../../../src/platforms/index';
import { hostMatches } from '../../../src/platforms/match-url';

describe('host matching', () => {
  it.each([
    'https://reddit.com.attacker.net/r/aww/comments/90bu6w/x/',
    'https://notreddit.com/r/aww/',
    'https://evil-x.com/jack/status/20',
    'https://x.com.evil.test/jack/status/20',
    'https://reddit.com@evil.test/r/aww/comments/90bu6w/x/',
    'https://www.facebook.com:443@phish.example/barackobama/posts/1',
    'https://xreddit.com/',
    'https://instagram.com-login.example/p/BqvsDleB3lV/',
    'https://drive.google.com.evil.test/file/d/0ByeS4oOUV-49Zzh4R1J6R09zazQ/view',
    'https://t.co.evil.test/abc',
    'https://example.com/?u=https://x.com/jack/status/20',
  ])('never calls %s a platform', (url) => {
    expect(detectPlatform(url)).toBeNull();
  });

  it.each(['file:///home/me/reddit.com/r/aww', 'chrome://settings', 'javascript:alert(1)', 'data:text/html,x.com', 'ftp://reddit.com/r/aww', 'not a url', ''])(
    'refuses the non-http(s) or unparsable URL %s',
    (url) => {
      expect(detectPlatform(url)).toBeNull();
    },
  );

  it('ignores case and a trailing dot in the host', () => {
    expect(detectPlatform('https://WWW.Reddit.COM./r/aww/comments/90bu6w/x/')).toMatchObject({ platform: { id: 'reddit' }, kind: 'post', postId: '90bu6w' });
  });

  it('matches exactly or as a subdomain, nothing else', () => {
    expect(hostMatches('reddit.com', 'reddit.com')).toBe(true);
    expect(hostMatches('old.reddit.com', 'reddit.com')).toBe(true);
    expect(hostMatches('notreddit.com', 'reddit.com')).toBe(false);
    expect(hostMatches('reddit.com.attacker.net', 'reddit.com')).toBe(false);
    expect(hostMatches('old.fb.watch', 'fb.watch', true)).toBe(false);
  });

  it('gives the most specific host: Drive is not Google Search', () => {
    expect(detectPlatform('https://drive.google.com/file/d/1RAGWRgzn85TXCaCk4gxnwF6TGUaZatzE/view')?.platform.id).toBe('google_drive_photos');
    expect(detectPlatform('https://www.google.com/search?q=jane')?.platform.id).toBe('google_search');
    expect(detectPlatform('https://maps.google.com/')).toBeNull();
  });
});

describe('what a URL carries', () => {
  it.each([
    [
      'https://x.com/GrimboGrim/status/1839019491835129889',
      { platform: { id: 'x', name: 'X' }, kind: 'post', postId: '1839019491835129889', author: 'GrimboGrim' },
    ],
    ['https://x.com/i/web/status/1839019491835129889', { kind: 'post', postId: '1839019491835129889' }],
    [
      'https://m.facebook.com/story.php?story_fbid=1035862816472149&id=116132035111903',
      { kind: 'post', postId: '1035862816472149', author: '116132035111903' },
    ],
    ['https://www.tiktok.com/@leenabhushan/video/6748451240264420610', { kind: 'post', postId: '6748451240264420610', author: 'leenabhushan' }],
    ['https://t.me/europa_press/613', { kind: 'post', postId: 'europa_press/613', author: 'europa_press' }],
    ['https://youtu.be/yeWKywCrFtk?list=PL2', { kind: 'shortlink', postId: 'yeWKywCrFtk' }],
    ['https://www.youtube.com/watch?v=fJ9rUzIMcZQ&t=10', { kind: 'post', postId: 'fJ9rUzIMcZQ' }],
    ['https://xhamster.com/videos/femaleagent-shy-beauty-takes-the-bait-1509445', { kind: 'post', postId: '1509445' }],
    ['https://www.deviantart.com/shimoda7/art/For-the-sake-10073852', { kind: 'post', postId: '10073852', author: 'shimoda7' }],
    ['https://mikf123.tumblr.com/post/167770226574/text-post', { kind: 'post', postId: '167770226574', author: 'mikf123' }],
    ['https://discord.com/channels/302094807046684672/1306706528786583623/1306706528786583625', { kind: 'post', postId: '1306706528786583625' }],
    ['https://mega.co.nz/#!iRQRnLzT', { kind: 'post', postId: 'iRQRnLzT' }],
    ['https://www.reddit.com/r/aww/', { kind: 'other' }],
  ] as const)('%s', (url, expected) => {
    expect(detectPlatform(url)).toMatchObject(expected);
  });

  it('leaves out fields the URL does not carry', () => {
    const d = detectPlatform('https://www.instagram.com/p/BqvsDleB3lV/');
    expect(d).toEqual({ platform: { id: 'instagram', name: 'Instagram' }, kind: 'post', postId: 'BqvsDleB3lV' });
  });

  it('flags weakly sourced hosts and rules so the UI can show a caveat', () => {
    expect(detectPlatform('https://onlyfans.com/123456789/creatorname')?.confidence).toBe('unconfirmed');
    expect(detectPlatform('https://wa.me/15551234567')?.confidence).toBe('low');
    expect(detectPlatform('https://fb.com/')?.confidence).toBe('low');
    expect(detectPlatform('https://www.facebook.com/barackobama/posts/10153664894881749')?.confidence).toBeUndefined();
  });

  it('does not take site sections for accounts', () => {
    expect(detectPlatform('https://x.com/explore')?.kind).toBe('other');
    expect(detectPlatform('https://www.instagram.com/explore/')?.kind).toBe('other');
    expect(detectPlatform('https://www.facebook.com/marketplace')?.kind).toBe('other');
    expect(detectPlatform('https://onlyfans.com/my/notifications')?.kind).toBe('other');
  });
});
