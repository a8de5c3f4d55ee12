import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/shared/capture-digest';
import type { CaptureRecord } from '../../../src/shared/types';
import { watchableUrls } from '../../../src/takedowns/link-state';
import { trackUrls } from '../../../src/takedowns/tracker';
import { accountSuggestions } from '../../../src/workspace/people-suggestions';

const record = (i: number, trigger = 'popup') =>
  ({
    id: `c${i}`,
    caseId: 'case-1',
    seq: i,
    trigger,
    format: 1,
    prevHash: null,
    recordHash: 'h',
    observed: { tabUrl: `https://x.com/jay${i % 2}/status/${i}`, tabTitle: `Post ${i}`, capturedAt: new Date(Date.UTC(2026, 10, 1, i)).toISOString() },
    claimed: {
      documentTitle: `Post ${i}`,
      locationHref: `https://x.com/jay${i % 2}/status/${i}`,
      meta: [{ name: 'og:title', content: 'a long description' }],
      platform: { platform: { id: 'x', name: 'X' }, kind: 'post', postId: String(i) },
      post: { author: { handle: `@jay${i % 2}`, name: 'Jay', id: `id${i % 2}` }, text: 'what the post said' },
    },
    artifacts: [{ id: `a${i}`, kind: 'screenshot', name: 's.png', mediaType: 'image/png', size: 1, sha256: '0' }],
  }) as unknown as CaptureRecord;

describe('capture digests', () => {
  const records = [record(1), record(2), record(3, 'request-confirmation'), { ...record(4), claimed: null }];
  const digests = records.map(digestOf);

  it('keeps the address, time, platform and author, and leaves the page text and files behind', () => {
    expect(digests[0]).toEqual({
      id: 'c1',
      seq: 1,
      trigger: 'popup',
      observed: records[0]!.observed,
      claimed: { platform: records[0]!.claimed!.platform, post: { author: { handle: '@jay1', name: 'Jay', id: 'id1' } } },
    });
    expect(JSON.stringify(digests)).not.toContain('what the post said');
    expect(JSON.stringify(digests)).not.toContain('screenshot');
    expect(digests[3]!.claimed).toBeNull();
  });

  it('gives the tracker, the link monitor and the suggestions what the whole records give them', () => {
    expect(trackUrls({ captures: digests, requests: [], events: [] })).toEqual(trackUrls({ captures: records, requests: [], events: [] }));
    expect(watchableUrls(digests)).toEqual(watchableUrls(records));
    expect(accountSuggestions(digests, [])).toEqual(accountSuggestions(records, []));
    expect(accountSuggestions(digests, []).length).toBeGreaterThan(0);
  });
});
