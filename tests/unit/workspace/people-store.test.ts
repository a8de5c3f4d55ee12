import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { peopleHandlers } from '../../../src/background/people-handlers';
import { database } from '../../../src/db/schema';
import { peopleOf } from '../../../src/db/workspace-queries';
import type { CaseRecord } from '../../../src/shared/types';

const CASE = { id: 'case-1', title: 'My case', createdAt: '2026-11-01T00:00:00.000Z', isDefault: true, headHash: null, captureCount: 0 } as CaseRecord;
const IMPORTED = { ...CASE, id: 'case-2', isDefault: false, imported: { bundleName: 'b.zip' } } as CaseRecord;
const draft = {
  caseId: 'case-1',
  role: 'perpetrator' as const,
  name: 'Jay',
  accounts: [{ platform: 'x', handle: '@jay', urls: [] }],
  captureIds: ['cap-1', 'cap-2'],
};

beforeEach(async () => {
  await database().cases.bulkAdd([CASE, IMPORTED]);
  await database().captures.bulkAdd([{ id: 'cap-1', caseId: 'case-1' } as never, { id: 'cap-2', caseId: 'case-2' } as never]);
});

afterEach(async () => {
  await database().delete();
  await database().open();
});

describe('person.save and person.delete', () => {
  it('saves a person linked only to captures of their case, and keeps createdAt when edited', async () => {
    const saved = await peopleHandlers['person.save']({ person: draft });
    expect(saved).toMatchObject({ name: 'Jay', captureIds: ['cap-1'] });
    const edited = await peopleHandlers['person.save']({ person: { ...draft, id: saved.id, name: 'Jay (ex)' } });
    expect(edited).toMatchObject({ id: saved.id, createdAt: saved.createdAt, name: 'Jay (ex)', updatedAt: expect.any(String) });
    expect(await peopleOf('case-1')).toEqual([edited]);
  });

  it('refuses an empty person, and any change to an imported case', async () => {
    await expect(peopleHandlers['person.save']({ person: { ...draft, name: '', accounts: [] } })).rejects.toMatchObject({ code: 'person-empty' });
    await expect(peopleHandlers['person.save']({ person: { ...draft, caseId: 'case-2' } })).rejects.toMatchObject({ code: 'read-only-case' });
    await database().people.add({ ...draft, id: 'p-imported', caseId: 'case-2', createdAt: '2026-11-01T00:00:00.000Z' });
    await expect(peopleHandlers['person.delete']({ id: 'p-imported' })).rejects.toMatchObject({ code: 'read-only-case' });
    expect(await peopleOf('case-2')).toHaveLength(1);
  });

  it('does not let an edit move a person into another case', async () => {
    const saved = await peopleHandlers['person.save']({ person: draft });
    await database().cases.add({ ...CASE, id: 'case-3', isDefault: false });
    await expect(peopleHandlers['person.save']({ person: { ...draft, id: saved.id, caseId: 'case-3' } })).rejects.toMatchObject({ code: 'no-person' });
  });

  it('deletes a person', async () => {
    const saved = await peopleHandlers['person.save']({ person: draft });
    expect(await peopleHandlers['person.delete']({ id: saved.id })).toEqual({ deleted: true });
    expect(await peopleOf('case-1')).toEqual([]);
  });
});
