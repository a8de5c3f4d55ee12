import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sealArtifact } from '../../../src/db/artifact-store';
import { DEFAULT_CASE_ID } from '../../../src/db/cases';
import { commitCapture, type CommitHooks, type PendingCapture } from '../../../src/db/commit-capture';
import { openAll } from '../../../src/db/open-rows';
import { PreserveDatabase } from '../../../src/db/schema';
import { verifyChain } from '../../../src/shared/chain';

let db: PreserveDatabase;
let counter = 0;

afterEach(async () => {
  await db?.delete();
});

function freshDb() {
  db = new PreserveDatabase(`test-${++counter}`);
  return db;
}

function pending(id: string): PendingCapture {
  return {
    id,
    trigger: 'popup',
    observed: {
      tabUrl: `https://example.test/${id}`,
      tabTitle: id,
      capturedAt: new Date().toISOString(),
      capturedAtLocal: '',
      utcOffsetMinutes: 0,
      timeZone: 'UTC',
      window: null,
      viewport: null,
      devicePixelRatio: null,
      browser: { name: 'test', version: '1' },
      extensionVersion: '0',
      incognito: false,
    },
    claimed: null,
    artifacts: [{ id: `${id}-a`, kind: 'screenshot', name: 'screenshot.png', mediaType: 'image/png', size: 3, sha256: 'x'.repeat(64) }],
  };
}

async function commit(id: string, hooks: CommitHooks = {}) {
  const row = await sealArtifact(`${id}-a`, id, new Uint8Array([1, 2, 3]), 'image/png', db);
  return commitCapture(db, pending(id), [row], hooks);
}

describe('commitCapture', () => {
  it('creates the default case on first capture and links each capture to the one before', async () => {
    freshDb();
    const first = await commit('one');
    const second = await commit('two');
    expect(first).toMatchObject({ caseId: DEFAULT_CASE_ID, seq: 1, prevHash: null });
    expect(second).toMatchObject({ seq: 2, prevHash: first.recordHash });
    expect(await db.cases.get(DEFAULT_CASE_ID)).toMatchObject({ headHash: second.recordHash, captureCount: 2 });
  });

  it('writes nothing at all when the transaction fails after the bytes were written', async () => {
    freshDb();
    await commit('kept');
    const failing = commit('lost', {
      beforeCommit: async () => {
        throw new Error('worker stopped');
      },
    });
    await expect(failing).rejects.toThrow('worker stopped');
    expect(await db.captures.count()).toBe(1);
    expect(await db.artifacts.count()).toBe(1);
    expect(await db.cases.get(DEFAULT_CASE_ID)).toMatchObject({ captureCount: 1 });
  });

  it('keeps one valid chain when captures are committed at the same time', async () => {
    freshDb();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => commit(id)));
    const captures = await openAll('captures', await db.captures.toArray());
    expect(captures.map((capture) => capture.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(verifyChain(captures)).toEqual([]);
  });

  it('refuses to record into a case that does not exist', async () => {
    freshDb();
    await db.settings.put({ key: 'activeCaseId', value: 'gone' });
    await expect(commit('orphan')).rejects.toThrow(/no longer exists/);
    expect(await db.artifacts.count()).toBe(0);
  });

  it('writes in the shipped order and all at once even while the e2e hook holds the transaction open', async () => {
    // Logs each write as IndexedDB receives it, with how many writes had already answered.
    const log = (database: PreserveDatabase) => {
      const writes: string[] = [];
      let answered = 0;
      database.use({
        stack: 'dbcore',
        name: 'write-log',
        create: (down) => ({
          ...down,
          table: (name) => {
            const table = down.table(name);
            return {
              ...table,
              mutate: (request) => {
                writes.push(`${name}.${request.type} after ${answered} answers`);
                return table.mutate(request).finally(() => answered++);
              },
            };
          },
        }),
      });
      return writes;
    };
    freshDb();
    const shipped = log(db);
    await commit('plain');
    const hookDb = freshDb();
    const underHook = log(hookDb);
    let held = 0;
    await commit('held', {
      beforeCommit: async (open) => {
        while (held++ < 5) await open.cases.count(); // what the e2e hook does until the test lets go
      },
    });
    expect(shipped).toEqual(['artifacts.add after 0 answers', 'captures.add after 0 answers', 'cases.put after 0 answers']);
    expect(underHook).toEqual(shipped);
    expect(held).toBeGreaterThan(5);
    expect(await hookDb.captures.count()).toBe(1);
  });
});
