import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../locales';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import type { CaseProgressFacts, PlanStepState } from '../shared/workspace-types';
import { SupportPanel } from '../ui/SupportPanel';
import { PLAN_GROUPS, type PlanGroup, planTargetHref } from '../workspace/plan-steps';
import { type PlanItem, type PlanStepStatus, planProgress } from '../workspace/plan-progress';
import type { OptionsApi } from './api';

const GROUP_TITLE: Record<PlanGroup, MessageKey> = {
  now: 'plan_group_now',
  next: 'plan_group_next',
  later: 'plan_group_later',
  'if-needed': 'plan_group_if_needed',
};

const STATUS_TEXT: Record<PlanStepStatus, MessageKey> = {
  todo: 'plan_status_todo',
  done: 'plan_status_done',
  auto: 'plan_status_auto',
  'not-for-me': 'plan_status_not_for_me',
};

/** The OnlineSOS checklist as steps the person ticks, sets aside, or sees ticked by Preserve. */
export function ActionPlanView({ api, caseRecord, readOnly }: { api: OptionsApi; caseRecord: CaseRecord; readOnly: boolean }) {
  const [states, setStates] = useState<PlanStepState[] | null>(null);
  const [facts, setFacts] = useState<CaseProgressFacts | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [supportOpen, setSupportOpen] = useState(false);
  useEffect(() => {
    void Promise.all([api.planStates(caseRecord.id), api.progressFacts(caseRecord.id)]).then(([own, known]) => {
      setStates(own);
      setFacts(known);
    });
  }, [caseRecord.id]);

  async function setStep(stepId: string, state: PlanStepState['state'] | null) {
    setBusy(stepId);
    setFailed(false);
    try {
      const saved = await api.setPlanStep(caseRecord.id, stepId, state);
      setStates((current) => [...(current ?? []).filter((row) => row.stepId !== stepId), ...(saved ? [saved] : [])]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  if (!states || !facts) return null;
  const progress = planProgress(states, facts);
  return (
    <section class="action-plan" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('plan_title')}</h2>
      <p class="muted">{t('plan_intro')}</p>
      {readOnly && <p class="notice">{t('plan_read_only')}</p>}
      <p class="plan-progress">
        <label for="plan-progress">{t('plan_progress', { settled: progress.settled, total: progress.total })}</label>{' '}
        <progress id="plan-progress" max={progress.total} value={progress.settled} />
      </p>
      {failed && (
        <p class="error" role="alert">
          {t('plan_save_failed')}
        </p>
      )}
      {supportOpen && <SupportPanel onClose={() => setSupportOpen(false)} />}
      {PLAN_GROUPS.map((group) => (
        <section key={group} class="plan-group" aria-labelledby={`plan-group-${group}`}>
          <h3 id={`plan-group-${group}`}>{t(GROUP_TITLE[group])}</h3>
          <ol class="plan-steps">
            {progress.items
              .filter((item) => item.step.group === group)
              .map((item) => (
                <PlanStepRow
                  key={item.step.id}
                  item={item}
                  caseId={caseRecord.id}
                  readOnly={readOnly}
                  busy={busy === item.step.id}
                  onSet={(state) => void setStep(item.step.id, state)}
                  onOpenSupport={() => setSupportOpen(true)}
                />
              ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function PlanStepRow({
  item,
  caseId,
  readOnly,
  busy,
  onSet,
  onOpenSupport,
}: {
  item: PlanItem;
  caseId: string;
  readOnly: boolean;
  busy: boolean;
  onSet: (state: PlanStepState['state'] | null) => void;
  onOpenSupport: () => void;
}) {
  const { step, status } = item;
  const titleId = `plan-step-${step.id}`;
  const href = planTargetHref(step.target, caseId);
  return (
    <li class={`plan-step plan-step-${status}`} data-step={step.id} data-status={status}>
      <details>
        <summary>
          <span id={titleId} class="plan-step-title">
            {t(step.title)}
          </span>{' '}
          <span class="plan-step-status">{t(STATUS_TEXT[status])}</span>
        </summary>
        <p>{t(step.body)}</p>
        {href ? (
          <a href={href}>{t(step.action ?? 'plan_open_support')}</a>
        ) : (
          <button type="button" class="link" onClick={onOpenSupport}>
            {t(step.action ?? 'plan_open_support')}
          </button>
        )}
      </details>
      {!readOnly && (
        <div class="plan-step-actions">
          {status === 'todo' && (
            <button type="button" disabled={busy} aria-describedby={titleId} onClick={() => onSet('done')}>
              {t('plan_mark_done')}
            </button>
          )}
          {(status === 'todo' || status === 'auto') && (
            <button type="button" disabled={busy} aria-describedby={titleId} onClick={() => onSet('not-for-me')}>
              {t('plan_not_for_me')}
            </button>
          )}
          {(status === 'done' || status === 'not-for-me') && (
            <button type="button" disabled={busy} aria-describedby={titleId} onClick={() => onSet(null)}>
              {t('plan_undo')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
