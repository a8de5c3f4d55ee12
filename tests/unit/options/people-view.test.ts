// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { PeopleView } from '../../../src/options/PeopleView';
import type { CaptureRecord, CaseRecord } from '../../../src/shared/types';
import type { PersonRecord } from '../../../src/shared/workspace-types';
import { buttonIn, click, mount, typeInto, unmount } from './mount';

const CASE = { id: 'case-1', title: 'My case', createdAt: '2026-11-01T00:00:00.000Z', isDefault: true } as CaseRecord;
const CAPTURE = {
  id: 'c1',
  caseId: 'case-1',
  seq: 1,
  observed: { capturedAt: '2026-11-01T10:00:00.000Z', tabUrl: 'https://x.com/jay/status/1' },
  claimed: { platform: { platform: { id: 'x', name: 'X' }, kind: 'post' }, post: { author: { name: 'Jay', handle: '@jay' } } },
} as unknown as CaptureRecord;

let root: HTMLElement | undefined;
afterEach(() => {
  unmount(root);
  vi.unstubAllGlobals();
});

/** A fake store behind the api: saves and deletes change what the next read returns, as the worker would. */
function fakeApi(initial: PersonRecord[] = []) {
  let people = [...initial];
  let n = 0;
  const api = {
    people: vi.fn(async () => people),
    peopleCaptures: vi.fn(async () => [CAPTURE]),
    captureNumbers: vi.fn(async (_caseId: string, ids: readonly string[]) => new Map(ids.includes(CAPTURE.id) ? [[CAPTURE.id, CAPTURE.seq]] : [])),
    savePerson: vi.fn(async (draft: Omit<PersonRecord, 'id' | 'createdAt'> & { id?: string }) => {
      const record = { ...draft, id: draft.id ?? `p${++n}`, createdAt: '2026-11-02T00:00:00.000Z' } as PersonRecord;
      people = [...people.filter((person) => person.id !== record.id), record];
      return record;
    }),
    deletePerson: vi.fn(async (id: string) => {
      people = people.filter((person) => person.id !== id);
    }),
  };
  return api as unknown as OptionsApi & typeof api;
}

describe('PeopleView', () => {
  it('shows the three groups and offers the author of a capture, which "Add this account" records and links', async () => {
    const api = fakeApi();
    root = await mount(h(PeopleView, { api, caseRecord: CASE, readOnly: false }));
    expect([...root.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'Accounts seen in your captures',
      'Accounts involved',
      'People affected',
      'Trusted allies',
    ]);
    const suggestion = root.querySelector('[data-testid="account-suggestion"]')!;
    expect(suggestion.textContent).toContain('@jay (X)');
    await click(buttonIn(suggestion as HTMLElement, 'Add this account'));
    expect(api.savePerson).toHaveBeenCalledWith({
      caseId: 'case-1',
      role: 'perpetrator',
      name: 'Jay',
      accounts: [{ platform: 'x', handle: '@jay', urls: [] }],
      captureIds: ['c1'],
    });
    const card = root.querySelector('[data-testid="people-group-perpetrator"] [data-testid="person"]')!;
    expect(card.querySelector('h4')!.textContent).toBe('Jay');
    expect(card.querySelector('[data-testid="person-captures"] a')!.getAttribute('href')).toBe('#capture/c1');
    expect(root.querySelector('[data-testid="account-suggestion"]')).toBeNull();
  });

  it('adds an ally through the form, with a labelled field for each value', async () => {
    const api = fakeApi();
    root = await mount(h(PeopleView, { api, caseRecord: CASE, readOnly: false }));
    const allies = root.querySelector<HTMLElement>('[data-testid="people-group-ally"]')!;
    await click(buttonIn(allies, 'Add a trusted ally'));
    const form = allies.querySelector<HTMLElement>('[data-testid="person-form"]')!;
    for (const field of form.querySelectorAll('input, select, textarea')) expect(form.querySelector(`label[for="${field.id}"]`), field.id).not.toBeNull();
    await typeInto(form.querySelector<HTMLInputElement>('input')!, 'Sam from the helpline');
    await click(buttonIn(form, 'Save'));
    expect(api.savePerson).toHaveBeenCalledWith(expect.objectContaining({ role: 'ally', name: 'Sam from the helpline' }));
    expect(allies.querySelector('[data-testid="person"] h4')!.textContent).toBe('Sam from the helpline');
  });

  it('asks before deleting, and deletes only when the person agrees', async () => {
    const api = fakeApi([
      { id: 'p9', caseId: 'case-1', role: 'affected', name: 'My sister', accounts: [], captureIds: [], createdAt: '2026-11-01T00:00:00.000Z' },
    ]);
    const answers = [false, true];
    const confirm = vi.fn(() => answers.shift()!);
    vi.stubGlobal('confirm', confirm);
    root = await mount(h(PeopleView, { api, caseRecord: CASE, readOnly: false }));
    const remove = () => root!.querySelector<HTMLElement>('[aria-label="Delete My sister"]')!;
    await click(remove());
    expect(api.deletePerson).not.toHaveBeenCalled();
    await click(remove());
    expect(confirm).toHaveBeenLastCalledWith('Delete My sister from this list? Your captures stay as they are.');
    expect(api.deletePerson).toHaveBeenCalledWith('p9');
    expect(root.querySelector('[data-testid="people-group-affected"] [data-testid="person"]')).toBeNull();
  });

  it('is read-only for an imported case: no suggestions, no add, edit or delete', async () => {
    const api = fakeApi([
      {
        id: 'p1',
        caseId: 'case-1',
        role: 'perpetrator',
        name: '',
        accounts: [{ platform: 'x', handle: '@jay', stableId: '12345', urls: [] }],
        captureIds: [],
        createdAt: '2026-11-01T00:00:00.000Z',
      },
    ]);
    root = await mount(h(PeopleView, { api, caseRecord: CASE, readOnly: true }));
    expect(root.textContent).toContain('This case was imported from a bundle');
    expect(root.querySelector('[data-testid="person-account"]')!.textContent).toContain('id 12345');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });
});
