// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../src/options/api';
import { IncidentLogView } from '../../../src/options/IncidentLogView';
import type { CaptureRecord, CaseRecord, IncidentRecord } from '../../../src/shared/types';
import type { PersonRecord } from '../../../src/shared/workspace-types';
import { buttonIn, click, mount, settle, typeInto, unmount } from './mount';

const CASE = { id: 'case-1', title: 'My case', createdAt: '2026-11-01T00:00:00.000Z', isDefault: true } as CaseRecord;
const capture = (id: string, seq: number, title: string) =>
  ({
    id,
    caseId: 'case-1',
    seq,
    trigger: 'popup',
    observed: { tabUrl: `https://www.reddit.com/${id}`, tabTitle: title, capturedAt: '2026-11-02T10:00:00.000Z' },
    claimed: null,
    artifacts: [],
  }) as unknown as CaptureRecord;
const entry = (id: string, occurredAt: string, extra: Partial<IncidentRecord> = {}): IncidentRecord => ({
  id,
  caseId: 'case-1',
  occurredAt,
  recordedAt: '2026-11-03T00:00:00.000Z',
  summary: `Summary ${id}`,
  captureIds: [],
  status: 'open',
  source: 'person',
  ...extra,
});
const LOG = [
  entry('auto', '2026-11-02T10:00:00.000Z', {
    source: 'capture',
    sourceId: 'c1',
    captureIds: ['c1'],
    platform: 'reddit',
    summary: 'Saved evidence of a Reddit post by u/someone',
  }),
  entry('older', '2026-11-01T09:00:00+01:00', { status: 'reported', suspectedBy: 'My ex', platform: 'x' }),
];
const PERSON = {
  id: 'p1',
  caseId: 'case-1',
  role: 'perpetrator',
  name: 'Sam',
  accounts: [],
  captureIds: [],
  createdAt: '2026-11-01T00:00:00.000Z',
} as PersonRecord;

const STORED = [capture('c1', 1, 'A post'), capture('c2', 2, 'Another post')];

let root: HTMLElement | undefined;
afterEach(() => unmount(root));

function fakeApi(log: IncidentRecord[] = LOG) {
  const saved: IncidentRecord[] = [...log];
  return {
    incidents: vi.fn(async () => [...saved]),
    incidentCaptures: vi.fn(async () => STORED),
    captureNumbers: vi.fn(async (_caseId: string, ids: readonly string[]) => new Map(STORED.filter((c) => ids.includes(c.id)).map((c) => [c.id, c.seq]))),
    people: vi.fn(async () => [PERSON]),
    saveIncident: vi.fn(async (fields: IncidentRecord) => {
      const record = { ...fields, id: fields.id ?? 'new-1', recordedAt: '2026-11-04T00:00:00.000Z', source: 'person' as const };
      saved.push(record);
      return record;
    }),
    deleteIncident: vi.fn(async (id: string) => {
      saved.splice(
        saved.findIndex((e) => e.id === id),
        1,
      );
    }),
  } as unknown as OptionsApi & Record<'saveIncident' | 'deleteIncident', ReturnType<typeof vi.fn>>;
}

