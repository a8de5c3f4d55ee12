import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPlatform, platforms, removalRoutes } from '../../src/platforms/index';
import { matchPlatform } from '../../src/platforms/match-url';
import reference from './reference-examples.json';

const DIR = join(import.meta.dirname, '../../src/platforms');
// Files in src/platforms that are shared helpers, not platforms.
const HELPERS = ['routes', 'cross-platform', 'define-platform', 'dom', 'generic', 'index', 'match-url', 'route-fields', 'types'];

// The reference data names finer kinds than the extension needs; this is how they fold into ours.
const KIND: Record<string, string> = {
  post: 'post',
  group_post: 'post',
  photo: 'post',
  video: 'post',
  video_legacy: 'post',
  reel: 'post',
  story: 'post',
  highlight: 'post',
  spotlight: 'post',
  message: 'post',
  pin: 'post',
  private_post: 'post',
  album: 'post',
  gallery: 'post',
  vod: 'post',
  clip: 'post',
  live: 'post',
  thread: 'post',
  file: 'post',
  folder: 'post',
  shared_file: 'post',
  shared_photos: 'post',
  shared_album: 'post',
  media_page: 'post',
  stash: 'post',
  legacy_link: 'post',
  media: 'media',
  profile: 'profile',
  short_link: 'shortlink',
  share_link: 'shortlink',
  invite: 'shortlink',
  board: 'other',
  community: 'other',
  channel: 'other',
  server: 'other',
  search_results: 'other',
};

const examplesOf = (id: string): string[] => {
  const p = platforms.find((q) => q.id === id)!;
  return [...p.rules.flatMap((r) => r.examples), ...(p.otherExamples ?? [])];
};

describe('platform registry', () => {
  it('lists every platform of the reference data, and nothing else', () => {
    expect(platforms.map((p) => p.id).sort()).toEqual(reference.platforms.map((p) => p.id).sort());
    for (const id of reference.crossPlatformServices) expect(platforms.some((p) => p.id === id)).toBe(false);
  });

  it('has one file per platform, named by its id, and every platform file is registered', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.routes.ts') && !f.endsWith('.test.ts'));
    const platformFiles = files.map((f) => f.replace(/\.ts$/, '')).filter((f) => !HELPERS.includes(f));
    expect(platformFiles.sort()).toEqual(platforms.map((p) => p.id).sort());
    for (const p of platforms) {
      const mod = (await import(`../../src/platforms/${p.id}.ts`)) as { default: unknown };
      expect(mod.default, `${p.id}.ts must default-export the registered platform`).toBe(p);
      expect(existsSync(join(DIR, `${p.id}.routes.ts`)), `${p.id}.routes.ts`).toBe(true);
      expect(removalRoutes(p.id).length, `${p.id} is listed in routes.ts`).toBeGreaterThan(0);
    }
  });

  it('has unique ids and no platform without examples', () => {
    expect(new Set(platforms.map((p) => p.id)).size).toBe(platforms.length);
    for (const p of platforms) expect(examplesOf(p.id).length, p.id).toBeGreaterThan(0);
  });
});

describe.each(platforms.map((p) => [p.id, p] as const))('%s', (id, platform) => {
  it('classifies its own examples as the kind written beside them', () => {
    for (const rule of platform.rules) {
      for (const url of rule.examples) {
        const d = detectPlatform(url);
        expect(d?.platform.id, url).toBe(id);
        expect(d?.kind, url).toBe(rule.kind);
      }
    }
    for (const url of platform.otherExamples ?? []) expect(detectPlatform(url), url).toMatchObject({ platform: { id }, kind: 'other' });
  });

  it("claims none of the other platforms' examples", () => {
    for (const other of platforms) {
      if (other.id === id) continue;
      for (const url of examplesOf(other.id)) {
        const claimed = matchPlatform(platform, url);
        expect(claimed, `${id} claims ${other.id}'s example ${url}: narrow ${id}'s hosts or rules, or move the example`).toBeNull();
      }
    }
  });
});

describe('reference examples', () => {
  const cases = reference.platforms.flatMap((p) =>
    p.patterns.flatMap((pattern) =>
      [...pattern.examples, ...pattern.illustrative]
        // at:// URIs are not web pages; detectPlatform only answers for http(s).
        .filter((url) => !url.startsWith('at://'))
        .map((url) => [p.id, pattern.kind, url] as const),
    ),
  );

  it('covers enough examples to mean something', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('%s %s %s', (id, refKind, url) => {
    expect(KIND[refKind], `map reference kind ${refKind}`).toBeDefined();
    expect(detectPlatform(url)).toMatchObject({ platform: { id }, kind: KIND[refKind] });
  });

  it('gives at:// URIs no platform', () => {
    expect(detectPlatform('at://did:plc:ia76kvnndjutgedggx2ibrem/app.bsky.feed.post/3l6zrz6zyl2dr')).toBeNull();
  });
});
