import { describe, expect, it } from 'vitest';
import type { ThreatAssessmentRecord } from '../../../src/shared/workspace-types';
import { type Answers, assessThreat, cleanAnswers, compareAssessments } from '../../../src/workspace/threat-assessment';

const texts = (answers: Answers) => assessThreat(answers).nextSteps.map((step) => step.text);

describe('the threat assessment', () => {
  it('puts safety first when the person feels unsafe or was threatened with violence', () => {
    expect(assessThreat({ 'unsafe-now': 'yes' }).level).toBe('urgent');
    expect(assessThreat({ violence: 'yes', partner: 'yes' }).level).toBe('urgent');
    expect(texts({ violence: 'yes' })).toEqual(
      expect.arrayContaining(['assessment_next_emergency', 'assessment_next_protective_order', 'assessment_next_safe_place', 'assessment_next_helpline']),
    );
  });

  it('treats being followed by someone who knows where you live as urgent', () => {
    expect(assessThreat({ stalking: 'yes', location: 'yes' }).level).toBe('urgent');
    expect(assessThreat({ stalking: 'yes', location: 'no' }).level).toBe('high');
  });

  it('says not to pay a sextortion demand and to keep the messages', () => {
    const result = assessThreat({ sextortion: 'yes', violence: 'no', 'unsafe-now': 'no' });
    expect(result.level).toBe('high');
    expect(texts({ sextortion: 'yes' })).toContain('assessment_next_do_not_pay');
    expect(texts({ sextortion: 'no' })).not.toContain('assessment_next_do_not_pay');
  });

  it('sends images of someone under 18 to Take It Down rather than StopNCII', () => {
    const minor = assessThreat({ minor: 'yes' });
    expect(minor.level).toBe('high');
    expect(minor.nextSteps).toContainEqual({ text: 'assessment_next_take_it_down', service: 'take-it-down' });
    expect(texts({ minor: 'yes' })).not.toContain('assessment_next_stopncii');
    expect(texts({ minor: 'no' })).toContain('assessment_next_stopncii');
    expect(texts({ minor: 'unsure' })).toEqual(expect.arrayContaining(['assessment_next_take_it_down', 'assessment_next_stopncii']));
  });

  it('is moderate for a former partner with no other sign, and lower when every answer is no', () => {
    const allNo: Answers = {
      'unsafe-now': 'no',
      violence: 'no',
      location: 'no',
      stalking: 'no',
      access: 'no',
      sextortion: 'no',
      'share-threat': 'no',
      minor: 'no',
      partner: 'no',
    };
    expect(assessThreat({ ...allNo, partner: 'yes' }).level).toBe('moderate');
    expect(assessThreat({ ...allNo, access: 'unsure' }).level).toBe('moderate');
    expect(assessThreat(allNo).level).toBe('lower');
    expect(texts(allNo)).toEqual(['assessment_next_stopncii', 'assessment_next_helpline']);
  });

  it('does not shrug off "not sure" about danger', () => {
    expect(assessThreat({ 'unsafe-now': 'unsure' }).level).toBe('high');
    expect(texts({ 'unsafe-now': 'unsure' })).toContain('assessment_next_emergency');
  });

  it('keeps only known questions and answers from what a page sends', () => {
    expect(cleanAnswers({ violence: 'yes', partner: 'maybe', extra: 'yes', toString: 'yes' })).toEqual({ violence: 'yes' });
    expect(cleanAnswers(null)).toEqual({});
  });

  it('compares two assessments: the level and each changed answer', () => {
    const record = (at: string, answers: Answers): ThreatAssessmentRecord => ({
      id: at,
      caseId: 'c1',
      at,
      answers: answers as Record<string, 'yes' | 'no' | 'unsure'>,
      level: assessThreat(answers).level,
    });
    const before = record('2026-11-01T00:00:00.000Z', { violence: 'yes', partner: 'yes', access: 'unsure' });
    const after = record('2026-11-09T00:00:00.000Z', { violence: 'no', partner: 'yes', stalking: 'no' });
    const comparison = compareAssessments(before, after);
    expect(comparison.levelFrom).toBe('urgent');
    expect(comparison.levelTo).toBe('moderate');
    expect(comparison.changes).toEqual([
      { question: 'violence', from: 'yes', to: 'no' },
      { question: 'stalking', from: undefined, to: 'no' },
      { question: 'access', from: 'unsure', to: undefined },
    ]);
    expect(compareAssessments(after, after).changes).toEqual([]);
  });
});
