import type { CaseProgressFacts, PlanStepState } from '../shared/workspace-types';
import { PLAN_STEPS, type PlanStep } from './plan-steps';

/** 'auto': Preserve did it (a capture, a request …); the person's own choice always wins over it. */
export type PlanStepStatus = 'todo' | 'done' | 'auto' | 'not-for-me';

export interface PlanItem {
  step: PlanStep;
  status: PlanStepStatus;
  /** When the person marked it, for steps they marked. */
  at?: string;
}

export interface PlanProgress {
  items: PlanItem[];
  /** Done, done by Preserve, or set aside. */
  settled: number;
  total: number;
}

export function planProgress(states: readonly PlanStepState[], facts: CaseProgressFacts, steps: readonly PlanStep[] = PLAN_STEPS): PlanProgress {
  const byStep = new Map(states.map((state) => [state.stepId, state]));
  const items = steps.map((step): PlanItem => {
    const own = byStep.get(step.id);
    if (own) return { step, status: own.state, at: own.at };
    return { step, status: step.doneWhen && facts[step.doneWhen] > 0 ? 'auto' : 'todo' };
  });
  return { items, settled: items.filter((item) => item.status !== 'todo').length, total: items.length };
}
