import { describe, expect, it } from 'vitest';
import { assertCapturableUrl, explainCaptureFailure } from '../../../src/capture/capturable';
import { dataUrlToBytes } from '../../../src/capture/decode';
import { buildObservedFacts, formatLocalIso, pngSize } from '../../../src/capture/observed-facts';

describe('buildObservedFacts', () => {
  const base = {
    tab: { url: 'https://example.test/post', title: 'Tab title', width: 1280, height: 713, incognito: false },
    window: { width: 1296, height: 900 },
    now: new Date('2026-11-24T10:00:00.123Z'),
    timeZone: 'Europe/Berlin',
    utcOffsetMinutes: 60,
    screenshot: { width: 2560, height: 1426 },
    browser: { name: 'Chromium', version: '156.0.1' },
    extensionVersion: '0.1.0',
  };

  it('records the browser clock in UTC and local time, sizes and the pixel ratio from the screenshot', () => {
    expect(buildObservedFacts(base)).toEqual({
      tabUrl: 'https://example.test/post',
      tabTitle: 'Tab title',
      capturedAt: '2026-11-24T10:00:00.123Z',
      capturedAtLocal: '2026-11-24T11:00:00.123+01:00',
      utcOffsetMinutes: 60,
      timeZone: 'Europe/Berlin',
      window: { width: 1296, height: 900 },
      viewport: { width: 1280, height: 713 },
      devicePixelRatio: 2,
      browser: { name: 'Chromium', version: '156.0.1' },
      extensionVersion: '0.1.0',
      incognito: false,
      contextTarget: undefined,
    });
  });

  it('keeps only the context-menu fields the browser filled in', () => {
    const facts = buildObservedFacts({ ...base, contextTarget: { mediaType: 'image', srcUrl: 'https://cdn.test/a.jpg', selectionText: '' } });
    expect(facts.contextTarget).toEqual({ mediaType: 'image', srcUrl: 'https://cdn.test/a.jpg' });
    expect(facts).not.toHaveProperty('clipped');
  });

  it('clips what the page made, even when the browser reports it, and says so; never the address', () => {
    const huge = 'x'.repeat(20_000_000);
    const facts = buildObservedFacts({
      ...base,
      tab: { ...base.tab, url: `https://example.test/${'p'.repeat(100_000)}`, title: huge },
      contextTarget: { mediaType: 'image', srcUrl: `data:image/png;base64,${huge}`, linkUrl: `https://a.test/${huge}`, selectionText: huge },
    });
    expect(facts.tabUrl).toHaveLength(100_000 + 'https://example.test/'.length);
    expect(facts.tabTitle).toHaveLength(4_096);
    expect(facts.tabTitle.endsWith('…')).toBe(true);
    expect(facts.contextTarget?.srcUrl).toHaveLength(8_192);
    expect(facts.contextTarget?.linkUrl).toHaveLength(8_192);
    expect(facts.contextTarget?.selectionText).toHaveLength(20_000);
    expect(facts.clipped).toEqual([
      { field: 'tabTitle', length: 20_000_000 },
      { field: 'contextTarget.srcUrl', length: 20_000_022 },
      { field: 'contextTarget.linkUrl', length: 20_000_015 },
      { field: 'contextTarget.selectionText', length: 20_000_000 },
    ]);
    expect(JSON.stringify(facts).length).toBeLessThan(200_000);
  });

  it('writes negative and fractional offsets', () => {
    expect(formatLocalIso(new Date('2026-01-01T00:00:00.000Z'), -300)).toBe('2025-12-31T19:00:00.000-05:00');
    expect(formatLocalIso(new Date('2026-01-01T00:00:00.000Z'), 345)).toBe('2026-01-01T05:45:00.000+05:45');
  });
});

describe('pngSize and dataUrlToBytes', () => {
  it('reads the IHDR size of a PNG and refuses other bytes', () => {
    const header = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 5, 0, 0, 0, 2, 0xd0]);
    expect(pngSize(header)).toEqual({ width: 1280, height: 720 });
    expect(pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toBeNull();
  });

  it('decodes a base64 data URL and rejects anything else', () => {
    expect([...dataUrlToBytes('data:image/png;base64,AAEC/w==')]).toEqual([0, 1, 2, 255]);
    expect(() => dataUrlToBytes('https://example.test/a.png')).toThrow(/unexpected form/);
  });
});

describe('assertCapturableUrl', () => {
  const allowed = { fileAccess: false };
  it.each([
    ['chrome://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/page.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'extension-store'],
    ['file:///home/me/a.html', 'file-access'],
    ['data:text/html,hi', 'no-address'],
    [undefined, 'browser-page'],
  ])('refuses %s with a plain reason (%s)', (url, code) => {
    expect(() => assertCapturableUrl(url, allowed)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts web pages, other Google pages and allowed files', () => {
    expect(() => assertCapturableUrl('https://www.reddit.com/r/a/comments/b/c/', allowed)).not.toThrow();
    expect(() => assertCapturableUrl('https://chrome.google.com/intl/en/', allowed)).not.toThrow();
    expect(() => assertCapturableUrl('file:///home/me/a.html', { fileAccess: true })).not.toThrow();
  });

  it('explains browser errors in plain words', () => {
    expect(explainCaptureFailure(new Error('Cannot access contents of url "x"')).code).toBe('no-access');
    expect(explainCaptureFailure(new Error('Error: MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND')).code).toBe('too-fast');
    expect(explainCaptureFailure(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).message).toMatch(/Everything saved before is safe/);
  });
});
