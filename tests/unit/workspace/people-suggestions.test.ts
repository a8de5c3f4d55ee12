import { describe, expect, it } from 'vitest';
import type { CaptureRecord, ExtractedPost } from '../../../src/shared/types';
import type { PersonRecord } from '../../../src/shared/workspace-types';
import { cleanPerson } from '../../../src/workspace/people-clean';
import { accountLabel, personLabel } from '../../../src/workspace/people-labels';
import { accountSuggestions, renamedAccount } from '../../../src/workspace/people-suggestions';

/** A capture whose page named `author` as the post's author, on `platform`. */
function capture(id: string, at: string, platform: string | null, author: ExtractedPost['author']): CaptureRecord {
  return {
    id,
    caseId: 'case-1',
    observed: { capturedAt: at, tabUrl: `https://example.org/${id}` },
    claimed: { platform: platform ? { platform: { id: platform, name: platform }, kind: 'post' } : null, post: { author } },
  } as unknown as CaptureRecord;
}

function person(overrides: Partial<PersonRecord>): PersonRecord {
  return { id: 'p1', caseId: 'case-1', role: 'perpetrator', name: '', accounts: [], captureIds: [], createdAt: '2026-11-01T00:00:00.000Z', ...overrides };
}

describe('accountSuggestions', () => {
  it('proposes each author not yet recorded once, with every capture that names it and its newest handle', () => {
    const captures = [
      capture('c1', '2026-11-01T10:00:00.000Z', 'x', { name: 'Jay', handle: '@jay_1' }),
      capture('c2', '2026-11-02T10:00:00.000Z', 'x', { name: 'Jay', handle: '@Jay_1' }),
      capture('c3', '2026-11-03T10:00:00.000Z', 'tiktok', { handle: '@jay_1', id: '6800', url: 'https://www.tiktok.com/@jay_1' }),
      capture('c4', '2026-11-04T10:00:00.000Z', null, undefined),
    ];
    const suggestions = accountSuggestions(captures, []);
    expect(suggestions).toEqual([
      {
        kind: 'new',
        key: 'x:@Jay_1',
        name: 'Jay',
        account: { platform: 'x', handle: '@Jay_1', formerHandles: ['@jay_1'], urls: [] },
        captureIds: ['c1', 'c2'],
      },
      {
        kind: 'new',
        key: 'tiktok:6800',
        account: { platform: 'tiktok', handle: '@jay_1', stableId: '6800', urls: ['https://www.tiktok.com/@jay_1'] },
        captureIds: ['c3'],
      },
    ]);
  });

  it('says "same account, handle changed" when a capture shows a recorded stable id under a new handle', () => {
    const recorded = person({ accounts: [{ platform: 'reddit', handle: 'u/old_name', stableId: 't2_abc', urls: [] }], captureIds: ['c1'] });
    const captures = [
      capture('c1', '2026-11-01T10:00:00.000Z', 'reddit', { handle: 'u/old_name', id: 't2_abc' }),
      capture('c2', '2026-11-05T10:00:00.000Z', 'reddit', { handle: 'u/new_name', id: 't2_abc' }),
    ];
    const suggestions = accountSuggestions(captures, [recorded]);
    expect(suggestions).toEqual([
      { kind: 'renamed', key: 'reddit:t2_abc:renamed', personId: 'p1', accountIndex: 0, from: 'u/old_name', to: 'u/new_name', captureIds: ['c1', 'c2'] },
      { kind: 'link', key: 'reddit:t2_abc:link', personId: 'p1', captureIds: ['c2'] },
    ]);
    expect(renamedAccount(recorded.accounts[0]!, 'u/new_name')).toEqual({
      platform: 'reddit',
      handle: 'u/new_name',
      stableId: 't2_abc',
      formerHandles: ['u/old_name'],
      urls: [],
    });
  });

  it('offers nothing for an account recorded and linked, matched by handle or a former handle', () => {
    const recorded = person({ accounts: [{ platform: 'x', handle: '@now', formerHandles: ['@before'], urls: [] }], captureIds: ['c1', 'c2'] });
    const captures = [
      capture('c1', '2026-11-01T10:00:00.000Z', 'x', { handle: '@NOW' }),
      capture('c2', '2026-11-02T10:00:00.000Z', 'x', { handle: '@before' }),
    ];
    expect(accountSuggestions(captures, [recorded])).toEqual([]);
  });

  it('does not take a reused handle for the recorded account when the platform ids differ', () => {
    const recorded = person({ accounts: [{ platform: 'tiktok', handle: '@same', stableId: '111', urls: [] }] });
    const [suggestion] = accountSuggestions([capture('c1', '2026-11-01T10:00:00.000Z', 'tiktok', { handle: '@same', id: '222' })], [recorded]);
    expect(suggestion).toMatchObject({ kind: 'new', account: { stableId: '222' } });
  });

  it('never keeps an author address that is not http or https', () => {
    const [suggestion] = accountSuggestions([capture('c1', '2026-11-01T10:00:00.000Z', 'x', { handle: '@a', url: 'javascript:alert(1)' })], []);
    expect(suggestion).toMatchObject({ kind: 'new', account: { urls: [] } });
  });
});

describe('personLabel', () => {
  it('names a person by what was typed, else by their first account', () => {
    expect(personLabel(person({ name: '  Sam  ' }))).toBe('Sam');
    expect(personLabel(person({ accounts: [{ platform: 'x', handle: '@jay', urls: [] }] }))).toBe('@jay (X)');
    expect(accountLabel({ platform: 'other', stableId: '42', urls: [] })).toBe('42');
  });
});

describe('cleanPerson', () => {
  const draft = { caseId: 'case-1', role: 'perpetrator' as const, name: ' ', captureIds: ['c1', 'c1'], accounts: [] };
  it('trims, drops empty accounts, and refuses a person with nothing to name them by', () => {
    expect(cleanPerson({ ...draft, accounts: [{ platform: 'x', handle: ' ', urls: [''] }] })).toEqual({ ok: false, problem: 'empty' });
    expect(cleanPerson({ ...draft, accounts: [{ platform: 'x', handle: ' @jay ', stableId: '', urls: [' https://x.com/jay ', ''] }] })).toEqual({
      ok: true,
      person: {
        caseId: 'case-1',
        role: 'perpetrator',
        name: '',
        accounts: [{ platform: 'x', handle: '@jay', urls: ['https://x.com/jay'] }],
        captureIds: ['c1'],
      },
    });
  });
  it('refuses addresses that are not http or https, unknown platforms and roles, and text over the limits', () => {
    expect(cleanPerson({ ...draft, accounts: [{ platform: 'x', urls: ['javascript:alert(1)'] }] })).toEqual({ ok: false, problem: 'bad-address' });
    expect(cleanPerson({ ...draft, accounts: [{ platform: 'myspace', handle: 'a', urls: [] }] })).toEqual({ ok: false, problem: 'bad-platform' });
    expect(cleanPerson({ ...draft, name: 'a', role: 'boss' as never })).toEqual({ ok: false, problem: 'bad-role' });
    expect(cleanPerson({ ...draft, name: 'a'.repeat(501) })).toEqual({ ok: false, problem: 'too-long' });
  });
});
