import { openIfSealed, writeSealed } from '../db/open-rows';
import { database } from '../db/schema';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { PlanStepState, ThreatAssessmentRecord } from '../shared/workspace-types';
import { isPlanStepId } from '../workspace/plan-steps';
import { assessThreat, cleanAnswers } from '../workspace/threat-assessment';

/** An imported case is someone else's record, shown read-only: its plan and assessments stay as they came. */
async function writableCase(caseId: string): Promise<void> {
  const record = await openIfSealed('cases', await database().cases.get(caseId));
  if (!record) throw new UserFacingError(t('plan_error_no_case'), 'no-case');
  if (record.imported) throw new UserFacingError(t('plan_error_read_only'), 'read-only-case');
}

export const planHandlers = {
  'plan.setStep': async ({ caseId, stepId, state }: RequestOf<'plan.setStep'>): Promise<ResponseOf<'plan.setStep'>> => {
    if (!isPlanStepId(stepId)) throw new UserFacingError(t('plan_error_unknown_step'), 'unknown-step');
    if (state !== null && state !== 'done' && state !== 'not-for-me') throw new UserFacingError(t('plan_error_unknown_step'), 'unknown-state');
    await writableCase(caseId);
    const db = database();
    const id = `${caseId}:${stepId}`;
    if (state === null) {
      await db.planSteps.delete(id);
      return null;
    }
    const row: PlanStepState = { id, caseId, stepId, state, at: new Date().toISOString() };
    await writeSealed(db, 'planSteps', row);
    return row;
  },
  /** The level is worked out here from the answers, so a saved assessment always matches its rule. */
  'assessment.save': async ({ caseId, answers: raw }: RequestOf<'assessment.save'>): Promise<ResponseOf<'assessment.save'>> => {
    const answers = cleanAnswers(raw);
    if (!Object.keys(answers).length) throw new UserFacingError(t('assessment_error_empty'), 'empty-assessment');
    await writableCase(caseId);
    const db = database();
    const record: ThreatAssessmentRecord = { id: crypto.randomUUID(), caseId, at: new Date().toISOString(), answers, level: assessThreat(answers).level };
    await writeSealed(db, 'assessments', record, 'add');
    return record;
  },
};
