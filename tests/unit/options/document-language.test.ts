// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { ExportPanel } from '../../../src/options/ExportPanel';
import { LettersView } from '../../../src/options/LettersView';
import type { CaptureRecord, CaseRecord } from '../../../src/shared/types';
import { click, mount, settle, unmount } from './mount';

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

/** The select a visible label names, as a person finds it. */
function selectLabelled(container: HTMLElement, label: string): HTMLSelectElement {
  const element = [...container.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  const select = element?.htmlFor ? container.querySelector<HTMLSelectElement>(`#${element.htmlFor}`) : null;
  if (!select) throw new Error(`no select labelled ${label}`);
  return select;
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('the language of the report', () => {
  it('starts at the browser’s language, offers each language named in itself, and exports in the one chosen', async () => {
    const exportBundle = vi.fn(async (_request: unknown) => ({ fileName: 'case.zip', size: 10, keyFingerprint: 'sha256:ab' }));
    const caseRecord = { id: 'case-1', title: 'Case', captureCount: 2 } as CaseRecord;
    root = await mount(h(ExportPanel, { api: { exportBundle } as unknown as OptionsApi, caseRecord, selected: new Set<string>() }));
    const select = selectLabelled(root, 'Language of the report');
    expect(select.value).toBe('en');
    expect([...select.options].map((option) => [option.value, option.textContent, option.lang])).toEqual([
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
    ]);
    await choose(select, 'es');
    await click(root.querySelector<HTMLButtonElement>('button.primary') ?? undefined);
    expect(exportBundle).toHaveBeenCalledTimes(1);
    expect(exportBundle.mock.calls[0]![0]).toMatchObject({ caseId: 'case-1', copy: 'legal', language: 'es' });
  });
});

describe('the language of a letter', () => {
  it('writes the letter in the language chosen and saves its printable page in that language', async () => {
    const capture = {
      id: 'c1',
      caseId: 'case-1',
      trigger: 'popup',
      observed: { tabUrl: 'https://x.com/someone/status/1', capturedAt: '2026-11-01T10:00:00.000Z' },
      claimed: { platform: { platform: { id: 'x', name: 'X' }, kind: 'post' } },
      artifacts: [{ sha256: 'b'.repeat(64) }],
      recordHash: 'a'.repeat(64),
    } as unknown as CaptureRecord;
    const saveLetter = vi.fn(async (_request: unknown) => ({}));
    const api = {
      caseRequests: async () => ({ captures: [capture], requests: [], events: [], letters: [] }),
      takedownProfile: async () => null,
      saveLetter,
    } as unknown as OptionsApi;
    root = await mount(h(LettersView, { api, caseId: 'case-1' }));
    const text = () => root!.querySelector<HTMLTextAreaElement>('[data-testid="letter-text"]')!.value;
    expect(text()).toContain('Removal request under the TAKE IT DOWN Act');
    await choose(selectLabelled(root, 'Language of the letter'), 'es');
    expect(text()).toContain('Solicitud de retirada conforme a la TAKE IT DOWN Act');
    expect(text()).toContain('47 U.S.C. § 223a');
    await click(root.querySelector<HTMLButtonElement>('button.primary') ?? undefined);
    const saved = saveLetter.mock.calls[0]![0] as { title: string; html: string };
    expect(saved.title).toBe('Solicitud de retirada conforme a la TAKE IT DOWN Act');
    expect(saved.html).toContain('<html lang="es">');
  });
});
