import type { CommitHooks } from '../db/commit-capture';
import type { PreserveDatabase } from '../db/schema';

/** State the e2e tests steer through the worker's global; absent from the shipped build. */
export interface TestHookState {
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
 * Keeps a capture's transaction open with its artifacts written but its record not yet, so a
 * test can stop the worker at the worst moment. Reads keep the IndexedDB transaction alive.
 */
export function testCommitHooks(): CommitHooks {
  if (!__E2E__ || !globalThis.__preserveE2E) return {};
  const state = globalThis.__preserveE2E;
  return {
    insideTransaction: async (db: PreserveDatabase) => {
      while (state.holdCommit) {
        state.commitHeld = true;
        await db.cases.count();
      }
    },
  };
}
