import { describe, expect, it } from 'vitest';
import { detectPlatform, platforms } from '../../../src/platforms/index';
import realUrls from './real-urls.json';

// URLs gathered independently of the reference data and of each rule's own examples: the test
// URLs of yt-dlp's extractors and gallery-dl's result tests (each entry names its file and
// extractor), plus CDN, share and settings links whose shape those files or the platforms'
// help pages document. Rules are tuned on their examples; this checks they generalise (issue #9).
interface RealUrl {
  url: string;
  platform: string;
  kind: string;
  source: string;
}

const cases: RealUrl[] = realUrls;

describe('real-world URLs', () => {
  it('are enough, named by source, and cover every platform', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const c of cases) expect(c.source.trim(), c.url).not.toBe('');
    expect(new Set(cases.map((c) => c.url)).size).toBe(cases.length);
    const covered = new Set(cases.map((c) => c.platform));
    for (const p of platforms) expect(covered.has(p.id), p.id).toBe(true);
  });

  it.each(cases.map((c) => [c.platform, c.kind, c.url] as const))('%s %s %s', (platform, kind, url) => {
    expect(detectPlatform(url)).toMatchObject({ platform: { id: platform }, kind });
  });
});
