// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionPlanView } from '../../../src/options/ActionPlanView';
import type { OptionsApi } from '../../../src/options/api';
import type { CaseRecord } from '../../../src/shared/types';
import type { CaseProgressFacts, PlanStepState } from '../../../src/shared/workspace-types';
import { click, mount, settle, unmount } from './mount';

const CASE = { id: 'case-1', title: 'My case', createdAt: '2026-11-01T00:00:00.000Z', isDefault: true } as CaseRecord;
const FACTS: CaseProgressFacts = { captures: 2, requests: 0, exports: 0, assessments: 0, incidents: 0, letters: 0, preservationLetters: 0, people: 0 };

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(states: PlanStepState[] = []) {
  const setPlanStep = vi.fn(async (caseId: string, stepId: string, state: PlanStepState['state'] | null) =>
    state ? { id: `${caseId}:${stepId}`, caseId, stepId, state, at: '2026-11-02T10:00:00.000Z' } : null,
  );
  return { planStates: async () => states, progressFacts: async () => FACTS, setPlanStep } as unknown as OptionsApi & { setPlanStep: typeof setPlanStep };
}

const step = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-step="${id}"]`)!;
const buttonOf = (el: HTMLElement, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
const progressText = (el: HTMLElement) => el.querySelector('.plan-progress label')?.textContent;

describe('ActionPlanView', () => {
  it('shows steps Preserve did as done by Preserve, and counts them in the progress', async () => {
    root = await mount(h(ActionPlanView, { api: fakeApi(), caseRecord: CASE, readOnly: false }));
    expect(step(root, 'evidence').dataset.status).toBe('auto');
    expect(step(root, 'evidence').textContent).toContain('Done by Preserve');
    expect(progressText(root)).toBe('1 of 16 steps done or set aside');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('1');
    expect([...root.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['Right now', 'Next', 'When you are ready', 'If it applies to you']);
  });

  it('marks a step done, sets one aside, and undoes, each through the api', async () => {
    const api = fakeApi();
    root = await mount(h(ActionPlanView, { api, caseRecord: CASE, readOnly: false }));
    await click(buttonOf(step(root, 'safety'), 'Done'));
    expect(api.setPlanStep).toHaveBeenLastCalledWith('case-1', 'safety', 'done');
    expect(step(root, 'safety').dataset.status).toBe('done');
    expect(progressText(root)).toBe('2 of 16 steps done or set aside');

    await click(buttonOf(step(root, 'unknown'), 'Not for me'));
    expect(api.setPlanStep).toHaveBeenLastCalledWith('case-1', 'unknown', 'not-for-me');
    expect(step(root, 'unknown').dataset.status).toBe('not-for-me');

    await click(buttonOf(step(root, 'safety'), 'Undo'));
    expect(api.setPlanStep).toHaveBeenLastCalledWith('case-1', 'safety', null);
    expect(step(root, 'safety').dataset.status).toBe('todo');
    expect(progressText(root)).toBe('2 of 16 steps done or set aside');
  });

  it('lets the person set aside a step Preserve ticked, but not untick it', async () => {
    root = await mount(h(ActionPlanView, { api: fakeApi(), caseRecord: CASE, readOnly: false }));
    const evidence = step(root, 'evidence');
    expect(buttonOf(evidence, 'Not for me')).toBeDefined();
    expect(buttonOf(evidence, 'Done')).toBeUndefined();
    expect(buttonOf(evidence, 'Undo')).toBeUndefined();
  });

  it('links each step to the place that does it', async () => {
    root = await mount(h(ActionPlanView, { api: fakeApi(), caseRecord: CASE, readOnly: false }));
    expect(step(root, 'assessment').querySelector('a')?.getAttribute('href')).toBe('#assessment/case-1');
    expect(step(root, 'preservation').querySelector('a')?.getAttribute('href')).toBe('#letters/case-1');
    expect(step(root, 'find').querySelector('a')?.getAttribute('href')).toBe('#images');
  });

  it('opens the support panel from a step, moves focus into it, and Escape gives focus back', async () => {
    root = await mount(h(ActionPlanView, { api: fakeApi(), caseRecord: CASE, readOnly: false }));
    const opener = buttonOf(step(root, 'safety'), 'See help and support')!;
    opener.focus();
    await click(opener);
    const panel = root.querySelector<HTMLElement>('[data-testid="support-panel"]');
    expect(panel?.textContent).toContain('844-878-2274');
    expect(document.activeElement).toBe(panel?.querySelector('h2'));
    await act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[data-testid="support-panel"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('shows an imported case read-only: its state, no buttons that change it', async () => {
    const api = fakeApi([{ id: 'case-1:safety', caseId: 'case-1', stepId: 'safety', state: 'done', at: '2026-11-02T10:00:00.000Z' }]);
    root = await mount(
      h(ActionPlanView, { api, caseRecord: { ...CASE, imported: { importedAt: '2026-11-03T00:00:00.000Z' } } as unknown as CaseRecord, readOnly: true }),
    );
    expect(step(root, 'safety').dataset.status).toBe('done');
    expect(progressText(root)).toBe('2 of 16 steps done or set aside');
    const labels = [...root.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels.filter((label) => label === 'Done' || label === 'Not for me' || label === 'Undo')).toEqual([]);
    expect(root.textContent).toContain('This case was imported');
  });
});
