import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planHandlers } from '../../../src/background/plan-handlers';
import { recordCaseExport } from '../../../src/db/record-case-export';
import { database } from '../../../src/db/schema';
import { assessmentsOf, caseProgressFacts, planStatesOf } from '../../../src/db/workspace-queries';
import type { LetterRecord } from '../../../src/shared/takedown-types';
import type { CaseRecord } from '../../../src/shared/types';

const CASE = {
  id: 'case-1',
  title: 'My case',
  createdAt: '2026-11-01T00:00:00.000Z',
  isDefault: true,
  headHash: null,
  captureCount: 0,
} as unknown as CaseRecord;
const IMPORTED = { ...CASE, id: 'case-2', isDefault: false, imported: { importedAt: '2026-11-03T00:00:00.000Z' } } as unknown as CaseRecord;
const letter = (id: string, kind: LetterRecord['kind']) => ({ id, caseId: 'case-1', kind, createdAt: '2026-11-02T00:00:00.000Z' }) as unknown as LetterRecord;

beforeEach(async () => {
  await database().cases.bulkAdd([CASE, IMPORTED]);
});

afterEach(async () => {
  await database().delete();
  await database().open();
});

describe('the plan in the store', () => {
  it('counts what Preserve did in a case, telling preservation letters and exports apart', async () => {
    const db = database();
    await db.captures.bulkAdd([{ id: 'cap-1', caseId: 'case-1' } as never, { id: 'cap-2', caseId: 'case-2' } as never]);
    await db.letters.bulkAdd([letter('l1', 'dmca'), letter('l2', 'preservation')]);
    await recordCaseExport(db, 'case-1', '2026-11-03T00:00:00.000Z');
    await recordCaseExport(db, 'case-2', '2026-11-03T00:00:00.000Z');
    expect(await caseProgressFacts('case-1')).toEqual({
      captures: 1,
      requests: 0,
      exports: 1,
      assessments: 0,
      incidents: 0,
      letters: 2,
      preservationLetters: 1,
      people: 0,
    });
  });

  it('keeps a step marked done, and forgets it on undo', async () => {
    const saved = await planHandlers['plan.setStep']({ caseId: 'case-1', stepId: 'safety', state: 'done' });
    expect(saved).toMatchObject({ id: 'case-1:safety', state: 'done' });
    expect(await planStatesOf('case-1')).toEqual([saved]);
    await planHandlers['plan.setStep']({ caseId: 'case-1', stepId: 'safety', state: 'not-for-me' });
    expect((await planStatesOf('case-1')).map((row) => row.state)).toEqual(['not-for-me']);
    expect(await planHandlers['plan.setStep']({ caseId: 'case-1', stepId: 'safety', state: null })).toBeNull();
    expect(await planStatesOf('case-1')).toEqual([]);
  });

  it('refuses unknown steps and any change to an imported case', async () => {
    await expect(planHandlers['plan.setStep']({ caseId: 'case-1', stepId: 'constructor', state: 'done' })).rejects.toMatchObject({ code: 'unknown-step' });
    await expect(planHandlers['plan.setStep']({ caseId: 'case-2', stepId: 'safety', state: 'done' })).rejects.toMatchObject({ code: 'read-only-case' });
    await expect(planHandlers['assessment.save']({ caseId: 'case-2', answers: { violence: 'yes' } })).rejects.toMatchObject({ code: 'read-only-case' });
    expect(await planStatesOf('case-2')).toEqual([]);
  });

  it('saves an assessment with the level its answers give, whatever the page claims', async () => {
    const answers = { violence: 'yes', bogus: 'yes', level: 'lower' } as never;
    const saved = await planHandlers['assessment.save']({ caseId: 'case-1', answers });
    expect(saved.level).toBe('urgent');
    expect(saved.answers).toEqual({ violence: 'yes' });
    expect(await assessmentsOf('case-1')).toEqual([saved]);
    await expect(planHandlers['assessment.save']({ caseId: 'case-1', answers: {} })).rejects.toMatchObject({ code: 'empty-assessment' });
  });
});
