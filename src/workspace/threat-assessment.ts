import type { MessageKey } from '../locales';
import type { SupportServiceId } from '../shared/support-services';
import type { AssessmentAnswer, RiskLevel, ThreatAssessmentRecord } from '../shared/workspace-types';

/*
 * The threat assessment (issue #11): a few yes / no / not-sure questions, drawn from the safety
 * questions in CCRI's Safety Center and the OnlineSOS checklist, and a plain rule for what they
 * suggest. It is a prompt to think about safety, not a prediction: the wording stays calm and the
 * person decides.
 */

export const QUESTION_IDS = ['unsafe-now', 'violence', 'location', 'stalking', 'access', 'sextortion', 'share-threat', 'minor', 'partner'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type Answers = Partial<Record<QuestionId, AssessmentAnswer>>;

export const QUESTION_TEXT: Readonly<Record<QuestionId, MessageKey>> = {
  'unsafe-now': 'assessment_q_unsafe_now',
  violence: 'assessment_q_violence',
  location: 'assessment_q_location',
  stalking: 'assessment_q_stalking',
  access: 'assessment_q_access',
  sextortion: 'assessment_q_sextortion',
  'share-threat': 'assessment_q_share_threat',
  minor: 'assessment_q_minor',
  partner: 'assessment_q_partner',
};

export const ANSWERS: readonly AssessmentAnswer[] = ['yes', 'no', 'unsure'];

export interface NextStep {
  text: MessageKey;
  service?: SupportServiceId;
}

export interface Assessment {
  level: RiskLevel;
  nextSteps: NextStep[];
}

/** Answers as sent by a page: only known questions with known answers survive. */
export function cleanAnswers(raw: unknown): Answers {
  if (typeof raw !== 'object' || raw === null) return {};
  const answers: Answers = {};
  for (const id of QUESTION_IDS) {
    const value = Object.hasOwn(raw, id) ? (raw as Record<string, unknown>)[id] : undefined;
    if (typeof value === 'string' && (ANSWERS as readonly string[]).includes(value)) answers[id] = value as AssessmentAnswer;
  }
  return answers;
}

export function assessThreat(answers: Answers): Assessment {
  const yes = (id: QuestionId) => answers[id] === 'yes';
  const maybe = (id: QuestionId) => answers[id] === 'yes' || answers[id] === 'unsure';
  // Danger to the body comes first: a threat of violence, feeling unsafe, or being followed by
  // someone who knows where to find you.
  const urgent = yes('unsafe-now') || yes('violence') || (yes('stalking') && yes('location'));
  const high =
    ['location', 'stalking', 'access', 'sextortion', 'share-threat', 'minor'].some((id) => yes(id as QuestionId)) || maybe('unsafe-now') || maybe('violence');
  const moderate = yes('partner') || QUESTION_IDS.some((id) => answers[id] === 'unsure');
  const level: RiskLevel = urgent ? 'urgent' : high ? 'high' : moderate ? 'moderate' : 'lower';

  const steps: NextStep[] = [];
  if (urgent || maybe('unsafe-now')) steps.push({ text: 'assessment_next_emergency', service: 'emergency' });
  if (urgent || yes('location') || yes('stalking')) steps.push({ text: 'assessment_next_safe_place' });
  if (yes('violence') || yes('stalking') || (yes('partner') && (yes('location') || maybe('violence')))) {
    steps.push({ text: 'assessment_next_protective_order', service: 'legal' });
  }
  if (maybe('minor')) steps.push({ text: 'assessment_next_take_it_down', service: 'take-it-down' });
  if (maybe('sextortion')) steps.push({ text: 'assessment_next_do_not_pay' });
  if (maybe('access')) steps.push({ text: 'assessment_next_secure_accounts' });
  if (!yes('minor')) steps.push({ text: 'assessment_next_stopncii', service: 'stopncii' });
  steps.push({ text: 'assessment_next_helpline', service: 'ccri' });
  return { level, nextSteps: steps };
}

export interface AnswerChange {
  question: QuestionId;
  from: AssessmentAnswer | undefined;
  to: AssessmentAnswer | undefined;
}

export interface AssessmentComparison {
  levelFrom: RiskLevel;
  levelTo: RiskLevel;
  changes: AnswerChange[];
}

/** What changed between an earlier assessment and a later one. */
export function compareAssessments(earlier: ThreatAssessmentRecord, later: ThreatAssessmentRecord): AssessmentComparison {
  const before = cleanAnswers(earlier.answers);
  const after = cleanAnswers(later.answers);
  const changes = QUESTION_IDS.filter((id) => before[id] !== after[id]).map((id) => ({ question: id, from: before[id], to: after[id] }));
  return { levelFrom: earlier.level, levelTo: later.level, changes };
}
