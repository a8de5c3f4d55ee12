import { assessmentsOf, caseProgressFacts, planStatesOf } from '../db/workspace-queries';
import { sendMessage } from '../shared/send-message';
import type { AssessmentAnswer, CaseProgressFacts, PlanStepState, ThreatAssessmentRecord } from '../shared/workspace-types';

/** The action plan and threat assessment: read from the store, written through the worker. */
export interface PlanApi {
  planStates(caseId: string): Promise<PlanStepState[]>;
  progressFacts(caseId: string): Promise<CaseProgressFacts>;
  setPlanStep(caseId: string, stepId: string, state: PlanStepState['state'] | null): Promise<PlanStepState | null>;
  assessments(caseId: string): Promise<ThreatAssessmentRecord[]>;
  saveAssessment(caseId: string, answers: Record<string, AssessmentAnswer>): Promise<ThreatAssessmentRecord>;
}

export const planApi: PlanApi = {
  planStates: planStatesOf,
  progressFacts: caseProgressFacts,
  setPlanStep: (caseId, stepId, state) => sendMessage('plan.setStep', { caseId, stepId, state }),
  assessments: assessmentsOf,
  saveAssessment: (caseId, answers) => sendMessage('assessment.save', { caseId, answers }),
};