const headings = (el: HTMLElement) => [...el.querySelectorAll('[data-testid="incident-entry"] h3')].map((node) => node.textContent ?? '');
const labelled = <T extends HTMLElement>(el: HTMLElement, text: string) => {
  const label = [...el.querySelectorAll('label')].find((node) => node.textContent?.trim().startsWith(text))!;
  return (label.htmlFor ? el.querySelector(`#${label.htmlFor}`) : label.querySelector('input, select, textarea')) as T;
};
async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('IncidentLogView', () => {
  it('lists entries newest first with their fields, and sorts and filters them', async () => {
    root = await mount(h(IncidentLogView, { api: fakeApi(), caseRecord: CASE, readOnly: false }));
    expect(root.querySelector('h2')!.textContent).toBe('Incident log');
    expect(headings(root)[0]).toContain('Saved evidence of a Reddit post by u/someone');
    const auto = root.querySelector<HTMLElement>('[data-source="capture"]')!;
    expect(auto.textContent).toContain('Preserve, when you saved evidence');
    expect(auto.querySelector('a[href="#capture/c1"]')!.textContent).toBe('Capture 1');
    await choose(labelled(root, 'Order'), 'oldest');
    expect(headings(root)[0]).toContain('Summary older');
    await choose(labelled(root, 'Status'), 'reported');
    expect(headings(root)).toHaveLength(1);
    expect(root.querySelector('[data-testid="incident-count"]')!.textContent).toBe('Showing 1 of 2 entries.');
    await choose(labelled(root, 'Status'), '');
    await typeInto(labelled(root, 'Search the log'), 'u/someone');
    expect(headings(root)).toEqual([expect.stringContaining('Saved evidence')]);
  });

  it('adds an entry by keyboard-reachable labelled fields, linking a capture and a person', async () => {
    const api = fakeApi();
    root = await mount(h(IncidentLogView, { api, caseRecord: CASE, readOnly: false }));
    await click(buttonIn(root, 'Add an entry'));
    const form = root.querySelector<HTMLFormElement>('[data-testid="incident-form"]')!;
    await act(() => {
      const when = labelled<HTMLInputElement>(form, 'Date and time it happened');
      when.value = '2026-11-05T21:30';
      when.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await typeInto(labelled(form, 'What happened'), 'He sent the photo to my sister');
    await typeInto(labelled(form, 'Evidence still needed'), 'Her screenshot');
    await click([...form.querySelectorAll('label')].find((label) => label.textContent?.includes('Capture 2: Another post'))!.querySelector('input')!);
    await choose(labelled(form, 'Someone from People'), 'p1');
    await choose(labelled(form, 'Status'), 'reported');
    await click(buttonIn(form, 'Save entry'));
    expect(api.saveIncident).toHaveBeenCalledWith(
      expect.objectContaining({
        caseId: 'case-1',
        summary: 'He sent the photo to my sister',
        evidenceNeeded: 'Her screenshot',
        captureIds: ['c2'],
        personIds: ['p1'],
        status: 'reported',
        occurredAt: expect.stringMatching(/^2026-11-05T21:30:00[+-]\d{2}:\d{2}$/),
      }),
    );
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Entry saved.');
    expect(headings(root).some((heading) => heading.includes('He sent the photo to my sister'))).toBe(true);
  });

  it('edits an entry with its values filled in, and deletes one only after a plain confirmation', async () => {
    const api = fakeApi();
    root = await mount(h(IncidentLogView, { api, caseRecord: CASE, readOnly: false }));
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Change the entry “Summary older”"]')!);
    const form = root.querySelector<HTMLFormElement>('[data-testid="incident-form"]')!;
    expect(labelled<HTMLInputElement>(form, 'Who you think did it').value).toBe('My ex');
    await click(buttonIn(form, 'Save entry'));
    expect(api.saveIncident).toHaveBeenCalledWith(expect.objectContaining({ id: 'older', suspectedBy: 'My ex', status: 'reported' }));
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Delete the entry “Summary older”"]')!);
    expect(api.deleteIncident).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Delete this entry? The evidence it links to stays as it is.');
    await click(buttonIn(root, 'Delete the entry'));
    expect(api.deleteIncident).toHaveBeenCalledWith('older');
  });

  it('shows an imported case’s log read-only', async () => {
    root = await mount(h(IncidentLogView, { api: fakeApi(), caseRecord: CASE, readOnly: true }));
    expect(headings(root)).toHaveLength(2);
    expect(root.textContent).toContain('This case was imported');
    expect(buttonIn(root, 'Add an entry')).toBeUndefined();
    expect(root.querySelector('button[aria-label^="Change the entry"], button[aria-label^="Delete the entry"]')).toBeNull();
  });
});
