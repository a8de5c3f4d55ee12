import type { MessageKey } from '../locales';
import type { CaseProgressFacts } from '../shared/workspace-types';

/*
 * The action plan: the OnlineSOS checklist for non-consensual distribution of intimate images,
 * as issue #11 summarises it, in the order a person usually needs it. Each step names where in
 * Preserve it is done, and the fact of the case that shows Preserve has done it.
 */

export type PlanGroup = 'now' | 'next' | 'later' | 'if-needed';
export const PLAN_GROUPS: readonly PlanGroup[] = ['now', 'next', 'later', 'if-needed'];

/** Where a step is done: a view of the case, a page of its own, or the support panel. */
export type PlanTarget =
  | { to: 'case-view'; view: 'case' | 'assessment' | 'log' | 'people' | 'letters' }
  | { to: 'page'; page: 'images' | 'settings' }
  | { to: 'support' };

export interface PlanStep {
  id: string;
  group: PlanGroup;
  title: MessageKey;
  body: MessageKey;
  /** The link's words; the support panel's own when absent. */
  action?: MessageKey;
  target: PlanTarget;
  /** Ticked by Preserve once this count is above zero. */
  doneWhen?: keyof CaseProgressFacts;
}

const SUPPORT: PlanTarget = { to: 'support' };
const view = (name: 'case' | 'assessment' | 'log' | 'people' | 'letters'): PlanTarget => ({ to: 'case-view', view: name });

export const PLAN_STEPS: readonly PlanStep[] = [
  { id: 'safety', group: 'now', title: 'plan_step_safety_title', body: 'plan_step_safety_body', target: SUPPORT },
  { id: 'breathe', group: 'now', title: 'plan_step_breathe_title', body: 'plan_step_breathe_body', target: SUPPORT },
  {
    id: 'assessment',
    group: 'now',
    title: 'plan_step_assessment_title',
    body: 'plan_step_assessment_body',
    action: 'plan_step_assessment_action',
    target: view('assessment'),
    doneWhen: 'assessments',
  },
  {
    id: 'evidence',
    group: 'now',
    title: 'plan_step_evidence_title',
    body: 'plan_step_evidence_body',
    action: 'plan_step_evidence_action',
    target: view('case'),
    doneWhen: 'captures',
  },
  {
    id: 'find',
    group: 'next',
    title: 'plan_step_find_title',
    body: 'plan_step_find_body',
    action: 'plan_step_find_action',
    target: { to: 'page', page: 'images' },
  },
  {
    id: 'preservation',
    group: 'next',
    title: 'plan_step_preservation_title',
    body: 'plan_step_preservation_body',
    action: 'plan_step_preservation_action',
    target: view('letters'),
    doneWhen: 'preservationLetters',
  },
  {
    id: 'log',
    group: 'next',
    title: 'plan_step_log_title',
    body: 'plan_step_log_body',
    action: 'plan_step_log_action',
    target: view('log'),
    doneWhen: 'incidents',
  },
  {
    id: 'binder',
    group: 'next',
    title: 'plan_step_binder_title',
    body: 'plan_step_binder_body',
    action: 'plan_step_evidence_action',
    target: view('case'),
    doneWhen: 'exports',
  },
  {
    id: 'takedowns',
    group: 'next',
    title: 'plan_step_takedowns_title',
    body: 'plan_step_takedowns_body',
    action: 'plan_step_takedowns_action',
    target: view('case'),
    doneWhen: 'requests',
  },
  {
    id: 'affected',
    group: 'later',
    title: 'plan_step_affected_title',
    body: 'plan_step_affected_body',
    action: 'plan_step_affected_action',
    target: view('people'),
  },
  { id: 'support', group: 'later', title: 'plan_step_support_title', body: 'plan_step_support_body', target: SUPPORT },
  {
    id: 'monitor',
    group: 'later',
    title: 'plan_step_monitor_title',
    body: 'plan_step_monitor_body',
    action: 'plan_step_find_action',
    target: { to: 'page', page: 'images' },
  },
  {
    id: 'contact',
    group: 'later',
    title: 'plan_step_contact_title',
    body: 'plan_step_contact_body',
    action: 'plan_step_affected_action',
    target: view('people'),
  },
  { id: 'protective', group: 'if-needed', title: 'plan_step_protective_title', body: 'plan_step_protective_body', target: SUPPORT },
  {
    id: 'police',
    group: 'if-needed',
    title: 'plan_step_police_title',
    body: 'plan_step_police_body',
    action: 'plan_step_evidence_action',
    target: view('case'),
  },
  { id: 'unknown', group: 'if-needed', title: 'plan_step_unknown_title', body: 'plan_step_unknown_body', target: SUPPORT },
];

export const isPlanStepId = (id: string): boolean => PLAN_STEPS.some((step) => step.id === id);

/** The options page address a step links to; null when it opens the support panel instead. */
export function planTargetHref(target: PlanTarget, caseId: string): string | null {
  switch (target.to) {
    case 'case-view':
      return `#${target.view}/${caseId}`;
    case 'page':
      return `#${target.page}`;
    case 'support':
      return null;
  }
}
