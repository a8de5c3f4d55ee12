// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { letterInputFor, letterPlatforms } from '../../../src/options/letter-input';
import { LettersView } from '../../../src/options/LettersView';
import type { CaptureRecord } from '../../../src/shared/types';
import { buttonIn, click, mount, typeInto, unmount } from './mount';

const capture = (id: string, url: string, platform: { id: string; name: string } | null, trigger = 'popup') =>
  ({
    id,
    caseId: 'case-1',
    trigger,
    observed: { tabUrl: url, capturedAt: '2026-11-01T10:00:00.000Z' },
    claimed: platform ? { platform: { platform, kind: 'post' }, post: { author: { handle: '@someone', id: '42' } } } : null,
    artifacts: [{ sha256: 'b'.repeat(64) }],
    recordHash: 'a'.repeat(64),
  }) as unknown as CaptureRecord;

const CAPTURES = [
  capture('c1', 'https://x.com/someone/status/1#reply', { id: 'x', name: 'X' }),
  capture('c2', 'https://pics.example/a', null),
  capture('c3', 'https://help.x.com/forms/done', { id: 'x', name: 'X' }, 'request-confirmation'),
];

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

describe('letter input from the case', () => {
  it('lists each platform once, and a host Preserve does not know by its name', () => {
    expect(letterPlatforms(CAPTURES)).toEqual([
      { id: 'x', name: 'X' },
      { id: 'pics.example', name: 'pics.example' },
    ]);
  });

  it('cites each captured address on that platform with its account and fingerprints, never a confirmation page', () => {
    const input = letterInputFor({ legalName: 'Alex Doe', email: 'a@example.org', signatureName: 'Alex Doe' }, { id: 'x', name: 'X' }, CAPTURES, '2026-11-30');
    expect(input.items).toEqual([
      {
        url: 'https://x.com/someone/status/1',
        kind: 'post',
        accountHandle: '@someone',
        accountId: '42',
        captures: [{ id: 'c1', capturedAt: '2026-11-01T10:00:00.000Z', sha256: ['a'.repeat(64), 'b'.repeat(64)] }],
      },
    ]);
    expect(input.sender).toEqual({ legalName: 'Alex Doe', email: 'a@example.org', signatureName: 'Alex Doe' });
    expect(input.recipient).toEqual({ platformId: 'x', platformName: 'X' });
  });
});

describe('LettersView', () => {
  it('builds the letter, says what is missing, and saves the edited text with its printable page', async () => {
    const saveLetter = vi.fn(async (_request: unknown) => ({}));
    const api = {
      caseRequests: async () => ({ captures: CAPTURES, requests: [], events: [], letters: [] }),
      takedownProfile: async () => null,
      saveLetter,
    } as unknown as OptionsApi;
    root = await mount(h(LettersView, { api, caseId: 'case-1' }));
    const text = root.querySelector<HTMLTextAreaElement>('[data-testid="letter-text"]')!;
    expect(text.value).toContain('https://x.com/someone/status/1');
    expect(root.querySelector('[data-testid="letter-missing"]')).not.toBeNull();
    await typeInto(text, `${text.value}\nEdited by me.`);
    await click(buttonIn(root, 'Save to the case'));
    const saved = saveLetter.mock.calls[0]![0] as { caseId: string; kind: string; text: string; html: string };
    expect(saved).toMatchObject({ caseId: 'case-1', kind: 'take-it-down' });
    expect(saved.text).toContain('Edited by me.');
    expect(saved.html).toContain('Edited by me.');
  });
});
