import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { captureSeqs } from '../../../src/db/queries';
import { database } from '../../../src/db/schema';
import { captureDigests } from '../../../src/options/capture-digests';
import type { CaptureRecord, CaseRecord } from '../../../src/shared/types';

const capture = (caseId: string, seq: number) =>
  ({
    id: `${caseId}-c${seq}`,
    caseId,
    seq,
    trigger: 'popup',
    observed: { tabUrl: `https://pics.example/${caseId}/${seq}`, capturedAt: new Date(Date.UTC(2026, 10, 1, seq)).toISOString() },
    claimed: { documentTitle: 'A page', locationHref: 'https://pics.example/', meta: [], post: { text: 'long text', author: { handle: `@a${seq}` } } },
    artifacts: [],
  }) as unknown as CaptureRecord;

/** Stores captures 1..count of a case and moves its head, as a commit does. */
async function store(caseId: string, from: number, count: number) {
  const rows = Array.from({ length: count - from + 1 }, (_, i) => capture(caseId, from + i));
  await database().captures.bulkPut(rows);
  await database().cases.put({
    id: caseId,
    title: caseId,
    createdAt: '2026-11-01T00:00:00.000Z',
    isDefault: false,
    headHash: `head-${count}`,
    captureCount: count,
  } as CaseRecord);
}

afterEach(async () => {
  await database().delete();
  await database().open();
});

describe('capture digests of a case', () => {
  it('reads every capture of the case in chain order, more than one chunk of them, and only that case', async () => {
    await store('case-a', 1, 450);
    await store('case-b', 1, 3);
    const digests = await captureDigests('case-a');
    expect(digests.map((digest) => digest.seq)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(digests[0]).toMatchObject({
      id: 'case-a-c1',
      observed: { tabUrl: 'https://pics.example/case-a/1' },
      claimed: { post: { author: { handle: '@a1' } } },
    });
    expect(JSON.stringify(digests)).not.toContain('long text');
  });

  it('keeps what it read while the case is unchanged, and adds a new capture when the chain moves on', async () => {
    await store('case-c', 1, 5);
    const first = await captureDigests('case-c');
    expect(await captureDigests('case-c')).toBe(first);
    await store('case-c', 6, 7);
    const [again, atOnce] = await Promise.all([captureDigests('case-c'), captureDigests('case-c')]);
    expect(again.map((digest) => digest.id)).toEqual(['case-c-c1', 'case-c-c2', 'case-c-c3', 'case-c-c4', 'case-c-c5', 'case-c-c6', 'case-c-c7']);
    expect(atOnce).toBe(again);
  });

  it('reads the numbers that label linked captures from the index, including one from another case', async () => {
    await store('case-d', 1, 4);
    await store('case-e', 1, 2);
    const numbers = await captureSeqs('case-d', ['case-d-c3', 'case-e-c2', 'gone']);
    expect([...numbers]).toEqual([
      ['case-d-c3', 3],
      ['case-e-c2', 2],
    ]);
  });
});
