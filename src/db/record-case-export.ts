import type { CaseEvent } from '../shared/workspace-types';
import { writeSealed } from './open-rows';
import type { PreserveDatabase } from './schema';

/** A dated 'exported' event beside the case, so the action plan knows a binder can be printed. */
export async function recordCaseExport(db: PreserveDatabase, caseId: string, at: string): Promise<void> {
  const event: CaseEvent = { id: crypto.randomUUID(), caseId, at, kind: 'exported' };
  await writeSealed(db, 'caseEvents', event, 'add');
}
