import type { IncidentRecord } from '../shared/types';
import type { BundleCopy } from './types';

/**
 * The log as a copy of the bundle carries it, in the order a log is read: by when each thing
 * happened, oldest first (the store hands entries back in id order, which is random). Entries of
 * the same moment keep the order they were recorded in. The platform copy keeps when, where, the
 * status and the linked captures, and leaves out everything the person wrote (and whom they
 * linked), since it goes to strangers.
 */
export function incidentsForCopy(incidents: readonly IncidentRecord[], copy: BundleCopy): IncidentRecord[] {
  const ordered = [...incidents].sort((a, b) => time(a.occurredAt) - time(b.occurredAt) || time(a.recordedAt) - time(b.recordedAt) || a.id.localeCompare(b.id));
  if (copy === 'legal') return ordered;
  return ordered.map(({ details: _d, suspectedBy: _s, suspectEvidence: _e, evidenceNeeded: _n, context: _c, personIds: _p, ...kept }) => ({
    ...kept,
    summary: '',
  }));
}

/** A time that does not parse sorts first rather than breaking the order of the rest. */
function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}
