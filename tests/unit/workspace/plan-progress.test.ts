import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/locales';
import { routeFromHash } from '../../../src/options/routes';
import type { CaseProgressFacts, PlanStepState } from '../../../src/shared/workspace-types';
import { planProgress } from '../../../src/workspace/plan-progress';
import { isPlanStepId, PLAN_STEPS, planTargetHref } from '../../../src/workspace/plan-steps';

const NOTHING: CaseProgressFacts = { captures: 0, requests: 0, exports: 0, assessments: 0, incidents: 0, letters: 0, preservationLetters: 0, people: 0 };
const state = (stepId: string, value: PlanStepState['state']): PlanStepState => ({
  id: `c1:${stepId}`,
  caseId: 'c1',
  stepId,
  state: value,
  at: '2026-11-02T10:00:00.000Z',
});
const statusOf = (progress: ReturnType<typeof planProgress>, id: string) => progress.items.find((item) => item.step.id === id)?.status;

describe('the action plan', () => {
  it('has every step of the checklist once, each with words in every language', () => {
    const ids = PLAN_STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(16);
    for (const step of PLAN_STEPS) {
      for (const key of [step.title, step.body, ...(step.action ? [step.action] : [])]) {
        expect((CATALOGUES.en as Record<string, string>)[key], key).toBeTruthy();
        expect((CATALOGUES.es as Record<string, string>)[key], key).toBeTruthy();
      }
    }
    expect(isPlanStepId('evidence')).toBe(true);
    expect(isPlanStepId('toString')).toBe(false);
  });

  it('links every step to a view the options page routes to, or to the support panel', () => {
    for (const step of PLAN_STEPS) {
      const href = planTargetHref(step.target, 'case-42');
      if (step.target.to === 'support') {
        expect(href, step.id).toBeNull();
        continue;
      }
      const route = routeFromHash(href!);
      if (step.target.to === 'case-view') expect(route, step.id).toEqual({ view: step.target.view, caseId: 'case-42' });
      else expect(route, step.id).toEqual({ view: step.target.page });
    }
  });

  it('starts with nothing done', () => {
    const progress = planProgress([], NOTHING);
    expect(progress.settled).toBe(0);
    expect(progress.total).toBe(PLAN_STEPS.length);
    expect(progress.items.every((item) => item.status === 'todo')).toBe(true);
  });

  it('ticks the steps Preserve does itself from the facts of the case, and only those', () => {
    const facts = { ...NOTHING, captures: 3, requests: 1, exports: 1, assessments: 2, incidents: 4, letters: 1, preservationLetters: 1, people: 5 };
    const progress = planProgress([], facts);
    const auto = progress.items.filter((item) => item.status === 'auto').map((item) => item.step.id);
    expect(auto.sort()).toEqual(['assessment', 'binder', 'evidence', 'log', 'preservation', 'takedowns']);
    expect(progress.settled).toBe(6);
  });

  it('does not count a DMCA letter as a preservation request', () => {
    const progress = planProgress([], { ...NOTHING, letters: 2, preservationLetters: 0 });
    expect(statusOf(progress, 'preservation')).toBe('todo');
  });

  it('lets the person mark steps done or set them aside, even one Preserve ticked', () => {
    const progress = planProgress([state('safety', 'done'), state('unknown', 'not-for-me'), state('evidence', 'not-for-me')], { ...NOTHING, captures: 1 });
    expect(statusOf(progress, 'safety')).toBe('done');
    expect(statusOf(progress, 'unknown')).toBe('not-for-me');
    expect(statusOf(progress, 'evidence')).toBe('not-for-me');
    expect(progress.items.find((item) => item.step.id === 'safety')?.at).toBe('2026-11-02T10:00:00.000Z');
    expect(progress.settled).toBe(3);
  });

  it('ignores states for steps it does not know', () => {
    expect(planProgress([state('gone-step', 'done')], NOTHING).settled).toBe(0);
  });
});
