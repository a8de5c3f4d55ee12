// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { ThreatAssessmentView } from '../../../src/options/ThreatAssessmentView';
import type { CaseRecord } from '../../../src/shared/types';
import type { AssessmentAnswer, ThreatAssessmentRecord } from '../../../src/shared/workspace-types';
import { assessThreat } from '../../../src/workspace/threat-assessment';
import { buttonIn, click, mount, unmount } from './mount';

const CASE = { id: 'case-1', title: 'My case', createdAt: '2026-11-01T00:00:00.000Z', isDefault: true } as CaseRecord;

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(existing: ThreatAssessmentRecord[] = []) {
  let clock = Date.parse('2026-11-05T09:00:00.000Z');
  const saveAssessment = vi.fn(async (caseId: string, answers: Record<string, AssessmentAnswer>) => {
    clock += 86_400_000;
    return { id: `a-${clock}`, caseId, at: new Date(clock).toISOString(), answers, level: assessThreat(answers).level };
  });
  return { assessments: async () => existing, saveAssessment } as unknown as OptionsApi & { saveAssessment: typeof saveAssessment };
}

async function answer(el: HTMLElement, question: string, value: AssessmentAnswer) {
  await click(el.querySelector<HTMLInputElement>(`input[name="question-${question}"][value="${value}"]`)!);
}

describe('ThreatAssessmentView', () => {
  it('saves the answers, shows the level and next steps, and compares a redo with the first', async () => {
    const api = fakeApi();
    root = await mount(h(ThreatAssessmentView, { api, caseRecord: CASE, readOnly: false }));
    await answer(root, 'sextortion', 'yes');
    await answer(root, 'violence', 'no');
    await click(buttonIn(root, 'Save my answers'));
    expect(api.saveAssessment).toHaveBeenCalledWith('case-1', { sextortion: 'yes', violence: 'no' });
    const result = root.querySelector<HTMLElement>('[data-testid="assessment-result"]')!;
    expect(result.dataset.level).toBe('high');
    expect(result.textContent).toContain('Your safety needs care');
    expect(result.textContent).toContain('Do not pay or send more images');

    await click(buttonIn(root, 'Do it again'));
    await answer(root, 'violence', 'yes');
    await click(buttonIn(root, 'Save my answers'));
    expect(root.querySelector<HTMLElement>('[data-testid="assessment-result"]')?.dataset.level).toBe('urgent');
    expect(root.querySelectorAll('[data-testid="assessment-history"] li')).toHaveLength(1);
    const comparison = root.querySelector('[data-testid="assessment-comparison"]')!.textContent;
    expect(comparison).toContain('Before: Your safety needs care. Now: Please put your safety first.');
    expect(comparison).toContain('Has the person threatened to hurt you or someone close to you? Before: No. Now: Yes.');
  });

  it('shows an imported case’s assessments without a form or a redo button', async () => {
    const record: ThreatAssessmentRecord = { id: 'a1', caseId: 'case-1', at: '2026-11-02T10:00:00.000Z', answers: { partner: 'yes' }, level: 'moderate' };
    root = await mount(h(ThreatAssessmentView, { api: fakeApi([record]), caseRecord: CASE, readOnly: true }));
    expect(root.textContent).toContain('Some things to keep an eye on');
    expect(root.querySelector('form')).toBeNull();
    expect(buttonIn(root, 'Do it again')).toBeUndefined();
  });
});
