import type { IncidentRecord } from '../shared/types';
import type { BundleCopy } from './types';

/**
 * The log as a copy of the bundle carries it. The platform copy keeps when, where, the status and
 * the linked captures, and leaves out everything the person wrote (and whom they linked), since
 * it goes to strangers.
 */
export function incidentsForCopy(incidents: readonly IncidentRecord[], copy: BundleCopy): IncidentRecord[] {
  if (copy === 'legal') return [...incidents];
  return incidents.map(({ details: _d, suspectedBy: _s, suspectEvidence: _e, evidenceNeeded: _n, context: _c, personIds: _p, ...kept }) => ({
    ...kept,
    summary: '',
  }));
}
