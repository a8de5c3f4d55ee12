import type { CommitHooks } from '../db/commit-capture';
import type { PreserveDatabase } from '../db/schema';

/** State the e2e tests steer through the worker's global; absent from the shipped build. */
interface TestHookState {
  holdCommit: boolean;
  commitHeld: boolean;
}

declare global {
  var __preserveE2E: TestHookState | undefined;
}

export function installTestHooks(): void {
  globalThis.__preserveE2E = { holdCommit: false, commitHeld: false };
}

/**
 * Keeps a capture's transaction open after every write (artifacts, record, case) has succeeded
 * but before it commits, so a test can stop the worker at the worst moment. The writes are
 * issued as they are in the shipped build; reads only keep the IndexedDB transaction alive.
 */
export function testCommitHooks(): CommitHooks {
  if (!__E2E__ || !globalThis.__preserveE2E) return {};
  const state = globalThis.__preserveE2E;
  return {
    beforeCommit: async (db: PreserveDatabase) => {
      while (state.holdCommit) {
        state.commitHeld = true;
        await db.cases.count();
      }
    },
  };
}
