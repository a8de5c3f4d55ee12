import { describe, expect, it } from 'vitest';
import { checkIncident, type IncidentFields } from '../../../src/workspace/incident-check';
import { fromLocalInput, toLocalInput } from '../../../src/workspace/incident-time';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const base: IncidentFields = {
  caseId: 'case-1',
  occurredAt: '2026-11-30T22:15:00+01:00',
  summary: ' It was posted again ',
  captureIds: ['c1', 'c1'],
  status: 'open',
};

describe('checking an incident-log entry from a page', () => {
  it('keeps the time with its offset, trims text, drops empty fields and repeated ids', () => {
    const checked = checkIncident({ ...base, details: '   ', suspectedBy: 'Sam', personIds: [] }, NOW, 'en');
    expect(checked).toEqual({
      caseId: 'case-1',
      occurredAt: '2026-11-30T22:15:00+01:00',
      summary: 'It was posted again',
      captureIds: ['c1'],
      status: 'open',
      suspectedBy: 'Sam',
    });
  });

  it('refuses what a page should never send, in plain words', () => {
    expect(() => checkIncident({ ...base, summary: ' ' }, NOW, 'en')).toThrow('Please say briefly what happened.');
    expect(() => checkIncident({ ...base, occurredAt: '2026-11-30T22:15' }, NOW, 'en')).toThrow('Please give the date and time it happened.');
    expect(() => checkIncident({ ...base, occurredAt: '2026-12-05T10:00:00Z' }, NOW, 'en')).toThrow(/in the future/);
    expect(() => checkIncident({ ...base, status: 'deleted' as never }, NOW, 'en')).toThrow(/could not be read/);
    expect(() => checkIncident({ ...base, captureIds: ['../x'] }, NOW, 'en')).toThrow(/could not be read/);
    expect(() => checkIncident({ ...base, details: 'x'.repeat(20_001) }, NOW, 'en')).toThrow(/too long/);
    expect(() => checkIncident({ ...base, summary: '' }, NOW, 'es')).toThrow('Cuenta brevemente qué pasó, por favor.');
  });
});

describe('datetime-local fields', () => {
  it('store the wall-clock time with the offset this computer had, and read back the same', () => {
    const iso = fromLocalInput('2026-11-30T22:15');
    expect(iso).toMatch(/^2026-11-30T22:15:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 10, 30, 22, 15).getTime());
    expect(toLocalInput(iso!)).toBe('2026-11-30T22:15');
    expect(fromLocalInput('2026-02-30T10:00')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
  });
});
