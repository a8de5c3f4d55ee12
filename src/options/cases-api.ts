import { caseEventsOf } from '../db/workspace-queries';
import type { CaseEvent } from '../shared/workspace-types';

export interface CasesApi {
  caseEvents(caseId: string): Promise<CaseEvent[]>;
}

export const casesApi: CasesApi = {
  caseEvents: caseEventsOf,
};
