import { planStatesOf } from '../db/workspace-queries';
import type { PlanStepState } from '../shared/workspace-types';

export interface PlanApi {
  planStates(caseId: string): Promise<PlanStepState[]>;
}

export const planApi: PlanApi = {
  planStates: planStatesOf,
};
