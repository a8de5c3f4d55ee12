import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../locales';
import { t } from '../shared/i18n';
import { SUPPORT_SERVICES } from '../shared/support-services';
import type { CaseRecord } from '../shared/types';
import type { AssessmentAnswer, RiskLevel, ThreatAssessmentRecord } from '../shared/workspace-types';
import { ANSWERS, type Answers, assessThreat, cleanAnswers, compareAssessments, QUESTION_IDS, QUESTION_TEXT } from '../workspace/threat-assessment';
import type { OptionsApi } from './api';
import { formatDateTime } from './format';

const LEVEL_TEXT: Record<RiskLevel, MessageKey> = {
  urgent: 'assessment_level_urgent',
  high: 'assessment_level_high',
  moderate: 'assessment_level_moderate',
  lower: 'assessment_level_lower',
};

const ANSWER_TEXT: Record<AssessmentAnswer, MessageKey> = { yes: 'assessment_yes', no: 'assessment_no', unsure: 'assessment_unsure' };
const answerText = (answer: AssessmentAnswer | undefined) => t(answer ? ANSWER_TEXT[answer] : 'assessment_not_answered');

/** A short questionnaire, saved with its date; earlier ones stay listed so a change shows. */
export function ThreatAssessmentView({ api, caseRecord, readOnly }: { api: OptionsApi; caseRecord: CaseRecord; readOnly: boolean }) {
  const [records, setRecords] = useState<ThreatAssessmentRecord[] | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void api.assessments(caseRecord.id).then((found) => {
      setRecords(found);
      setEditing(!found.length && !readOnly);
    });
  }, [caseRecord.id]);
  if (!records) return null;
  const latest = records.at(-1);
  return (
    <section class="threat-assessment" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('assessment_title')}</h2>
      {readOnly && <p class="notice">{t('assessment_read_only')}</p>}
      {!latest && !editing && <p class="empty">{t('assessment_none_yet')}</p>}
      {editing && (
        <AssessmentForm
          initial={latest ? cleanAnswers(latest.answers) : {}}
          onCancel={latest ? () => setEditing(false) : undefined}
          onSave={async (answers) => {
            const saved = await api.saveAssessment(caseRecord.id, answers);
            setRecords([...records, saved]);
            setEditing(false);
          }}
        />
      )}
      {!editing && latest && <AssessmentResult record={latest} />}
      {!editing && latest && !readOnly && (
        <button type="button" onClick={() => setEditing(true)}>
          {t('assessment_redo')}
        </button>
      )}
      {records.length > 1 && <History records={records} />}
    </section>
  );
}

function AssessmentForm({ initial, onSave, onCancel }: { initial: Answers; onSave: (answers: Answers) => Promise<void>; onCancel: (() => void) | undefined }) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <form
      class="assessment-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaving(true);
        setFailed(false);
        try {
          await onSave(answers);
        } catch {
          setFailed(true);
        } finally {
          setSaving(false);
        }
      }}
    >
      <p class="muted">{t('assessment_intro')}</p>
      {QUESTION_IDS.map((question) => (
        <fieldset key={question} class="assessment-question">
          <legend>{t(QUESTION_TEXT[question])}</legend>
          {ANSWERS.map((answer) => (
            <label key={answer}>
              <input
                type="radio"
                name={`question-${question}`}
                value={answer}
                checked={answers[question] === answer}
                onChange={() => setAnswers({ ...answers, [question]: answer })}
              />{' '}
              {t(ANSWER_TEXT[answer])}
            </label>
          ))}
        </fieldset>
      ))}
      {failed && (
        <p class="error" role="alert">
          {t('assessment_save_failed')}
        </p>
      )}
      <button type="submit" disabled={saving || !Object.keys(answers).length}>
        {t('assessment_save')}
      </button>{' '}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('assessment_cancel')}
        </button>
      )}
    </form>
  );
}

function AssessmentResult({ record }: { record: ThreatAssessmentRecord }) {
  const { nextSteps } = assessThreat(cleanAnswers(record.answers));
  return (
    <div class="assessment-result" data-testid="assessment-result" data-level={record.level}>
      <h3>{t('assessment_latest_heading', { date: formatDateTime(record.at) })}</h3>
      <p class="assessment-level">{t(LEVEL_TEXT[record.level])}</p>
      <h4>{t('assessment_next_heading')}</h4>
      <ul>
        {nextSteps.map((step) => {
          const service = SUPPORT_SERVICES.find((candidate) => candidate.id === step.service);
          return (
            <li key={step.text}>
              {t(step.text)}
              {service?.url && (
                <>
                  {' '}
                  <a href={service.url} target="_blank" rel="noreferrer">
                    {t(service.name)}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function History({ records }: { records: ThreatAssessmentRecord[] }) {
  const latest = records.at(-1)!;
  const earlier = records.slice(0, -1);
  const [againstId, setAgainstId] = useState(earlier.at(-1)!.id);
  const against = earlier.find((record) => record.id === againstId) ?? earlier.at(-1)!;
  const comparison = compareAssessments(against, latest);
  return (
    <section class="assessment-history" aria-labelledby="assessment-history-heading">
      <h3 id="assessment-history-heading">{t('assessment_history_heading')}</h3>
      <ul data-testid="assessment-history">
        {[...earlier].reverse().map((record) => (
          <li key={record.id}>{t('assessment_history_item', { date: formatDateTime(record.at), level: t(LEVEL_TEXT[record.level]) })}</li>
        ))}
      </ul>
      <label>
        {t('assessment_compare_with')}{' '}
        <select value={against.id} onChange={(event) => setAgainstId((event.target as HTMLSelectElement).value)}>
          {[...earlier].reverse().map((record) => (
            <option key={record.id} value={record.id}>
              {formatDateTime(record.at)}
            </option>
          ))}
        </select>
      </label>
      <h4>{t('assessment_compare_heading', { date: formatDateTime(against.at) })}</h4>
      <ul data-testid="assessment-comparison">
        <li>
          {comparison.levelFrom === comparison.levelTo
            ? t('assessment_compare_same_level', { level: t(LEVEL_TEXT[comparison.levelTo]) })
            : t('assessment_compare_level', { from: t(LEVEL_TEXT[comparison.levelFrom]), to: t(LEVEL_TEXT[comparison.levelTo]) })}
        </li>
        {comparison.changes.map((change) => (
          <li key={change.question}>
            {t('assessment_compare_answer', { question: t(QUESTION_TEXT[change.question]), from: answerText(change.from), to: answerText(change.to) })}
          </li>
        ))}
        {!comparison.changes.length && <li>{t('assessment_compare_none')}</li>}
      </ul>
    </section>
  );
}
